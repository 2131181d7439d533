/**
 * Span helpers shared by the commitment and trade rules: trimming quote edges and splitting a
 * clause into list segments at commas and "và"/"and" that do not fall inside a named entity.
 */
import type { Span } from './segment';

const EDGE_START = /[\s,;:.\-–—)\]"'/]/;
const EDGE_END = /[\s,;:.!?\-–—(["'/]/;

/** Drops white space and punctuation at both ends (a quote never starts or ends with ", "). */
export function trimEdges(text: string, start: number, end: number): Span {
	while (start < end && EDGE_START.test(text.charAt(start))) start++;
	while (end > start && EDGE_END.test(text.charAt(end - 1))) end--;
	// Keep a closing bracket or quote whose opener is inside the span.
	const close = text.charAt(end);
	if (
		(close === ')' && text.lastIndexOf('(', end) >= start) ||
		(close === '"' && text.slice(start, end).split('"').length % 2 === 0)
	)
		end++;
	return { start, end };
}

const SEPARATOR = /,\s+|\s+(?:va|and|cung nhu|as well as)\s+|:\s+/g;

/** List segments of `text[start, end)`; separators inside `protect` spans are ignored. */
export function listSegments(text: string, start: number, end: number, protect: Span[]): Span[] {
	const out: Span[] = [];
	const slice = text.slice(start, end);
	let from = 0;
	SEPARATOR.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = SEPARATOR.exec(slice)) !== null) {
		const at = start + m.index;
		if (protect.some((p) => at >= p.start && at < p.end)) continue;
		// "Việt Nam và Lào", "văn hóa và du lịch": a conjunction only separates list items
		// when both sides are longer than a couple of words.
		if (
			!m[0].startsWith(',') &&
			!m[0].startsWith(':') &&
			slice.slice(from, m.index).split(' ').length < 3
		)
			continue;
		out.push({ start: start + from, end: at });
		from = m.index + m[0].length;
	}
	out.push({ start: start + from, end });
	return out.filter((s) => s.end > s.start);
}

export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}
