/**
 * Diacritic folding that keeps offsets: every code unit of the folded text maps back to one
 * code unit of the raw text, so a match found on the folded copy is cut from the raw text.
 *
 * Case is kept (rules use it to tell names from common words); dashes, quotes and exotic
 * spaces are unified so one pattern covers "Hà Nội - Vientiane", "Ha Noi–Vientiane" and so on.
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

export function fold(raw: string): Folded {
	const parts: string[] = [];
	let dropped = 0;
	for (let i = 0; i < raw.length; i++) {
		const f = foldUnit(raw.charCodeAt(i));
		if (f === '') dropped++;
		parts.push(f);
	}
	const text = parts.join('');
	if (dropped === 0) return { text, toRaw: (i) => i };
	const map = new Int32Array(text.length + 1);
	let k = 0;
	for (let i = 0; i < raw.length; i++) if (parts[i] !== '') map[k++] = i;
	map[k] = raw.length;
	// An end offset should take along the combining marks that follow the last base letter.
	return {
		text,
		toRaw: (i) => (i <= 0 ? 0 : i >= text.length ? raw.length : map[i]!)
	};
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
