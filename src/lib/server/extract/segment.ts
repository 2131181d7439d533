/**
 * Sentences and clauses with offsets, on folded text (fold.ts keeps offsets 1:1 with raw).
 * One left-to-right pass: a sentence ends at . ! ? (or a line break) followed by space and a
 * capital, digit or bracket, unless the dot closes an abbreviation ("TP.", "GS.", "Q.") or an
 * initial. Numbers stay whole because "1,64", "14.050" and "10-15%" have no space after the mark.
 */
export interface Span {
	start: number;
	end: number;
}

export interface Sentence extends Span {
	clauses: Span[];
	/** Photo caption or credit ("Ảnh: …", "(Photo: …)", "- Ảnh 2."). */
	caption: boolean;
	/** A heading line: no final punctuation, alone in its block, short. */
	heading: boolean;
}

const ABBREVIATIONS = new Set([
	'TP',
	'Tp',
	'GS',
	'PGS',
	'TS',
	'ThS',
	'Ths',
	'CN',
	'KS',
	'BS',
	'Q',
	'P',
	'TT',
	'TX',
	'H',
	'ThS',
	'Mr',
	'Mrs',
	'Ms',
	'Dr',
	'Prof',
	'St',
	'No',
	'Nos',
	'Co',
	'Corp',
	'Ltd',
	'Inc',
	'Jr',
	'Sr',
	'vs',
	'Vol',
	'Art',
	'Gov',
	'Gen',
	'Col',
	'Lt',
	'Maj',
	'Sen',
	'Rep',
	'Dept',
	'Fig',
	'approx',
	'est',
	'e.g',
	'i.e',
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Sept',
	'Oct',
	'Nov',
	'Dec',
	'v.v',
	'vv'
]);

const CLOSERS = '.!?/"\')]';
const CREDIT =
	/^\(?\s*(?:Anh|ANH|Photo|PHOTO|Image|Nguon anh|Nguon|Source|Video|Clip|Do hoa|Infographic)\s*:/;
const INLINE_CREDIT = /\(\s*(?:Anh|Photo|Nguon|Source)\s*:[^)]*\)\s*\.?$/;
const GALLERY = /-\s*Anh\s*\d+\s*\.?$/;
const MAX_HEADING_WORDS = 30;

function isUpperStart(ch: string): boolean {
	return /[A-Z0-9"'([-]/.test(ch) || (ch > '\u00bf' && ch !== ch.toLowerCase());
}

function tokenBefore(text: string, i: number): string {
	let k = i;
	while (k > 0 && i - k < 8 && /[A-Za-z.]/.test(text.charAt(k - 1))) k--;
	return text.slice(k, i);
}

function isAbbreviation(text: string, dot: number): boolean {
	const token = tokenBefore(text, dot);
	if (token === '') return false;
	if (ABBREVIATIONS.has(token)) return true;
	const last = token.slice(token.lastIndexOf('.') + 1);
	if (ABBREVIATIONS.has(last)) return true;
	// A single capital letter is an initial ("H. Nguyen"), or part of "U.S." / "T.Ư.".
	return /^[A-Z]$/.test(last) || /^(?:[A-Z]\.)+[A-Z]?$/.test(token);
}

/**
 * "1." or "12." that opens the sentence or follows ": " / "; " numbers a list item ("… như sau: 1. Đẩy
 * mạnh …. 2. Tăng cường …"): the item's text follows it, so its dot ends nothing.
 */
function isOrdinal(text: string, sentenceStart: number, dot: number): boolean {
	let k = dot;
	while (
		k > sentenceStart &&
		dot - k < 3 &&
		text.charCodeAt(k - 1) >= 48 &&
		text.charCodeAt(k - 1) <= 57
	)
		k--;
	if (k === dot || dot - k > 2 || (text.charCodeAt(k - 1) >= 48 && text.charCodeAt(k - 1) <= 57))
		return false;
	let p = k;
	while (p > sentenceStart && isSpace(text.charCodeAt(p - 1))) p--;
	return (
		p === sentenceStart || ((text.charAt(p - 1) === ':' || text.charAt(p - 1) === ';') && p < k)
	);
}

function isSpace(code: number): boolean {
	return (
		code === 32 ||
		(code >= 9 && code <= 13) ||
		code === 0xa0 ||
		code === 0x3000 ||
		(code >= 0x2000 && code <= 0x200a)
	);
}

function trimSpan(text: string, start: number, end: number): Span {
	while (start < end && isSpace(text.charCodeAt(start))) start++;
	while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
	return { start, end };
}

/** `semis` holds the block's ';' positions in order; `at` is the first one not yet used. */
function clausesOf(text: string, s: Span, semis: number[], at: { i: number }): Span[] {
	const out: Span[] = [];
	let from = s.start;
	while (at.i < semis.length && semis[at.i]! < s.start) at.i++;
	while (at.i < semis.length && semis[at.i]! < s.end) {
		const c = trimSpan(text, from, semis[at.i]!);
		if (c.end > c.start) out.push(c);
		from = semis[at.i]! + 1;
		at.i++;
	}
	const c = trimSpan(text, from, s.end);
	if (c.end > c.start) out.push(c);
	return out;
}

function semicolons(text: string): number[] {
	const out: number[] = [];
	for (let i = text.indexOf(';'); i !== -1; i = text.indexOf(';', i + 1)) out.push(i);
	return out;
}

const STOP = /[.!?\n\r]/g;

function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	let start = 0;
	const push = (end: number, next: number): void => {
		const s = trimSpan(text, start, end);
		if (s.end > s.start) spans.push(s);
		start = next;
	};
	STOP.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = STOP.exec(text)) !== null) {
		const i = m.index;
		const ch = m[0];
		if (ch === '\n' || ch === '\r') {
			push(i, i + 1);
			continue;
		}
		let j = i + 1;
		while (j < text.length && CLOSERS.includes(text.charAt(j))) j++;
		if (j >= text.length) break;
		const after = text.charAt(j);
		if (after !== ' ' && after !== '\t') {
			STOP.lastIndex = j;
			continue;
		}
		let k = j;
		while (k < text.length && (text.charAt(k) === ' ' || text.charAt(k) === '\t')) k++;
		if (k < text.length && !isUpperStart(text.charAt(k))) continue;
		if (ch === '.' && j === i + 1 && (isAbbreviation(text, i) || isOrdinal(text, start, i)))
			continue;
		push(j, k);
		STOP.lastIndex = k;
	}
	push(text.length, text.length);
	return spans;
}

/** A photo credit anywhere in a sentence: "Ảnh: VGP/Quang Hiếu", "(Ảnh: Phạm Kiên/TTXVN)", "Photo: VNA". */
const CREDIT_ANY = /(?:^|[\s(])(?:Anh|ANH|Photo|PHOTO|Image|Nguon anh|Do hoa|Infographic)\s*:/g;
/** Agencies and sites that end a credit: "Ảnh: Doãn Tấn/TTXVN Buổi sáng, …". */
const AGENCY =
	/^(?:TTXVN|VGP|VNA|VOV|VTV|VNS|BNEWS|BNA|Vietnam\+|Vietnamplus|chinhphu\.vn|baochinhphu\.vn|TTO|NLD|QDND|CAND|PV|TL|Internet|IT|Reuters|AFP|AP|Xinhua|Getty|KPL|Independent|Zing|Vietnamnet|VnExpress)\)?$/;
const MAX_CAPTION_WORDS = 40;

/**
 * Where a credit that starts at `at` ends. Scraped bodies run the credit straight into the next
 * sentence ("Ảnh: VGP/Quang Hiếu Sáng nay (8/2), …"), so the end is read from its form: a closing
 * bracket, a full stop, an agency name ("…/TTXVN", "VGP"), or the two words of a name after "Agency/".
 */
function creditEnd(text: string, at: number, end: number): number {
	const colon = text.indexOf(':', at);
	const window = text.slice(colon + 1, Math.min(end, colon + 90));
	const close = window.indexOf(')');
	const open = window.indexOf('(');
	if (text.charAt(at) === '(' || text.slice(Math.max(0, at - 1), at) === '(') {
		if (close !== -1 && (open === -1 || open > close)) return colon + 1 + close + 1;
	}
	const stop = /\.\s+(?=[A-Z0-9"'(\u00c0-\u1ef9])/.exec(window.slice(0, 45));
	const words = window.split(/(?<=\S)(?=\s)/);
	let pos = colon + 1;
	for (let i = 0; i < Math.min(words.length, 6); i++) {
		const w = words[i]!;
		pos += w.length;
		const token = w.trim();
		const last = token.slice(token.lastIndexOf('/') + 1).replace(/^-$/, '');
		if (AGENCY.test(last) || (token.endsWith(')') && close !== -1)) return pos;
		if (stop && pos >= colon + 1 + stop.index) return colon + 1 + stop.index + 1;
		// "VGP/Quang Hiếu": a name of two words after the agency.
		if (token.includes('/') && !AGENCY.test(last)) {
			const name = words.slice(i + 1, i + 2).join('');
			return last ? pos + name.length : pos + words.slice(i + 1, i + 3).join('').length;
		}
	}
	if (stop) return colon + 1 + stop.index + 1;
	// A bare name: two words.
	return colon + 1 + words.slice(0, 2).join('').length;
}

/** Splits one block of folded text into sentences and `;` clauses, flagging captions and headings. */
export function segmentBlock(text: string): Sentence[] {
	const spans = sentenceSpans(text);
	const semis = semicolons(text);
	const pieces: Span[] = [];
	const credited: boolean[] = [];
	const creditFirst: boolean[] = [];
	for (const s of spans) {
		// Credits sit at the start or the end of a sentence in normal text, anywhere in scraped text.
		CREDIT_ANY.lastIndex = 0;
		const head = text.slice(s.start, Math.min(s.end, s.start + 24));
		const tail = text.slice(Math.max(s.start, s.end - 160), s.end);
		const m = s.end - s.start <= 4000 ? CREDIT_ANY.exec(text.slice(s.start, s.end)) : null;
		if (!m && !CREDIT.test(head) && !INLINE_CREDIT.test(tail) && !GALLERY.test(tail)) {
			pieces.push(s);
			credited.push(false);
			creditFirst.push(false);
			continue;
		}
		if (!m) {
			pieces.push(s);
			credited.push(true);
			creditFirst.push(CREDIT.test(head));
			continue;
		}
		const at = s.start + m.index + (m[0].startsWith('(') || /\s/.test(m[0].charAt(0)) ? 1 : 0);
		const cut = trimSpan(text, creditEnd(text, at, s.end), s.end);
		const creditSpan = trimSpan(text, s.start, Math.min(s.end, cut.start));
		pieces.push(creditSpan);
		credited.push(true);
		creditFirst.push(at === s.start);
		// The sentence the credit ran into is text again.
		if (cut.end > cut.start && cut.end - cut.start > 2) {
			pieces.push(cut);
			credited.push(false);
			creditFirst.push(false);
		}
	}
	const at = { i: 0 };
	const sentences: Sentence[] = pieces.map((s) => ({
		start: s.start,
		end: s.end,
		clauses: clausesOf(text, s, semis, at),
		caption: false,
		heading: false
	}));
	const lastCredit = credited.lastIndexOf(true);
	const wholeBlockCaption = lastCredit === sentences.length - 1 && text.length <= 600;
	let previousCredit = -1;
	sentences.forEach((s, i) => {
		if (!credited[i]) return;
		s.caption = true;
		// Everything since the last credit in a short caption block; else the short sentence the credit follows.
		if (wholeBlockCaption)
			for (let j = previousCredit + 1; j < i; j++) sentences[j]!.caption = true;
		else if (creditFirst[i] && i > previousCredit + 1) {
			const prev = sentences[i - 1]!;
			if (
				!credited[i - 1] &&
				text.slice(prev.start, prev.end).split(/\s+/).length <= MAX_CAPTION_WORDS
			)
				prev.caption = true;
		}
		previousCredit = i;
	});
	if (sentences.length === 1) {
		const s = sentences[0]!;
		// A heading of up to 30 words fits in a few hundred characters; longer blocks are not read.
		const t = s.end - s.start <= MAX_HEADING_WORDS * 12 ? text.slice(s.start, s.end) : '';
		if (t && !/[.!?:;"')]$/.test(t) && t.split(/\s+/).length <= MAX_HEADING_WORDS) s.heading = true;
	}
	return sentences;
}
