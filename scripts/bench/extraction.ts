/**
 * Articles per second for the extraction engine over the seed articles repeated, next to a
 * plain regex sentence split of the same text (the floor: no engine can be faster than
 * reading its input once). Shared by `npm run bench:extract` and `npm run bench`.
 * Articles are parsed once up front; the engine figure is extractArticle alone, and the
 * parse + extract figure is given for reference. Target: ≥ 500 articles of 10 KB per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/lib/server/extract/index';
import { parseArticle } from '../../src/lib/server/ingest/parse';

export interface ExtractionFigures {
	/** Articles per second of CPU time. */
	floor: number;
	engine: number;
	parseAndExtract: number;
	meanArticleBytes: number;
	/** The engine's rate scaled to articles of 10 KB, the unit of the target. */
	engineTenKb: number;
	lines: string[];
}

export function measureExtraction(rounds: number, seedDir = 'seeds'): ExtractionFigures {
	const files = readdirSync(seedDir).sort();
	const raws = files.map((f) => readFileSync(join(seedDir, f), 'utf8'));
	const parsed = raws.map((raw, i) => parseArticle(raw, files[i]!));
	const meanArticleBytes = raws.reduce((n, r) => n + Buffer.byteLength(r), 0) / raws.length;
	const lines: string[] = [];
	let sink = 0;

	function perSecond(label: string, run: () => number): number {
		for (let i = 0; i < 3; i++) run(); // warm-up
		// CPU time of this process, not wall time: other work on a shared machine does not count.
		const t0 = process.cpuUsage();
		let n = 0;
		for (let r = 0; r < rounds; r++) n += run();
		const used = process.cpuUsage(t0);
		const seconds = (used.user + used.system) / 1e6;
		const rate = n / seconds;
		lines.push(`${label.padEnd(28)} ${rate.toFixed(0).padStart(8)} articles/s  (${n} articles in ${seconds.toFixed(2)} s of CPU)`);
		return rate;
	}

	const floor = perSecond('regex sentence split', () => {
		for (const raw of raws) sink += raw.split(/(?<=[.!?])\s+/u).length;
		return raws.length;
	});
	const engine = perSecond('extractArticle', () => {
		for (const a of parsed) sink += extractArticle(a).commitments.length;
		return parsed.length;
	});
	const parseAndExtract = perSecond('parseArticle + extract', () => {
		for (let i = 0; i < raws.length; i++) sink += extractArticle(parseArticle(raws[i]!, files[i]!)).commitments.length;
		return raws.length;
	});
	// Keeps the engine's results observable so nothing above can be optimised away.
	if (sink < 0) lines.push(String(sink));
	return { floor, engine, parseAndExtract, meanArticleBytes, engineTenKb: (engine * meanArticleBytes) / 10_240, lines };
}
