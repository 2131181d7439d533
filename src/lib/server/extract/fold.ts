/**
 * Diacritic folding that keeps offsets: every code unit of the folded text maps back to one
 * code unit of the raw text, so a match found on the folded copy is cut from the raw text.
 *
 * Case is kept (rules use it to tell names from common words); dashes, quotes, exotic spaces
 * and the "_" of word-segmented text ("hợp_tác" → "hop tac") are unified, so one pattern covers
 * "Hà Nội - Vientiane", "Ha Noi–Vientiane" and "Hà_Nội" alike.
 * Text in decomposed form (base letter + combining mark) loses its marks, and `toRaw` then
 * goes through an index table instead of being the identity.
 */
export interface Folded {
	text: string;
	/** Raw offset of folded offset `i`; `toRaw(text.length)` is the raw length. */
	toRaw(i: number): number;
}

const SPECIAL: Record<number, string> = {
	0x0110: 'D', // Đ
	0x0111: 'd', // đ
	0x00d0: 'D', // Ð (Icelandic eth, often typed for Đ)
	0x00f0: 'd',
	0x0189: 'D',
	0x00a0: ' ',
	0x1680: ' ',
	0x202f: ' ',
	0x205f: ' ',
	0x3000: ' ',
	0x200b: ' ',
	0x200c: ' ',
	0x200d: ' ',
	0xfeff: ' ',
	0x2028: '\n',
	0x2029: '\n',
	0x2018: "'",
	0x2019: "'",
	0x201a: "'",
	0x201b: "'",
	0x201c: '"',
	0x201d: '"',
	0x201e: '"',
	0x00ab: '"',
	0x00bb: '"',
	0x2026: '.',
	0x2212: '-',
	0xfe58: '-',
	0xfe63: '-',
	0xff0d: '-'
};

const cache = new Map<number, string>();

/** The folded form of one UTF-16 code unit: always exactly one code unit, or '' for a combining mark. */
function foldUnit(code: number): string {
	if (code < 0x80) return String.fromCharCode(code);
	const hit = cache.get(code);
	if (hit !== undefined) return hit;
	let out: string;
	if (code >= 0x0300 && code <= 0x036f) out = '';
	else if (code >= 0xd800 && code <= 0xdfff) out = String.fromCharCode(code);
	else if (SPECIAL[code] !== undefined) out = SPECIAL[code]!;
	else if ((code >= 0x2010 && code <= 0x2015) || code === 0x2043) out = '-';
	else if (code >= 0x2000 && code <= 0x200a) out = ' ';
	else {
		const ch = String.fromCharCode(code);
		const base = ch.normalize('NFD').charAt(0);
		out = base.length === 1 && base.charCodeAt(0) < 0x80 ? base : ch;
	}
	cache.set(code, out);
	return out;
}

/** Folded code unit per UTF-16 code unit, filled on first use; 0 = not yet computed, DROP = combining mark. */
const TABLE = new Uint16Array(0x10000);
const DROP = 0xffff;

/** Only called for non-ASCII units; no non-ASCII unit folds to U+0000, so 0 can mean "unknown". */
function lookup(code: number): number {
	let v = TABLE[code]!;
	if (v === 0) {
		const f = foldUnit(code);
		v = f === '' ? DROP : f.charCodeAt(0);
		TABLE[code] = v;
	}
	return v;
}

const UTF16 = new TextDecoder('utf-16le');
const UNDERSCORE = 0x5f;
const SPACE = 0x20;

function fromCodes(codes: Uint16Array, length: number): string {
	return UTF16.decode(codes.subarray(0, length));
}

export function fold(raw: string): Folded {
	const n = raw.length;
	const codes = new Uint16Array(n);
	let k = 0;
	let map: Int32Array | null = null;
	for (let i = 0; i < n; i++) {
		const code = raw.charCodeAt(i);
		// "_" joins the syllables of one word in word-segmented text ("hợp_tác", "Việt_Nam"): a space.
		const v = code < 0x80 ? (code === UNDERSCORE ? SPACE : code) : lookup(code);
		if (v === DROP) {
			if (!map) {
				map = new Int32Array(n + 1);
				for (let j = 0; j < k; j++) map[j] = j;
			}
			continue;
		}
		if (map) map[k] = i;
		codes[k++] = v;
	}
	const text = fromCodes(codes, k);
	if (!map) return { text, toRaw: (i) => i };
	map[k] = n;
	const m = map;
	// An end offset takes along the combining marks that follow the last base letter.
	return { text, toRaw: (i) => (i <= 0 ? 0 : i >= k ? n : m[i]!) };
}

/** Folded, lower-cased form used for keys and slugs. */
export function foldKey(s: string): string {
	return fold(s).text.toLowerCase();
}

/** `Ha Noi - Vientiane` → `ha-noi-vientiane`. */
export function slugify(s: string): string {
	return foldKey(s)
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * The key fold, for text that is compared or stored rather than cut back to offsets: lower case,
 * marks dropped (NFD, so decomposed text folds the same), đ → d. Keyword rules on cleaned lines
 * and dates in running text use it.
 *
 * It is deliberately not `fold(s).text.toLowerCase()`: `fold` also unifies quotes, "_", "…" and
 * zero-width spaces, and stored search documents and alias keys were built with this fold, so
 * switching would change every stored key that holds a curly quote (tests/unit/fold-keys.test.ts).
 */
export function foldLower(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}

/**
 * Text keys for matching and search: `foldLower`, every dash or hyphen as "-", spaces collapsed.
 * "Cao tốc Hà Nội – Vientiane" → "cao toc ha noi-vientiane".
 */
export function foldText(s: string): string {
	return foldLower(s)
		.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
