import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getTradeSeries } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { editItemFields, importSeed001, usdTargetId } from './editor-fixtures';
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
		await importSeed001(t.db);
		targetId = await usdTargetId(t.db, '5000000000');
		const saved = await editItemFields(t.db, 'lan@example.org', targetId, {
			targetValue: '',
			targetValueMax: '',
			unit: 'USD'
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
