import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../src/lib/server/db/schema';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { getItemSnapshot } from '../../src/lib/server/queries/editor-items';
import { ItemFieldsSchema } from '../../src/lib/server/editor/fields';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getTradeSeries } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeEditor } from './editor-fixtures';
import { GROWTH_FIGURES_ARTICLE } from './growth-fixtures';

/**
 * A USD trade target whose amount is unknown (an editor cleared a misread value; the form allows a
 * unit without a value, and the bench's dataset holds thousands) must not break the next import
 * that brings trade figures: issue #18 saw 72 of 120 imports fail in `applyTradeRules`.
 */
describe(`a USD trade target without a value (${backendName})`, () => {
	let t: TestDatabase;
	let targetId: number;
	beforeAll(async () => {
		t = await createTestDatabase();
		const seed = await importArticle(
			t.db,
			'001_73471ccb4a1099fa.txt',
			readFileSync('seeds/001_73471ccb4a1099fa.txt')
		);
		expect(seed.outcome).toBe('added');
		const [five] = await t.db
			.select({ id: commitments.id })
			.from(commitments)
			.where(and(eq(commitments.unit, 'USD'), eq(commitments.targetValue, '5000000000')));
		targetId = five!.id;
		const editor = await makeEditor(t.db, 'lan@example.org');
		const snap = (await getItemSnapshot(t.db, targetId))!;
		const saved = await updateItemFields(t.db, editor, {
			id: targetId,
			expectedVersion: snap.version,
			fields: ItemFieldsSchema.parse({ ...snap, targetValue: '', targetValueMax: '', unit: 'USD' }),
			publicNote: null
		});
		expect(saved).toMatchObject({ ok: true });
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('imports an article with trade figures, and the trade series leaves the valueless target out', async () => {
		const r = await importArticle(
			t.db,
			'own-trade-figures.txt',
			new TextEncoder().encode(GROWTH_FIGURES_ARTICLE)
		);
		expect(r.outcome).toBe('added');
		const series = await getTradeSeries(t.db, '2026-12-31');
		expect(series.points.map((p) => p.year)).toEqual(expect.arrayContaining([2008, 2009]));
		expect(series.targets.map((x) => x.commitmentId)).not.toContain(targetId);
		// The 10 bn target, which kept its value, is still drawn.
		expect(series.targets.map((x) => x.valueUsd)).toContain('10000000000');
	});
});
