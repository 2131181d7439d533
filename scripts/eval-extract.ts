/**
 * `npm run eval:extract [-- --set seeds|dev|holdout|all]`: runs the engine on an annotated set and scores
 * it (match rule and fields: src/lib/server/extract/evaluate.ts).
 * - seeds: the five seed articles (seeds/) against tests/fixtures/gold;
 * - dev: our own articles, tests/fixtures/dev/<name>.txt with <name>.txt.json next to it, used to tune;
 * - holdout: more of our own articles (tests/fixtures/dev/holdout), written and annotated after the
 *   tuning, before the engine was run on them (tuned on since);
 * - holdout2: a second such batch, written after the holdout round.
 * The default, all, prints every set separately so the seed figure stays visible next to the others.
 * Exits non-zero when a quote is not exact, so CI can use it as a check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseArticle } from '../src/lib/server/ingest/parse';
import { extractArticle } from '../src/lib/server/extract/index';
import { evaluateArticle, summarise, type GoldArticle, type Scores } from '../src/lib/server/extract/evaluate';

const SETS = {
	seeds: { gold: 'tests/fixtures/gold', text: 'seeds' },
	dev: { gold: 'tests/fixtures/dev', text: 'tests/fixtures/dev' },
	holdout: { gold: 'tests/fixtures/dev/holdout', text: 'tests/fixtures/dev/holdout' },
	holdout2: { gold: 'tests/fixtures/dev/holdout2', text: 'tests/fixtures/dev/holdout2' }
} as const;
type SetName = keyof typeof SETS;

const Args = z.object({ set: z.enum(['seeds', 'dev', 'holdout', 'holdout2', 'all']).default('all'), verbose: z.boolean().default(true) });

function parseArgs(argv: string[]): z.infer<typeof Args> {
	const i = argv.indexOf('--set');
	const parsed = Args.safeParse({ set: i === -1 ? undefined : argv[i + 1], verbose: !argv.includes('--quiet') });
	if (!parsed.success) {
		console.error('usage: eval-extract [--set seeds|dev|holdout|holdout2|all] [--quiet]');
		process.exit(2);
	}
	return parsed.data;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const line = (name: string, s: Scores): string => `${name.padEnd(12)} P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}   (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;

function evaluateSet(name: SetName): ReturnType<typeof summarise> & { reports: ReturnType<typeof evaluateArticle>[] } {
	const { gold: goldDir, text } = SETS[name];
	const reports = readdirSync(goldDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldArticle;
			const raw = readFileSync(join(text, gold.file), 'utf8');
			return evaluateArticle(raw, gold, extractArticle(parseArticle(raw, gold.file)));
		});
	return { ...summarise(reports), reports };
}

function printSet(name: SetName, verbose: boolean): number {
	const summary = evaluateSet(name);
	console.log(`\n=== ${name} set (${summary.reports.length} articles) ===`);
	console.log(line('commitments', summary.commitments));
	console.log(line('trade', summary.trade));
	console.log(line('overall', summary.overall));
	console.log('Per-field accuracy on matched pairs:');
	for (const [k, v] of Object.entries(summary.fields)) console.log(`  ${k.padEnd(30)} ${pct(v.accuracy).padStart(6)}  (${v.right}/${v.total})`);
	if (verbose)
		for (const r of summary.reports) {
			if (!r.misses.length && !r.falseAlarms.length && !r.fieldErrors.length && !r.inexact.length) continue;
			console.log(`\n${r.file}`);
			for (const m of r.misses) console.log(`  MISS  ${m.kind} @${m.start}: ${m.quote.slice(0, 140)}`);
			for (const m of r.falseAlarms) console.log(`  FALSE ${m.kind} @${m.start}: ${m.quote.slice(0, 140)}`);
			for (const e of r.fieldErrors) console.log(`  FIELD ${e.field}: gold ${JSON.stringify(e.gold)} ≠ ${JSON.stringify(e.predicted)}  «${e.quote}»`);
			for (const e of r.inexact) console.log(`  INEXACT quote @${e.start}-${e.end}: ${e.quote.slice(0, 80)}`);
		}
	console.log(`Inexact quotes: ${summary.inexact}`);
	return summary.inexact;
}

const args = parseArgs(process.argv.slice(2));
console.log('Match rule: quote spans overlap on ≥ 1/2 of the gold span and ≥ 1/5 of the predicted span, one-to-one.');
const sets: SetName[] = args.set === 'all' ? ['seeds', 'dev', 'holdout', 'holdout2'] : [args.set];
let inexact = 0;
for (const s of sets) inexact += printSet(s, args.verbose);
if (inexact > 0) process.exitCode = 1;
