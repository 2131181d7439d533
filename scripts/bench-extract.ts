/**
 * `npm run bench:extract`: articles per second on one core for the extraction engine over a
 * corpus made of the seed articles repeated, next to a plain regex sentence split of the same
 * text (the floor: no engine can be faster than reading its input once). Prints both and the ratio.
 * Articles are parsed once up front; the engine figure is extractArticle alone, and the
 * parse + extract figure is printed for reference. Target: ≥ 500 articles of 10 KB per second.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../src/lib/server/extract/index';
import { parseArticle } from '../src/lib/server/ingest/parse';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const files = readdirSync('seeds').sort();
const raws = files.map((f) => readFileSync(join('seeds', f), 'utf8'));
const parsed = raws.map((raw, i) => parseArticle(raw, files[i]!));
const bytes = raws.reduce((n, r) => n + Buffer.byteLength(r), 0) / raws.length;

function perSecond(label: string, run: () => number): number {
	for (let i = 0; i < 3; i++) run(); // warm-up
	// CPU time of this process, not wall time: other work on a shared machine does not count.
	const t0 = process.cpuUsage();
	let n = 0;
	for (let r = 0; r < ROUNDS; r++) n += run();
	const used = process.cpuUsage(t0);
	const seconds = (used.user + used.system) / 1e6;
	const rate = n / seconds;
	console.log(`${label.padEnd(28)} ${rate.toFixed(0).padStart(8)} articles/s  (${n} articles in ${seconds.toFixed(2)} s of CPU)`);
	return rate;
}

let sink = 0;
const floor = perSecond('regex sentence split', () => {
	for (const raw of raws) sink += raw.split(/(?<=[.!?])\s+/u).length;
	return raws.length;
});
const engine = perSecond('extractArticle', () => {
	for (const a of parsed) sink += extractArticle(a).commitments.length;
	return parsed.length;
});
perSecond('parseArticle + extract', () => {
	for (let i = 0; i < raws.length; i++) sink += extractArticle(parseArticle(raws[i]!, files[i]!)).commitments.length;
	return raws.length;
});

const per10k = (engine * bytes) / 10_240;
console.log(`\nmean article size ${(bytes / 1024).toFixed(1)} KB; engine ≈ ${per10k.toFixed(0)} articles of 10 KB per second (target ≥ 500)`);
console.log(`engine / floor ratio: ${(engine / floor).toFixed(4)} (the floor is ${(floor / engine).toFixed(0)}× faster)`);
if (sink < 0) console.log(sink);
