/**
 * Amounts with units, parsed without floating point: values are decimal strings
 * ("1640000000", "12.5"), scaled by shifting digits, never by multiplying floats.
 * All patterns run on folded text (see fold.ts), so "tỷ" and "tỉ" are both "ty"/"ti".
 */
import { scaleDecimal } from '../../decimal';

export interface Amount {
	value: string;
	/** Upper end of a range ("10-15%"), else null. */
	max: string | null;
	unit: string | null;
	/** Offsets in the text that was scanned. */
	start: number;
	end: number;
}

export type NumberStyle = 'vi' | 'en';

const SCALE: Record<string, number> = {
	nghin: 3,
	ngan: 3,
	thousand: 3,
	k: 3,
	trieu: 6,
	million: 6,
	mn: 6,
	m: 6,
	tr: 6,
	ty: 9,
	ti: 9,
	billion: 9,
	bil: 9,
	bln: 9,
	bn: 9,
	b: 9,
	trillion: 12,
	tn: 12
};

/** Unit words (folded, lower case) → normalised unit. Longer keys are tried first. */
const UNITS: [string, string][] = [
	['usd', 'USD'],
	['us dollars', 'USD'],
	['us dollar', 'USD'],
	['dola my', 'USD'],
	['do la', 'USD'],
	['do la my', 'USD'],
	// English wire style: "904 million U.S. dollars".
	['u.s. dollars', 'USD'],
	['us dollars', 'USD'],
	['dollars', 'USD'],
	['dollar', 'USD'],
	['vnd', 'VND'],
	['dong', 'VND'],
	['kip', 'LAK'],
	['phan tram', '%'],
	['percent', '%'],
	['per cent', '%'],
	['%', '%'],
	['mw', 'MW'],
	['gw', 'GW'],
	['kwh', 'kWh'],
	['kv', 'kV'],
	['megawatts', 'MW'],
	['megawatt', 'MW'],
	['tan', 'tonnes'],
	['tonnes', 'tonnes'],
	['tonne', 'tonnes'],
	['tons', 'tonnes'],
	['ton', 'tonnes'],
	['km', 'km'],
	['kilomet', 'km'],
	['kilometres', 'km'],
	['kilometers', 'km'],
	['hecta', 'ha'],
	['hectares', 'ha'],
	['ha', 'ha'],
	['suat hoc bong', 'scholarships'],
	['hoc bong', 'scholarships'],
	['scholarships', 'scholarships'],
	['luu hoc sinh', 'students'],
	['hoc vien', 'students'],
	['sinh vien', 'students'],
	['hoc sinh', 'students'],
	['students', 'students'],
	['du an', 'projects'],
	['projects', 'projects'],
	['nguoi', 'people'],
	['lao dong', 'workers'],
	['workers', 'workers'],
	['people', 'people']
];

const UNIT_RE = new RegExp(
	'^\\s?(' +
		UNITS.map(([k]) => k)
			.sort((a, b) => b.length - a.length)
			.map((k) => k.replace(/[%.]/g, '\\$&').replace(/ /g, '\\s+'))
			.join('|') +
		')(?![a-z])',
	'i'
);
const UNIT_OF = new Map(UNITS.map(([k, u]) => [k, u]));

/**
 * Folding makes "ngân" (as in "ngân hàng", bank; "ngân sách", budget) the same word as "ngàn" (thousand), so
 * "một trong 100 ngân hàng" would read as 100,000: "ngan" before those nouns is not a scale.
 */
const SCALE_RE =
	/^\s?(nghin|ngan(?!\s+(?:hang|sach|khoan|quy)\b)|trieu|ty|ti|thousand|million|billion|trillion|bil|bln|bn|mn|tn|tr|m|b|k)(?![a-z])\.?/i;

/** A number, an optional range, scale words and a unit; a currency sign may come first. */
const AMOUNT_RE = /(US\s?\$|USD\s?|\$)?(\d+(?:[.,]\d+)*)(?:\s?(?:-|den|to)\s?(\d+(?:[.,]\d+)*))?/gi;

/** Splits "14.050" / "1,64" / "1,160" / "2.5" into integer and fraction digit strings. */
export function splitNumber(token: string, style: NumberStyle): { int: string; frac: string } {
	const seps = token.match(/[.,]/g) ?? [];
	if (seps.length === 0) return { int: token, frac: '' };
	const decimal = style === 'vi' ? ',' : '.';
	const group = style === 'vi' ? '.' : ',';
	const last = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
	const lastSep = token.charAt(last);
	const tail = token.slice(last + 1);
	const kinds = new Set(seps);
	let decSep: string | null;
	if (kinds.size === 2) decSep = lastSep;
	else if (seps.length > 1) decSep = null;
	else if (lastSep === decimal) decSep = decimal;
	// A lone group-style separator followed by exactly three digits is a thousands mark.
	else decSep = tail.length === 3 && lastSep === group ? null : lastSep;
	if (decSep === null) return { int: token.replace(/[.,]/g, ''), frac: '' };
	const at = token.lastIndexOf(decSep);
	return { int: token.slice(0, at).replace(/[.,]/g, ''), frac: tail };
}

/** Exact decimal shift, from the one decimal module: ("1", "64", 9) → "1640000000". */
export { scaleDecimal };

export function parseNumber(token: string, style: NumberStyle, exp = 0): string {
	const { int, frac } = splitNumber(token, style);
	return scaleDecimal(int || '0', frac, exp);
}

/** Every amount in `text` that carries a unit or a scale word; bare numbers (years, dates) are skipped. */
export function findAmounts(text: string, style: NumberStyle): Amount[] {
	const out: Amount[] = [];
	AMOUNT_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = AMOUNT_RE.exec(text)) !== null) {
		const before = text.charAt(m.index - 1);
		if (/[\w/]/.test(before) && !m[1]) continue;
		let end = m.index + m[0].length;
		let exp = 0;
		let scaled = false;
		for (let guard = 0; guard < 3; guard++) {
			const s = SCALE_RE.exec(text.slice(end, end + 16));
			if (!s) break;
			const word = s[1]!.toLowerCase();
			// "m"/"b"/"k" count as scales only when glued to the digits or before a unit.
			if (word.length === 1 && s[0].startsWith(' ')) break;
			exp += SCALE[word]!;
			end += s[0].length;
			scaled = true;
		}
		let unit: string | null = m[1] ? 'USD' : null;
		const u = UNIT_RE.exec(text.slice(end, end + 24));
		if (u) {
			unit = UNIT_OF.get(u[1]!.toLowerCase().replace(/\s+/g, ' ')) ?? unit;
			end += u[0].length;
		}
		if (!unit && !scaled) continue;
		const value = parseNumber(m[2]!, style, exp);
		const max = m[3] ? parseNumber(m[3], style, exp) : null;
		out.push({ value, max, unit, start: m.index, end });
		AMOUNT_RE.lastIndex = end;
	}
	return out;
}
