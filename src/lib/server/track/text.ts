import { foldText } from '../extract/fold';

/** Words of a text, folded, punctuation dropped: what shingles and similarity compare. */
export function words(s: string): string[] {
	return foldText(s)
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter(Boolean);
}

/** Sets of `size` consecutive words. */
export function shingles(s: string, size = 5): Set<string> {
	const w = words(s);
	const out = new Set<string>();
	if (w.length < size) {
		if (w.length) out.add(w.join(' '));
		return out;
	}
	for (let i = 0; i + size <= w.length; i++) out.add(w.slice(i, i + size).join(' '));
	return out;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
	if (a.size === 0 && b.size === 0) return 0;
	let inter = 0;
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	for (const x of small) if (large.has(x)) inter++;
	return inter / (a.size + b.size - inter);
}
