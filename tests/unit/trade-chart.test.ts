import { describe, expect, it } from 'vitest';
import {
	driftChart,
	tradeChart,
	type TradeSeriesInput
} from '../../src/lib/components/charts/shape';
import {
	compareWithOfficial,
	inForceFor,
	tradeHeadline,
	type HeadlineTarget,
	type OfficialRef
} from '../../src/lib/server/queries/trade-compare';

const official = (
	year: number,
	valueUsd: string,
	isEstimate = false,
	growthPct: number | null = null
): OfficialRef => ({
	year,
	valueUsd,
	isEstimate,
	growthPct,
	source: `Test customs office (reported by a test agency): ${year} total`,
	url: `https://example.org/${year}`
});
const point = (
	year: number,
	valueUsd: string,
	period = 'full_year',
	isEstimate = false,
	growthPct: number | null = null
) => ({
	year,
	valueUsd,
	period,
	isEstimate,
	growthPct,
	chosen: {
		articleTitle: `Article on ${year}`,
		articleId: year - 2000,
		observationId: year,
		publishedOn: `${year + 1}-01-15`
	}
});
const target = (
	t: Partial<HeadlineTarget> & { valueUsd: string; pledgedOn: string | null }
): HeadlineTarget => ({ commitmentId: 1, year: null, met: false, ...t });

describe('article figures beside the official series', () => {
	it('flags a year more than 5 % apart, not one within 5 %, and never compares part of a year with a full year', () => {
		const out = compareWithOfficial(
			[point(2022, '1700000000'), point(2023, '1640000000'), point(2024, '800000000', 'M1-M6')],
			[official(2022, '1630000000'), official(2023, '1600000000'), official(2024, '2200000000')]
		);
		expect(out).toEqual([
			{
				year: 2022,
				officialValueUsd: '1630000000',
				reportedValueUsd: '1700000000',
				diffPct: 4.3,
				disagrees: false
			},
			{
				year: 2023,
				officialValueUsd: '1600000000',
				reportedValueUsd: '1640000000',
				diffPct: 2.5,
				disagrees: false
			}
		]);
		const [far] = compareWithOfficial([point(2019, '1680000000')], [official(2019, '1100000000')]);
		expect(far).toMatchObject({ diffPct: 52.7, disagrees: true });
	});
});

describe('the progress headline compares like with like', () => {
	const five = target({ commitmentId: 5, valueUsd: '5000000000', pledgedOn: '2025-12-03' });
	const ten = target({ commitmentId: 10, valueUsd: '10000000000', pledgedOn: '2026-01-26' });

	it('takes the latest full year (official first) against a target already pledged by the end of that year', () => {
		const h = tradeHeadline(
			[point(2024, '2200000000', 'full_year', true), point(2025, '2500000000', 'M1-M10')],
			[official(2024, '2200000000'), official(2025, '2980000000', true)],
			[ten, five]
		)!;
		expect(h).toMatchObject({
			year: 2025,
			valueUsd: '2980000000',
			basis: 'official',
			isEstimate: true,
			// No rate stated here: worked out from the two official totals, and the page says so.
			growth: { pct: 35.5, how: 'computed', from: 2024 }
		});
		expect(h.target).toEqual({
			commitmentId: 5,
			valueUsd: '5000000000',
			year: null,
			pledgedOn: '2025-12-03',
			progressPct: 59.6
		});
	});

	it('never judges a year on a target pledged after it, nor on a partial year', () => {
		// Articles only, latest full year 2024: both targets came later, so there is none to compare with.
		const h = tradeHeadline(
			[
				point(2023, '1640000000'),
				point(2024, '2200000000', 'full_year', true),
				point(2025, '900000000', 'M1-M6')
			],
			[],
			[five, ten]
		)!;
		expect(h).toMatchObject({
			year: 2024,
			valueUsd: '2200000000',
			basis: 'articles',
			growth: { pct: 34.1, how: 'computed', from: 2023 },
			target: null
		});
	});

	it("gives the rate the figure's source states rather than one worked out from two rounded totals", () => {
		// A ministry rounds the year before to 2.2 bn but states +32.7 % for 2.98 bn: 2.2 → 2.98 would read +35.5 %.
		const h = tradeHeadline(
			[],
			[official(2024, '2200000000'), official(2025, '2980000000', true, 32.7)],
			[]
		)!;
		expect(h.growth).toEqual({ pct: 32.7, how: 'stated', from: 2024 });
		// An article's full-year figure with its own rate ("… tăng 34 %") is stated too.
		const fromArticle = tradeHeadline(
			[point(2023, '1640000000'), point(2024, '2200000000', 'full_year', true, 34)],
			[],
			[]
		)!;
		expect(fromArticle.growth).toEqual({ pct: 34, how: 'stated', from: 2023 });
		// The first year of a series has no year before and no stated rate: nothing is shown.
		expect(tradeHeadline([], [official(2025, '2980000000')], [])!.growth).toBeNull();
	});

	it('a target with a year before the figure is no longer in force; one without a pledge date never is', () => {
		expect(inForceFor(target({ valueUsd: '1', pledgedOn: '2019-01-05', year: 2020 }), 2021)).toBe(
			false
		);
		expect(inForceFor(target({ valueUsd: '1', pledgedOn: '2019-01-05', year: 2020 }), 2020)).toBe(
			true
		);
		expect(inForceFor(target({ valueUsd: '1', pledgedOn: null }), 2030)).toBe(false);
	});
});

describe('the trade chart', () => {
	const series: TradeSeriesInput = {
		points: [
			point(2019, '1680000000'),
			point(2023, '1640000000'),
			point(2024, '2200000000', 'full_year', true)
		],
		official: [
			official(2017, '892900000'),
			official(2019, '1100000000'),
			official(2020, '1000000000'),
			official(2023, '1600000000'),
			official(2024, '2200000000')
		],
		comparisons: compareWithOfficial(
			[point(2019, '1680000000'), point(2023, '1640000000')],
			[official(2019, '1100000000'), official(2023, '1600000000')]
		),
		targets: [
			{ title: 'ten', valueUsd: '10000000000', year: null, met: false, pledgedOn: '2026-01-26' },
			{ title: 'five', valueUsd: '5000000000', year: null, met: false, pledgedOn: '2025-12-03' },
			{ title: 'old', valueUsd: '2000000000', year: 2020, met: false, pledgedOn: '2017-06-01' }
		],
		pace: null
	};
	const spec = tradeChart(series, 'vi');
	const at = (year: number) => spec.years.indexOf(year);

	it('draws the official series with its gaps left open, and article figures as their own series', () => {
		// The axis opens at the first year searched, so the years before the first figure are gaps too.
		expect(spec.years[0]).toBe(2000);
		expect(spec.official!.values.slice(0, at(2017)).every((v) => v === null)).toBe(true);
		expect(spec.official!.values[at(2018)]).toBeNull();
		expect(spec.official!.values[at(2021)]).toBeNull();
		expect(spec.official!.values[at(2019)]).toBeCloseTo(1.1);
		expect(spec.official!.label).toBe('Thống kê chính thức');
		expect(spec.reported.label).toBe('Số liệu trong các bài báo');
		expect(spec.official!.hrefs[at(2019)]).toBe('https://example.org/2019');
		expect(spec.reported.hrefs[at(2023)]).toBe('/articles/23#trade-2023');
	});

	it('shows both figures and both sources where they disagree by more than 5 %', () => {
		expect(spec.reported.disagree[at(2019)]).toBe(true);
		expect(spec.reported.disagree[at(2023)]).toBe(false);
		const lines = spec.reported.tooltips[at(2019)]!;
		expect(lines.join('\n')).toContain('Article on 2019');
		expect(lines.join('\n')).toContain('Test customs office (reported by a test agency)');
		expect(lines.join('\n')).toMatch(/1,1 tỷ USD/);
		expect(lines.at(-1)).toContain('+52,7');
	});

	it('starts each target at its pledge year, in its own colour with its pledge date in the legend', () => {
		const [old, five, ten] = spec.targets;
		expect(spec.targets.map((t) => t.color)).toEqual([
			'--chart-target-1',
			'--chart-target-2',
			'--chart-target-3'
		]);
		expect(old!.label).toBe('Mục tiêu 2 tỷ USD năm 2020, cam kết ngày 01/06/2017');
		expect(old!.values.map((v, i) => (v === null ? null : spec.years[i]))).toEqual([
			...Array(at(2017)).fill(null),
			2017,
			2018,
			2019,
			2020,
			...Array(spec.years.length - at(2020) - 1).fill(null)
		]);
		// No target year: a level line from the pledge year to the end of the axis, never before.
		expect(five!.label).toBe('Mục tiêu 5 tỷ USD, cam kết ngày 03/12/2025');
		expect(five!.hasYear).toBe(false);
		expect(five!.values.slice(0, at(2025)).every((v) => v === null)).toBe(true);
		expect(five!.values.slice(at(2025))).toEqual([5, 5, 5]);
		// Pledged in the last data year: the axis gains a year so the line is a line.
		expect(spec.years.at(-1)).toBe(2027);
		expect(ten!.values.slice(at(2026))).toEqual([10, 10]);
		for (const t of spec.targets) expect(t.tooltip.join(' ')).not.toMatch(/2024/);
		expect(five!.tooltip).toEqual([
			'Mục tiêu 5 tỷ USD, cam kết ngày 03/12/2025',
			'không nêu năm đạt',
			'chưa đạt'
		]);
	});
});

describe('the re-pledge chart', () => {
	it('gives two versions said on the same day two different ticks', () => {
		const spec = driftChart(
			[
				{
					id: 1,
					firstMentioned: '2025-12-03',
					targetValue: '5000000000',
					targetValueMax: null,
					unit: 'USD',
					targetYear: null
				},
				{
					id: 2,
					firstMentioned: '2025-12-03',
					targetValue: '10000000000',
					targetValueMax: null,
					unit: 'USD',
					targetYear: null
				}
			],
			2,
			'vi'
		)!;
		expect(spec.labels).toEqual([
			['03/12/2025', '5 tỷ USD'],
			['03/12/2025', '10 tỷ USD']
		]);
		expect(new Set(spec.labels.map((l) => l.join(' '))).size).toBe(2);
	});
});
