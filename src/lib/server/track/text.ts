/**
 * Text keys for matching and search: lower case, no diacritics (đ → d), every dash or
 * hyphen as "-", spaces collapsed. "Cao tốc Hà Nội – Vientiane" → "cao toc ha noi-vientiane".
 */
export function foldText(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

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
