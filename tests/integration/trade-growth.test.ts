import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getTradeSeries } from '../../src/lib/server/queries';
import { growthChart } from '../../src/lib/components/charts/shape';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import {
	GROWTH_FIGURES_ARTICLE,
	GROWTH_TARGETS_ARTICLE,
	GROWTH_TARGETS_ARTICLE_2,
	YEARLESS_GROWTH_ARTICLE,
	YEARLESS_GROWTH_ARTICLE_2
} from './growth-fixtures';

describe(`growth targets against actual growth (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const [name, text] of [
			['own-growth-1.txt', GROWTH_TARGETS_ARTICLE],
			['own-growth-2.txt', GROWTH_TARGETS_ARTICLE_2],
			['own-growth-3.txt', GROWTH_FIGURES_ARTICLE]
		]) {
			const r = await importArticle(t.db, name!, new TextEncoder().encode(text));
			expect(r.outcome, name).toBe('added');
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('judges each target on its year and colours that year’s bar by the verdict', async () => {
		const series = await getTradeSeries(t.db, '2010-12-31');
		const byYear = new Map(series.growthTargets.map((g) => [g.year, g]));
		expect(byYear.get(2008)).toMatchObject({ minPct: 10, maxPct: 15, actualPct: 21, met: true });
		expect(byYear.get(2009)).toMatchObject({ minPct: 12, maxPct: 15, actualPct: 3, met: false });

		// Outside a request Paraglide answers in the base locale, Vietnamese.
		const spec = growthChart(series, 'vi')!;
		expect(spec.years).toEqual([2008, 2009]);
		expect(spec.actual.values).toEqual([21, 3]);
		expect(spec.actual.colors).toEqual(['--status-achieved', '--status-missed']);
		expect(spec.band.ranges).toEqual([
			[10, 15],
			[12, 15]
		]);
		expect(spec.band.tooltips[0]).toBe('Mục tiêu 10%–15%: đã đạt');
		expect(spec.band.tooltips[1]).toBe('Mục tiêu 12%–15%: không đạt');
	});

	it('draws nothing when no growth target can be judged', () => {
		expect(
			growthChart({ points: [{ year: 2009, growthPct: 3 }], growthTargets: [] }, 'vi')
		).toBeNull();
		expect(
			growthChart(
				{
					points: [{ year: 2009, growthPct: null }],
					growthTargets: [
						{
							title: 'x',
							minPct: 10,
							maxPct: 15,
							year: 2009,
							judgedYear: 2009,
							actualPct: null,
							met: null
						}
					]
				},
				'vi'
			)
		).toBeNull();
	});
});

describe(`growth targets with no year (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const [name, text] of [
			['own-yearless-1.txt', YEARLESS_GROWTH_ARTICLE],
			['own-yearless-2.txt', YEARLESS_GROWTH_ARTICLE_2],
			['own-growth-3.txt', GROWTH_FIGURES_ARTICLE]
		]) {
			const r = await importArticle(t.db, name!, new TextEncoder().encode(text));
			expect(r.outcome, name).toBe('added');
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('judges each on the year after its pledge, never on the latest year, and leaves a year without a figure unjudged', async () => {
		const series = await getTradeSeries(t.db, '2010-12-31');
		const byMin = new Map(series.growthTargets.map((g) => [g.minPct, g]));
		// Pledged in March 2007: 2008's +21 % judges it (the latest year, 2009, grew 3 %).
		expect(byMin.get(15)).toMatchObject({ year: null, judgedYear: 2008, actualPct: 21, met: true });
		// Pledged in June 2009: 2010 has no figure yet, so it is not judged on 2009's +3 %.
		expect(byMin.get(10)).toMatchObject({
			year: null,
			judgedYear: 2010,
			actualPct: null,
			met: null
		});

		const spec = growthChart(series, 'vi')!;
		expect(spec.years).toEqual([2008, 2009, 2010]);
		expect(spec.actual.colors).toEqual(['--status-achieved', '--chart-neutral', '--chart-neutral']);
		expect(spec.band.ranges).toEqual([[15, 15], null, [10, 10]]);
	});
});
