/**
 * Target values as editors type them: "5 tỷ", "5 tỉ USD", "5 billion", "5.000.000.000", "12,5".
 * Read with the extraction's own number parser, so a figure means the same on a form as in an
 * article; the result is the exact decimal string the database keeps ("5000000000", "12.5").
 */
import { fold } from '../extract/fold';
import { findAmounts, parseNumber, type NumberStyle } from '../extract/numbers';

export interface ReadAmount {
	value: string;
	max: string | null;
	unit: string | null;
}

const PLAIN = /^\d+(?:[.,]\d+)*$/;

/**
 * `style` is the editor's language: "1.500" is fifteen hundred in Vietnamese, one and a half in
 * English. Null when the text is not one amount and nothing else.
 */
export function readAmount(raw: string, style: NumberStyle): ReadAmount | null {
	const text = raw.trim().replace(/\s+/g, ' ');
	if (!text) return null;
	if (PLAIN.test(text)) return { value: parseNumber(text, style), max: null, unit: null };
	const folded = fold(text).text.toLowerCase();
	const found = findAmounts(folded, style);
	// The whole field must be the amount: "5 tỷ và 3 triệu" is two figures, not one.
	if (found.length !== 1) return null;
	const [a] = found;
	if (a!.start !== 0 || folded.slice(a!.end).trim() !== '') return null;
	return { value: a!.value, max: a!.max, unit: a!.unit };
}

/**
 * The target fields of a posted form with their amounts written the database's way. A unit read
 * from the amount ("5 tỉ USD") fills an empty unit field; text that is no amount is left as typed,
 * for the schema to refuse with its message.
 */
export function normalizeTargetFields(
	form: Record<string, string>,
	style: NumberStyle
): Record<string, string> {
	const out = { ...form };
	for (const key of ['targetValue', 'targetValueMax'] as const) {
		const typed = form[key];
		if (typed === undefined) continue;
		const read = readAmount(typed, style);
		if (!read) continue;
		out[key] = read.value;
		if (key === 'targetValue' && read.max && !form.targetValueMax?.trim())
			out.targetValueMax = read.max;
		if (read.unit && !form.unit?.trim()) out.unit = read.unit;
	}
	return out;
}
