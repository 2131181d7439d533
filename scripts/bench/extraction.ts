/**
 * Articles per second for the extraction engine over the seed articles repeated, next to a
 * plain regex sentence split of the same text (the floor: no engine can be faster than
 * reading its input once). Shared by `npm run bench:extract` and `npm run bench`.
 * Articles are parsed once up front; the engine figure is extractArticle alone after a warm-up,
 * next to its figure from a cold start; the parse + extract figure is given for reference. Target: ≥ 500 articles of 10 KB per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../src/lib/server/extract/index';
import { parseArticle } from '../../src/lib/server/ingest/parse';

export interface ExtractionFigures {
	/** Articles per second of CPU time. */
	floor: number;
	engine: number;
	/** The engine's rate over its first `rounds` passes after start-up, compilation included. */
	cold: number;
	parseAndExtract: number;
	meanArticleBytes: number;
	/** The engine's rate scaled to articles of 10 KB, the unit of the target. */
	engineTenKb: number;
	lines: string[];
}

/**
 * Articles run before each timing. V8 compiles the engine's hot paths over its first few hundred
 * articles, on other threads of this process whose CPU time counts too: after a warm-up of a few
 * articles only, the figure was a third below the engine's steady rate and measured the compiler
 * as much as the engine. The cold start is printed on its own line.
 */
const WARM_UP_ARTICLES = 500;

export function measureExtraction(rounds: number, seedDir = 'seeds'): ExtractionFigures {
	const files = readdirSync(seedDir).sort();
	const raws = files.map((f) => readFileSync(join(seedDir, f), 'utf8'));
	const parsed = raws.map((raw, i) => parseArticle(raw, files[i]!));
	const meanArticleBytes = raws.reduce((n, r) => n + Buffer.byteLength(r), 0) / raws.length;
	const lines: string[] = [];
	let sink = 0;

	function perSecond(label: string, run: () => number, warmUp = WARM_UP_ARTICLES): number {
		for (let n = 0; n < warmUp;) n += run();
		// CPU time of this process, not wall time: other work on a shared machine does not count.
		const t0 = process.cpuUsage();
		let n = 0;
		for (let r = 0; r < rounds; r++) n += run();
		const used = process.cpuUsage(t0);
		const seconds = (used.user + used.system) / 1e6;
		const rate = n / seconds;
		lines.push(
			`${label.padEnd(28)} ${rate.toFixed(0).padStart(8)} articles/s  (${n} articles in ${seconds.toFixed(2)} s of CPU)`
		);
		return rate;
	}

	const floor = perSecond('regex sentence split', () => {
		for (const raw of raws) sink += raw.split(/(?<=[.!?])\s+/u).length;
		return raws.length;
	});
	const extractAll = (): number => {
		for (const a of parsed) sink += extractArticle(a).commitments.length;
		return parsed.length;
	};
	// The first articles after start-up, while V8 is still compiling the engine: what a short run sees.
	const cold = perSecond('extractArticle from cold', extractAll, 0);
	const engine = perSecond('extractArticle', extractAll);
	const parseAndExtract = perSecond('parseArticle + extract', () => {
		for (let i = 0; i < raws.length; i++)
			sink += extractArticle(parseArticle(raws[i]!, files[i]!)).commitments.length;
		return raws.length;
	});
	// Keeps the engine's results observable so nothing above can be optimised away.
	if (sink < 0) lines.push(String(sink));
	return {
		floor,
		engine,
		cold,
		parseAndExtract,
		meanArticleBytes,
		engineTenKb: (engine * meanArticleBytes) / 10_240,
		lines
	};
}
