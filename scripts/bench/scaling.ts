/**
 * Does extraction time grow linearly with article size? Times one 250 KB and one 1 MB input
 * (a long article of repeated seeds, and a single line with no sentence break) and prints the
 * ratio: linear work gives about 4, a quadratic step about 16. Timing belongs here, not in the
 * test suite, where a busy machine made the same check fail at random.
 */
import { extractArticle } from '../../src/lib/server/extract/index';

function cpuMsOf(raw: string): number {
	const blocks = [{ start: 0, end: raw.length }];
	const t0 = process.cpuUsage();
	extractArticle({ raw, blocks, published: '2025-01-01', language: 'vi' });
	const used = process.cpuUsage(t0);
	return (used.user + used.system) / 1000;
}

function bestOf(raw: string): number {
	cpuMsOf(raw); // warm-up: a first, unoptimised run is not the engine's cost
	return Math.min(cpuMsOf(raw), cpuMsOf(raw));
}

export function measureScaling(seedTexts: string[]): string[] {
	const corpus = seedTexts.join('\n');
	const article = (bytes: number): string =>
		corpus.repeat(Math.ceil(bytes / corpus.length)).slice(0, bytes);
	const line = 'hai bên nhất trí đẩy mạnh hợp tác '.repeat(30_000);
	return [
		['seeds repeated', article(250_000), article(1_000_000)],
		['one line, no sentence break', line.slice(0, 250_000), line.slice(0, 1_000_000)]
	].map(([label, small, large]) => {
		const a = bestOf(small!);
		const b = bestOf(large!);
		return `scaling, ${label}: 250 KB ${a.toFixed(0)} ms, 1 MB ${b.toFixed(0)} ms, ratio ${(b / Math.max(a, 1)).toFixed(1)} (linear ≈ 4, quadratic ≈ 16)`;
	});
}
