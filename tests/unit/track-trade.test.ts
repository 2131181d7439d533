import { describe, expect, it } from 'vitest';
import {
	compareDecimal,
	growthPct,
	normalizeDecimal,
	percentOf,
	requiredYearlyGrowthPct
} from '../../src/lib/decimal';
import {
	buildSeries,
	growthTargetResult,
	paceToTarget,
	usdTargetProgress,
	type ObservationInput
} from '../../src/lib/server/track/trade';

let nextId = 1;
const obs = (
	o: Partial<ObservationInput> & { year: number; valueUsd: string }
): ObservationInput => ({
	observationId: nextId++,
	articleId: 1,
	articleTitle: 'a',
	publishedOn: '2025-01-01',
	quote: 'q',
	start: 0,
	end: 1,
	isEstimate: false,
	period: 'full_year',
	growthPct: null,
	...o
});

describe('exact decimals', () => {
	it('compares and normalises money without floats', () => {
		expect(normalizeDecimal('2200000000.000')).toBe('2200000000');
		expect(compareDecimal('9007199254740993', '9007199254740992')).toBe(1);
		expect(percentOf('2200000000', '5000000000')).toBe(44);
		expect(percentOf('1', '3')).toBe(33.3);
		expect(growthPct('1500000000', '1800000000')).toBe(20);
		expect(requiredYearlyGrowthPct('2000000000', '8000000000', 2)).toBe(100);
	});
});

describe('choosing each year of the trade series', () => {
	it('keeps every source, and prefers full year over partial, final over estimate, later over earlier', () => {
		const points = buildSeries([
			obs({ year: 2022, valueUsd: '900000000', period: 'M1-M9', publishedOn: '2022-10-05' }),
			obs({ year: 2022, valueUsd: '1300000000', isEstimate: true, publishedOn: '2022-12-28' }),
			obs({ year: 2022, valueUsd: '1250000000', publishedOn: '2023-02-10' }),
			obs({ year: 2022, valueUsd: '1250000000', publishedOn: '2023-03-01' })
		]);
		expect(points).toHaveLength(1);
		expect(points[0]).toMatchObject({
			year: 2022,
			valueUsd: '1250000000',
			isEstimate: false,
			period: 'full_year',
			disagreement: false
		});
		expect(points[0]!.chosen.publishedOn).toBe('2023-03-01');
		expect(points[0]!.sources.map((s) => s.valueUsd)).toEqual([
			'1250000000',
			'1250000000',
			'1300000000',
			'900000000'
		]);
	});

	it('flags two final full-year figures that disagree, and keeps both', () => {
		const [p] = buildSeries([
			obs({ year: 2021, valueUsd: '1100000000' }),
			obs({ year: 2021, valueUsd: '1150000000', publishedOn: '2025-06-01' })
		]);
		expect(p).toMatchObject({ disagreement: true, valueUsd: '1150000000' });
		expect(p!.sources).toHaveLength(2);
	});

	it('uses a more complete partial year when no full year exists, and computes growth between full years', () => {
		const points = buildSeries([
			obs({ year: 2020, valueUsd: '1000000000' }),
			obs({ year: 2021, valueUsd: '1250000000' }),
			obs({ year: 2022, valueUsd: '500000000', period: 'M1-M6' }),
			obs({ year: 2022, valueUsd: '800000000', period: 'M1-M10' })
		]);
		expect(points.map((p) => [p.year, p.valueUsd, p.period, p.growthPct])).toEqual([
			[2020, '1000000000', 'full_year', null],
			[2021, '1250000000', 'full_year', 25],
			[2022, '800000000', 'M1-M10', null]
		]);
	});
});

describe('targets tied to the series', () => {
	const series = buildSeries([
		obs({ year: 2023, valueUsd: '1500000000' }),
		obs({ year: 2024, valueUsd: '2500000000', isEstimate: true, growthPct: 66.7 })
	]);

	it('reports progress against the latest figure, and is met only by a final figure', () => {
		const t = usdTargetProgress(
			{ commitmentId: 1, title: 't', valueUsd: '2000000000', year: null },
			series
		);
		expect(t).toMatchObject({ met: false, progressPct: 125 });
		const t2 = usdTargetProgress(
			{ commitmentId: 2, title: 't', valueUsd: '1000000000', year: 2024 },
			series
		);
		expect(t2).toMatchObject({ met: true, progressPct: 250 });
		expect(t2.metBy?.year).toBe(2023);
		const late = usdTargetProgress(
			{ commitmentId: 3, title: 't', valueUsd: '1000000000', year: 2022 },
			series
		);
		expect(late.met).toBe(false);
	});

	it('computes the yearly growth needed to reach a dated target', () => {
		const targets = [
			usdTargetProgress(
				{ commitmentId: 4, title: 't', valueUsd: '10000000000', year: 2026 },
				series
			)
		];
		expect(paceToTarget(targets, series)).toEqual({
			fromYear: 2024,
			fromValueUsd: '2500000000',
			toYear: 2026,
			toValueUsd: '10000000000',
			requiredGrowthPct: 100,
			commitmentId: 4
		});
		expect(
			paceToTarget(
				[
					usdTargetProgress(
						{ commitmentId: 5, title: 't', valueUsd: '10000000000', year: null },
						series
					)
				],
				series
			)
		).toBeNull();
	});

	it('judges a growth-rate target on its year', () => {
		expect(
			growthTargetResult(
				{ commitmentId: 6, title: 'g', minPct: 10, maxPct: 15, year: 2024 },
				series
			)
		).toMatchObject({ actualPct: 66.7, met: true });
		expect(
			growthTargetResult(
				{ commitmentId: 6, title: 'g', minPct: 10, maxPct: 15, year: 2023 },
				series
			)
		).toMatchObject({ actualPct: null, met: null });
	});

	it('judges a growth target with no year on the year after its pledge, not on the latest year', () => {
		const g = { commitmentId: 7, title: 'g', minPct: 10, maxPct: 10, year: null };
		// Pledged in 2022: 2023 is judged, and 2023 has no growth figure (no 2022 to compare with).
		expect(growthTargetResult({ ...g, pledgedOn: '2022-03-01' }, series)).toMatchObject({
			judgedYear: 2023,
			actualPct: null,
			met: null
		});
		expect(growthTargetResult({ ...g, pledgedOn: '2023-11-20' }, series)).toMatchObject({
			judgedYear: 2024,
			actualPct: 66.7,
			met: true
		});
		// Pledged in 2024: 2025 has no figure yet; 2024's growth does not judge it.
		expect(growthTargetResult({ ...g, pledgedOn: '2024-05-01' }, series)).toMatchObject({
			judgedYear: 2025,
			actualPct: null,
			met: null
		});
		// Stated only in undated articles: no year to judge it on.
		expect(growthTargetResult({ ...g, pledgedOn: null }, series)).toMatchObject({
			judgedYear: null,
			met: null
		});
	});

	it('judges a growth target on a full year only', () => {
		const partial = buildSeries([
			obs({ year: 2023, valueUsd: '1000000000', period: 'M1-M6', growthPct: 30 })
		]);
		expect(
			growthTargetResult(
				{ commitmentId: 8, title: 'g', minPct: 10, maxPct: 10, year: 2023 },
				partial
			)
		).toMatchObject({ actualPct: null, met: null });
	});

	it('does not count a year that ended before the pledge as meeting a USD target', () => {
		const t = { commitmentId: 9, title: 't', valueUsd: '1000000000', year: null };
		expect(usdTargetProgress({ ...t, pledgedOn: '2024-02-01' }, series).met).toBe(false);
		expect(usdTargetProgress({ ...t, pledgedOn: '2023-02-01' }, series).metBy?.year).toBe(2023);
	});
});
