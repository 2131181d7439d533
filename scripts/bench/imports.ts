/**
 * Import throughput into a tracker that already holds items: the whole pipeline (decode, parse,
 * extract, link, store), one article at a time, into a fresh database filled by dataset.ts first.
 * Shared by `npm run bench` and `npm run bench:import`.
 *
 * The articles are truly distinct: each is a headline of its own and paragraphs drawn from
 * every seed, so neither the duplicate check (content hash) nor the copy check (shingles) sees
 * two alike. A duplicate is a failure of the bench, not an import: it would measure a skip.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import { commitments, mentions } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { FULL_SIZE, generateDataset, type DatasetSize } from './dataset';

/** Paragraphs of an article: enough for several commitments, few enough that two rarely share most. */
const PARAGRAPHS_PER_ARTICLE = 5;

function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** The body paragraphs of the seeds (their first line is the header). */
function seedParagraphs(): string[] {
	return readdirSync('seeds')
		.sort()
		.flatMap((f) =>
			readFileSync(path.join('seeds', f), 'utf8')
				.split(/\n\s*\n/)
				.slice(1)
				.map((p) => p.trim())
				.filter((p) => p.length > 80)
		);
}

/** `count` articles no two of which are the same story, the same on every run. */
export function distinctArticles(count: number): Buffer[] {
	const pool = seedParagraphs();
	const rand = random(7);
	return Array.from({ length: count }, (_, i) => {
		const picked = new Set<number>();
		while (picked.size < PARAGRAPHS_PER_ARTICLE) picked.add(Math.floor(rand() * pool.length));
		const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
		const headline = `Việt Nam và Lào thảo luận hợp tác, phiên làm việc số ${i + 1} tại Viêng Chăn`;
		const body = [...picked].map((p) => pool[p]!).join('\n\n');
		return Buffer.from(`date ${day} ${headline}\n\n${body}\n`);
	});
}

export interface ImportFigures {
	itemsBefore: number;
	articles: number;
	articlesPerSecond: number;
	/** Items and mentions the articles added. */
	itemsAdded: number;
	mentionsAdded: number;
}

/** Fills `db` (migrated, empty) with `itemsBefore` items, then times importing `articles` distinct articles. */
export async function measureImports(
	db: Db,
	itemsBefore: number,
	articles: Buffer[],
	/** Called once the dataset is in place, right before the first import (profilers start here). */
	onStart: () => void = () => {}
): Promise<ImportFigures> {
	if (itemsBefore > 0) await generateDataset(db, sizeFor(itemsBefore));
	const before = await counts(db);
	onStart();
	const started = performance.now();
	for (const [i, bytes] of articles.entries()) {
		const r = await importArticle(db, `distinct-${i}.txt`, bytes);
		if (r.outcome !== 'added')
			throw new Error(
				`article ${i} was not imported (${r.outcome === 'error' ? r.reason : `duplicate of #${r.articleId}`}): the bench must import distinct articles`
			);
	}
	const seconds = (performance.now() - started) / 1000;
	const after = await counts(db);
	return {
		itemsBefore,
		articles: articles.length,
		articlesPerSecond: articles.length / seconds,
		itemsAdded: after.items - before.items,
		mentionsAdded: after.mentions - before.mentions
	};
}

async function counts(db: Db): Promise<{ items: number; mentions: number }> {
	const [row] = await db
		.select({
			items: sql<number>`(select count(*) from ${commitments})::int`,
			mentions: sql<number>`(select count(*) from ${mentions})::int`
		})
		.from(sql`(select 1) as one`);
	return row!;
}

/** The bench dataset scaled to `items` commitments, in the proportions of FULL_SIZE. */
export function sizeFor(items: number): DatasetSize {
	const scale = items / FULL_SIZE.commitments;
	return {
		articles: Math.max(10, Math.round(FULL_SIZE.articles * scale)),
		commitments: items,
		mentions: Math.round(FULL_SIZE.mentions * scale),
		entities: Math.max(20, Math.round(FULL_SIZE.entities * Math.sqrt(scale))),
		tradeYears: FULL_SIZE.tradeYears
	};
}
