/**
 * `npm run bench:extract`: articles per second on one core for the extraction engine over the
 * seed articles repeated, next to the regex-split floor (see scripts/bench/extraction.ts).
 * BENCH_ROUNDS sets how many times the seeds are repeated (default 200).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureExtraction } from './bench/extraction';
import { measureScaling } from './bench/scaling';

const figures = measureExtraction(Number(process.env.BENCH_ROUNDS ?? 200));
for (const line of figures.lines) console.log(line);
console.log(
	`\nmean article size ${(figures.meanArticleBytes / 1024).toFixed(1)} KB; engine ≈ ${figures.engineTenKb.toFixed(0)} articles of 10 KB per second (target ≥ 500)`
);
console.log(
	`engine / floor ratio: ${(figures.engine / figures.floor).toFixed(4)} (the floor is ${(figures.floor / figures.engine).toFixed(0)}× faster)`
);
for (const line of measureScaling(
	readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'))
))
	console.log(line);
