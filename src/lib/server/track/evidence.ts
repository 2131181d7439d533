/**
 * What a quote says about the state of its pledge, read from the whole sentence it stands in.
 * The engine cuts a quote to the clause or list item ("Lễ khởi công Công viên Hữu nghị"), but
 * the verb that governs it often comes earlier in the sentence: "hai bên sẽ tổ chức …; Lễ khởi
 * công …" is still to come, "Hai nước đang tích cực thực hiện Đề án …; Nghị định thư …" is under
 * way for every item of the list.
 */
import { aspectOf, fold } from '../extract/index';
import type { Aspect } from '../extract/types';
import { cueSpans, type CueSpan } from './cues';

/** A sentence ends at . ! ? before white space, or at a line break. */
const END = /[.!?]+(?=\s|$)|\n/g;

/** The raw offsets of the sentence that holds [start, end). */
export function sentenceAround(
	raw: string,
	start: number,
	end: number
): { start: number; end: number } {
	let from = 0;
	let to = raw.length;
	END.lastIndex = 0;
	for (let m = END.exec(raw); m; m = END.exec(raw)) {
		const stop = m.index + m[0].length;
		if (stop <= start) from = stop;
		else if (m.index >= end) {
			to = m[0] === '\n' ? m.index : stop;
			break;
		}
	}
	while (from < start && /\s/.test(raw[from]!)) from++;
	return { start: from, end: Math.max(to, end) };
}

/** Future words that govern what follows them in the sentence. "chia sẻ" also folds to "se". */
const FUTURE = {
	vi: /(?<!\bchia )\b(?:se|sap|du kien)\b/g,
	en: /\b(?:will|shall|to be held|is to|are to|plans? to|is expected to|are expected to)\b/gi
};

/**
 * The quote's aspect in its sentence. The engine's own aspect of the quote stands when it says
 * ongoing or done. When it says future, the words before the quote decide: a future word there
 * governs it (still future); otherwise an ongoing verb there makes it ongoing. Completion is never
 * read from outside the quote: "đã khánh thành A; nhất trí mở rộng B" says nothing done about B.
 */
export function sentenceAspect(
	raw: string,
	quote: { start: number; end: number; aspect?: Aspect },
	language: 'vi' | 'en'
): Aspect {
	const own = quote.aspect ?? aspectOf(fold(raw.slice(quote.start, quote.end)).text, language);
	if (own !== 'future') return own;
	const s = sentenceAround(raw, quote.start, quote.end);
	const before = fold(raw.slice(s.start, quote.start)).text;
	const future = new RegExp(FUTURE[language].source, FUTURE[language].flags);
	let last = -1;
	for (let m = future.exec(before); m; m = future.exec(before)) last = m.index;
	if (last >= 0) return 'future';
	return aspectOf(before + fold(raw.slice(quote.start, quote.end)).text, language) === 'ongoing'
		? 'ongoing'
		: 'future';
}

export interface SentenceEvidence {
	/** The whole sentence, as written. */
	sentence: string;
	/** Where it starts in the article. */
	start: number;
	aspect: Aspect;
	/** Cue words in the sentence, offsets relative to `sentence`. */
	cues: CueSpan[];
}

export function sentenceEvidence(
	raw: string,
	quote: { start: number; end: number; aspect?: Aspect },
	language: 'vi' | 'en'
): SentenceEvidence {
	const s = sentenceAround(raw, quote.start, quote.end);
	const sentence = raw.slice(s.start, s.end);
	return {
		sentence,
		start: s.start,
		aspect: sentenceAspect(raw, quote, language),
		cues: cueSpans(sentence)
	};
}

/** The words that make a sentence ongoing or done, to mark for an editor (offsets in the sentence). */
const ASPECT_WORDS = {
	ongoing:
		/\bdang(?: duoc)?(?: (?:tich cuc|khan truong|tap trung|tiep tuc|gap rut|khong ngung))* [a-z]+ [a-z]+|\b(?:is|are|was|were) being [a-z]+|\bunder ?way\b|\bunder construction\b|\bin progress\b/g,
	done: /\b(?:da|vua|moi) (?:duoc )?(?:chinh thuc )?(?:hoan thanh|hoan tat|khanh thanh|ban giao|van hanh|thong xe|khai truong)|\b(?:was|were|has been|have been) (?:officially |successfully |fully )?(?:completed|finished|inaugurated|commissioned|handed over)\b/g
};

export function aspectWords(
	e: Pick<SentenceEvidence, 'sentence' | 'aspect' | 'cues'>
): { start: number; end: number; words: string }[] {
	if (e.aspect === 'future') return [];
	// Case is kept: "Đảng" (the Party) folds to "Dang" and is not the progressive "đang".
	const f = fold(e.sentence);
	const re = new RegExp(ASPECT_WORDS[e.aspect].source, 'g');
	const out: { start: number; end: number; words: string }[] = [];
	for (let m = re.exec(f.text); m; m = re.exec(f.text)) {
		const start = f.toRaw(m.index);
		const end = f.toRaw(m.index + m[0].length);
		out.push({ start, end, words: e.sentence.slice(start, end) });
	}
	if (out.length === 0 && e.aspect === 'done')
		return e.cues
			.filter((c) => c.toStatus === 'achieved')
			.map(({ start, end, words }) => ({ start, end, words }));
	return out;
}

/** Pledge and future words right before a cue: "sẽ khởi công", "nhất trí sớm khởi công", "will break ground". */
const PLEDGED =
	/(?:^|\s)(?:se|sap|du kien|ke hoach|chuan bi|phan dau|muc tieu|nham|som|nhat tri|thong nhat|dong y|cam ket|will|to|would|shall|plans? to|aims? to|agreed to|expected to|scheduled to)(?: \S+){0,4} ?$/i;
/** Words that report what has happened or is happening: after a future word, they end its reach. */
const REPORTED = /(?:^|\s)(?:da|vua|dang|was|were|has|have|had|is being|are being)\s/gi;

/**
 * Does a future or a pledge govern the cue at `at` (an offset in `sentence`)? Then the cue says
 * what is planned ("sẽ tổ chức …; Lễ khởi công …"), not what happened, and proposes nothing.
 */
export function futureGoverns(sentence: string, at: number): boolean {
	const before = fold(sentence.slice(0, at)).text.toLowerCase();
	if (PLEDGED.test(before.slice(-40))) return true;
	const future = new RegExp(FUTURE.vi.source + '|' + FUTURE.en.source, 'gi');
	let last = -1;
	for (let m = future.exec(before); m; m = future.exec(before)) last = m.index;
	if (last < 0) return false;
	return !new RegExp(REPORTED.source, 'gi').test(before.slice(last));
}
