/**
 * Linking on real text: `npm run eval:link [-- --set tune|train]` imports one annotated half
 * (tests/fixtures/real/<set>) into a fresh in-memory database and scores the items the tracker made
 * against the annotators' `item` labels, pair by pair (scripts/lib/link-eval.ts): precision = pairs
 * put in one item that the annotators call the same pledge, recall = same-pledge pairs the tracker
 * put in one item. tune (the default) is the half the link rules are tuned on; train is the unseen
 * check, read for its figures only. Never reads the held-back half.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { LINK_EVAL_SETS, evalLink, type LinkEvalSet } from './lib/link-eval';

const setArg = process.argv.indexOf('--set');
const setName = setArg === -1 ? 'tune' : process.argv[setArg + 1];
if (!LINK_EVAL_SETS.includes(setName as LinkEvalSet)) {
	console.error(`usage: eval-link [--set ${LINK_EVAL_SETS.join('|')}]`);
	process.exit(2);
}
const CORPUS = path.resolve('../shared/corpus');
if (!existsSync(CORPUS)) {
	console.log(
		`eval:link skipped: ${CORPUS} is absent (the corpus lives beside the repository, not in it).`
	);
	process.exit(0);
}
const db = openDatabase({});
await runMigrations(db);
const r = await evalLink(
	db.db,
	setName as LinkEvalSet,
	path.resolve('tests/fixtures/real'),
	CORPUS
);
const pct = (x: number, n: number) => (n ? `${((100 * x) / n).toFixed(1)} %` : 'n/a');
console.log(
	`set ${setName}: articles ${r.articles}, annotated commitments matched to a mention ${r.matched}, unmatched ${r.unmatched}`
);
console.log(
	`same-pledge pairs: ${r.tp + r.fn}; linked ${r.tp} (recall ${pct(r.tp, r.tp + r.fn)}); pairs linked that are not one pledge ${r.fp} (precision ${pct(r.tp, r.tp + r.fp)})`
);
for (const m of r.misses) console.log(`  ${m}`);
await db.close();
