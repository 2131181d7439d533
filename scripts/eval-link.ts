/**
 * Linking on real text: imports one annotated half's corpus articles (tests/fixtures/real/<set>)
 * into a fresh in-memory database, matches each annotated commitment to the mention that overlaps it
 * most, and compares the items the tracker made with the annotators' `item` labels, pair by pair:
 * precision = pairs put in one item that the annotators call the same pledge, recall = same-pledge
 * pairs the tracker put in one item. `npm run eval:link [-- --set tune|train]`: tune (the default)
 * is the half the link rules are tuned on; train is the unseen check, read for its figures only.
 * Never reads the held-back half.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { mentions } from '../src/lib/server/db/schema';
import { importArticle } from '../src/lib/server/pipeline/import';

const SETS = ['tune', 'train'] as const;
const setArg = process.argv.indexOf('--set');
const setName = setArg === -1 ? 'tune' : process.argv[setArg + 1];
if (!SETS.includes(setName as (typeof SETS)[number])) {
	console.error(`usage: eval-link [--set ${SETS.join('|')}]`);
	process.exit(2);
}
const GOLD = path.resolve('tests/fixtures/real', setName!);
const CORPUS = path.resolve('../shared/corpus');
if (!existsSync(CORPUS)) {
	console.log(
		`eval:link skipped: ${CORPUS} is absent (the corpus lives beside the repository, not in it).`
	);
	process.exit(0);
}
const files = existsSync(GOLD)
	? readdirSync(GOLD)
			.filter((f) => f.endsWith('.json'))
			.sort()
	: [];
const db = openDatabase({});
await runMigrations(db);
const matched: { item: string; tracked: number; file: string }[] = [];
let unmatched = 0;
for (const f of files) {
	const gold = JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as {
		file: string;
		commitments: { start: number; end: number; item: string }[];
	};
	const src = path.join(CORPUS, gold.file);
	if (!existsSync(src)) continue;
	const r = await importArticle(db.db, gold.file, readFileSync(src));
	if (r.outcome !== 'added') continue;
	const ms = await db.db.select().from(mentions).where(eq(mentions.articleId, r.article.id));
	for (const c of gold.commitments) {
		const best = ms
			.map((m) => ({ m, overlap: Math.min(m.end, c.end) - Math.max(m.start, c.start) }))
			.filter((x) => x.overlap > 0)
			.sort((a, b) => b.overlap - a.overlap)[0];
		if (best) matched.push({ item: c.item, tracked: best.m.commitmentId, file: gold.file });
		else unmatched++;
	}
}
let tp = 0;
let fp = 0;
let fn = 0;
const misses: string[] = [];
for (let i = 0; i < matched.length; i++)
	for (let j = i + 1; j < matched.length; j++) {
		const [a, b] = [matched[i]!, matched[j]!];
		const same = a.item === b.item;
		const together = a.tracked === b.tracked;
		if (same && together) tp++;
		else if (together) {
			fp++;
			misses.push(`merged apart pledges: ${a.item} / ${b.item} (item #${a.tracked})`);
		} else if (same) {
			fn++;
			misses.push(
				`split one pledge: ${a.item} (items #${a.tracked}, #${b.tracked}; ${a.file}, ${b.file})`
			);
		}
	}
const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)} %` : 'n/a');
console.log(
	`set ${setName}: articles ${files.length}, annotated commitments matched to a mention ${matched.length}, unmatched ${unmatched}`
);
console.log(
	`same-pledge pairs: ${tp + fn}; linked ${tp} (recall ${pct(tp, tp + fn)}); pairs linked that are not one pledge ${fp} (precision ${pct(tp, tp + fp)})`
);
for (const m of [...new Set(misses)]) console.log(`  ${m}`);
await db.close();
