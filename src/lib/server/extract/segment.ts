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

const ABBREVIATIONS = new Set(
	[
		'TP', 'Tp', 'GS', 'PGS', 'TS', 'ThS', 'Ths', 'CN', 'KS', 'BS', 'Q', 'P', 'TT', 'TX', 'H', 'ThS',
		'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'St', 'No', 'Nos', 'Co', 'Corp', 'Ltd', 'Inc', 'Jr', 'Sr', 'vs', 'Vol',
		'Art', 'Gov', 'Gen', 'Col', 'Lt', 'Maj', 'Sen', 'Rep', 'Dept', 'Fig', 'approx', 'est', 'e.g', 'i.e',
		'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'v.v', 'vv'
	]
);

const CLOSERS = '.!?/"\')]';
const CREDIT = /^\(?\s*(?:Anh|ANH|Photo|PHOTO|Image|Nguon anh|Nguon|Source|Video|Clip|Do hoa|Infographic)\s*:/;
const INLINE_CREDIT = /\(\s*(?:Anh|Photo|Nguon|Source)\s*:[^)]*\)\s*\.?$/;
const GALLERY = /-\s*Anh\s*\d+\s*\.?$/;
const MAX_HEADING_WORDS = 30;

function isUpperStart(ch: string): boolean {
	return /[A-Z0-9"'(\[-]/.test(ch) || (ch > '\u00bf' && ch !== ch.toLowerCase());
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

function isSpace(code: number): boolean {
	return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a);
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
		if (ch === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
		push(j, k);
		STOP.lastIndex = k;
	}
	push(text.length, text.length);
	return spans;
}

/** Splits one block of folded text into sentences and `;` clauses, flagging captions and headings. */
export function segmentBlock(text: string): Sentence[] {
	const spans = sentenceSpans(text);
	const semis = semicolons(text);
	const at = { i: 0 };
	const sentences: Sentence[] = spans.map((s) => ({ start: s.start, end: s.end, clauses: clausesOf(text, s, semis, at), caption: false, heading: false }));
	let creditAt = -1;
	sentences.forEach((s, i) => {
		// Credits sit at the start or the very end of a sentence: only those ends are read.
		const head = text.slice(s.start, Math.min(s.end, s.start + 24));
		const tail = text.slice(Math.max(s.start, s.end - 160), s.end);
		if (CREDIT.test(head) || INLINE_CREDIT.test(tail) || GALLERY.test(tail)) creditAt = i;
	});
	// Everything up to a photo credit is the caption it credits.
	for (let i = 0; i <= creditAt; i++) sentences[i]!.caption = true;
	if (sentences.length === 1) {
		const s = sentences[0]!;
		// A heading of up to 30 words fits in a few hundred characters; longer blocks are not read.
		const t = s.end - s.start <= MAX_HEADING_WORDS * 12 ? text.slice(s.start, s.end) : '';
		if (t && !/[.!?:;"')]$/.test(t) && t.split(/\s+/).length <= MAX_HEADING_WORDS) s.heading = true;
	}
	return sentences;
}
