/**
 * MinHash signatures and LSH band keys over word shingles. With 16 bands of 4 hashes, two
 * texts with Jaccard 0.8 share a band with probability 1 − (1 − 0.8⁴)¹⁶ ≈ 0.9998, texts with
 * Jaccard 0.3 only ≈ 0.12; every candidate is then checked exactly.
 */
const HASHES = 64;
const ROWS = 4;

function fnv1a(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) {
		h ^= s.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

/** A fixed family of 32-bit mixers, one per signature row: deterministic across runs and processes. */
const SEEDS = Array.from({ length: HASHES }, (_, i) => fnv1a(`camket-minhash-${i}`) | 1);

function mix(x: number, seed: number): number {
	let h = Math.imul(x ^ seed, 0x9e3779b1);
	h ^= h >>> 15;
	h = Math.imul(h, seed);
	h ^= h >>> 13;
	return h >>> 0;
}

export function signature(shingles: Set<string>): number[] {
	const sig = new Array<number>(HASHES).fill(0xffffffff);
	for (const s of shingles) {
		const x = fnv1a(s);
		for (let i = 0; i < HASHES; i++) {
			const v = mix(x, SEEDS[i]!);
			if (v < sig[i]!) sig[i] = v;
		}
	}
	return sig;
}

export function bandKeys(shingles: Set<string>): string[] {
	if (shingles.size === 0) return [];
	const sig = signature(shingles);
	const keys: string[] = [];
	for (let b = 0; b < HASHES / ROWS; b++)
		keys.push(
			`${b}:${sig
				.slice(b * ROWS, (b + 1) * ROWS)
				.map((v) => v.toString(36))
				.join('.')}`
		);
	return keys;
}
