/**
 * Linking on real text, scored pair by pair against the annotators' `item` labels: shared by
 * `npm run eval:link` and its regression test. Imports one annotated half's corpus articles into
 * the given (empty) database, matches each annotated commitment to the mention that overlaps it
 * most, and counts the pairs the tracker put in one item against the pairs annotated as one pledge.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import { mentions } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';

/** tune: the half the link rules are tuned on; train: the unseen check, read for its figures only. */
export const LINK_EVAL_SETS = ['tune', 'train'] as const;
export type LinkEvalSet = (typeof LINK_EVAL_SETS)[number];

export interface LinkEvalResult {
	articles: number;
	matched: number;
	unmatched: number;
	/** Same-pledge pairs put in one item. */
	tp: number;
	/** Pairs put in one item that the annotators call two pledges. */
	fp: number;
	/** Same-pledge pairs left in two items. */
	fn: number;
	misses: string[];
}

export async function evalLink(
	db: Db,
	set: LinkEvalSet,
	goldRoot: string,
	corpus: string
): Promise<LinkEvalResult> {
	const gold = path.join(goldRoot, set);
	const files = existsSync(gold)
		? readdirSync(gold)
				.filter((f) => f.endsWith('.json'))
				.sort()
		: [];
	const matched: { item: string; tracked: number; file: string }[] = [];
	let unmatched = 0;
	for (const f of files) {
		const g = JSON.parse(readFileSync(path.join(gold, f), 'utf8')) as {
			file: string;
			commitments: { start: number; end: number; item: string }[];
		};
		const src = path.join(corpus, g.file);
		if (!existsSync(src)) continue;
		const r = await importArticle(db, g.file, readFileSync(src));
		if (r.outcome !== 'added') continue;
		const ms = await db.select().from(mentions).where(eq(mentions.articleId, r.article.id));
		for (const c of g.commitments) {
			const best = ms
				.map((m) => ({ m, overlap: Math.min(m.end, c.end) - Math.max(m.start, c.start) }))
				.filter((x) => x.overlap > 0)
				.sort((a, b) => b.overlap - a.overlap)[0];
			if (best) matched.push({ item: c.item, tracked: best.m.commitmentId, file: g.file });
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
	return {
		articles: files.length,
		matched: matched.length,
		unmatched,
		tp,
		fp,
		fn,
		misses: [...new Set(misses)]
	};
}
