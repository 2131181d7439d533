/**
 * `npm run eval:extract`: runs the engine on the seed articles and scores it against the gold
 * set in tests/fixtures/gold (match rule and fields: src/lib/server/extract/evaluate.ts).
 * Exits non-zero when a quote is not exact, so CI can use it as a check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/lib/server/ingest/parse';
import { extractArticle } from '../src/lib/server/extract/index';
import { evaluateArticle, summarise, type GoldArticle, type Scores } from '../src/lib/server/extract/evaluate';

const GOLD_DIR = 'tests/fixtures/gold';
const SEED_DIR = 'seeds';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: Scores): string => `${name.padEnd(12)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

const reports = readdirSync(GOLD_DIR)
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => {
		const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldArticle;
		const raw = readFileSync(join(SEED_DIR, gold.file), 'utf8');
		return evaluateArticle(raw, gold, extractArticle(parseArticle(raw, gold.file)));
	});
const summary = summarise(reports);

console.log('Match rule: quote spans overlap on ≥ 1/2 of the gold span and ≥ 1/5 of the predicted span, one-to-one.\n');
console.log(line('commitments', summary.commitments));
console.log(line('trade', summary.trade));
console.log(line('overall', summary.overall));
console.log('\nPer-field accuracy on matched pairs:');
for (const [k, v] of Object.entries(summary.fields)) console.log(`  ${k.padEnd(30)} ${pct(v.accuracy).padStart(6)}  (${v.right}/${v.total})`);
for (const r of reports) {
	if (!r.misses.length && !r.falseAlarms.length && !r.fieldErrors.length && !r.inexact.length) continue;
	console.log(`\n${r.file}`);
	for (const m of r.misses) console.log(`  MISS  ${m.kind} @${m.start}: ${m.quote.slice(0, 140)}`);
	for (const m of r.falseAlarms) console.log(`  FALSE ${m.kind} @${m.start}: ${m.quote.slice(0, 140)}`);
	for (const e of r.fieldErrors) console.log(`  FIELD ${e.field}: gold ${JSON.stringify(e.gold)} ≠ ${JSON.stringify(e.predicted)}  «${e.quote}»`);
	for (const e of r.inexact) console.log(`  INEXACT quote @${e.start}-${e.end}: ${e.quote.slice(0, 80)}`);
}
console.log(`\nInexact quotes: ${summary.inexact}`);
if (summary.inexact > 0) process.exitCode = 1;
