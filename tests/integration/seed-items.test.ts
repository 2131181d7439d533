import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/lib/server/db/schema';
import { matchSpans } from '../../src/lib/server/extract/evaluate';
import { importArticle } from '../../src/lib/server/ingest/store';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/**
 * One item per pledge, judged against an analyst's reading of the seeds: every commitment passage
 * of the seed gold carries an `item` label (the passages an analyst calls one trackable pledge
 * share it). After importing the five seeds into a real database, each labelled pledge must be
 * exactly one tracked item, no tracked item may hold two pledges, and nothing else may be tracked
 * but what the extraction engine wrongly took for a commitment (its false alarms, which
 * `eval:extract` counts): the tracker adds no item of its own.
 */
const SEEDS = path.resolve('seeds');
const GOLD = path.resolve('tests/fixtures/gold');

interface GoldPassage {
	start: number;
	end: number;
	quote: string;
	item: string;
}

describe(`the seeds tracked as an analyst groups them (${backendName})`, () => {
	let t: TestDatabase;
	/** Each gold passage, with the tracked (top-level) item of the mention matched to it (as eval:extract matches spans). */
	const placed: { file: string; passage: GoldPassage; tracked: number | null }[] = [];
	/** Items of mentions that match no gold passage: the engine's false alarms. */
	const falseAlarms = new Set<number>();
	let topLevel: number[] = [];

	beforeAll(async () => {
		t = await createTestDatabase();
		const articleOf = new Map<string, number>();
		for (const name of readdirSync(SEEDS).sort()) {
			const r = await importArticle(t.db, name, readFileSync(path.join(SEEDS, name)));
			expect(r.outcome).toBe('added');
			if (r.outcome === 'added') articleOf.set(name, r.article.id);
		}
		const items = await t.db.select({ id: schema.commitments.id, mergedIntoId: schema.commitments.mergedIntoId }).from(schema.commitments);
		topLevel = items.filter((i) => i.mergedIntoId === null).map((i) => i.id);
		const top = (id: number): number => {
			let cur = items.find((i) => i.id === id)!;
			while (cur.mergedIntoId !== null) cur = items.find((i) => i.id === cur.mergedIntoId)!;
			return cur.id;
		};
		for (const f of readdirSync(GOLD).filter((x) => x.endsWith('.json')).sort()) {
			const gold = JSON.parse(readFileSync(path.join(GOLD, f), 'utf8')) as { file: string; commitments: GoldPassage[] };
			const articleId = articleOf.get(gold.file)!;
			const ms = await t.db.select().from(schema.mentions).where(eq(schema.mentions.articleId, articleId));
			const pairs = matchSpans(gold.commitments, ms);
			gold.commitments.forEach((passage, gi) => {
				// A span can carry two mentions (a further target in the same quote): any matched one places it.
				const pair = pairs.find(([g]) => g === gi);
				const m = pair ? ms[pair[1]]! : undefined;
				const same = m ? ms.filter((x) => x.start === m.start && x.end === m.end) : [];
				const labelled = same.length > 1 ? same.find((x) => placed.some((p) => p.passage.item === passage.item && p.tracked === top(x.commitmentId))) ?? m : m;
				placed.push({ file: gold.file, passage, tracked: labelled ? top(labelled.commitmentId) : null });
			});
			ms.forEach((m) => {
				if (!gold.commitments.some((g, gi) => pairs.some(([pg, pm]) => pg === gi && ms[pm]!.start === m.start && ms[pm]!.end === m.end))) falseAlarms.add(top(m.commitmentId));
			});
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('labels every seed gold passage with the pledge it states', () => {
		expect(placed.length).toBeGreaterThanOrEqual(30);
		for (const p of placed) expect(p.passage.item, p.passage.quote).toMatch(/^[a-z0-9-]+$/);
	});

	it('tracks every passage in an item', () => {
		expect(placed.filter((p) => p.tracked === null).map((p) => `${p.file}: ${p.passage.quote}`)).toEqual([]);
	});

	it('puts the passages an analyst calls one pledge into one item', () => {
		const split: string[] = [];
		for (const label of new Set(placed.map((p) => p.passage.item))) {
			const ids = new Set(placed.filter((p) => p.passage.item === label).map((p) => p.tracked));
			if (ids.size > 1) split.push(`${label}: items ${[...ids].join(', ')}`);
		}
		expect(split).toEqual([]);
	});

	it('keeps different pledges apart', () => {
		const merged: string[] = [];
		for (const id of new Set(placed.map((p) => p.tracked))) {
			const labels = new Set(placed.filter((p) => p.tracked === id).map((p) => p.passage.item));
			if (labels.size > 1) merged.push(`item ${id}: ${[...labels].join(' + ')}`);
		}
		expect(merged).toEqual([]);
	});

	it('tracks as many items as the analyst found pledges, and nothing besides but the engine\'s false alarms', async () => {
		const pledges = new Set(placed.map((p) => p.passage.item)).size;
		const unlabelled = topLevel.filter((id) => !placed.some((p) => p.tracked === id));
		expect(unlabelled.filter((id) => !falseAlarms.has(id))).toEqual([]);
		expect(topLevel).toHaveLength(pledges + unlabelled.length);
		expect(unlabelled.length).toBeLessThanOrEqual(2);
		expect(topLevel.length).toBeGreaterThanOrEqual(12);
		// No item is left without evidence (an empty item would count without a pledge behind it).
		const empty = await t.db
			.select({ id: schema.commitments.id })
			.from(schema.commitments)
			.leftJoin(schema.mentions, eq(schema.mentions.commitmentId, schema.commitments.id))
			.where(isNull(schema.mentions.id));
		expect(empty.filter((e) => topLevel.includes(e.id))).toEqual([]);
	});
});
