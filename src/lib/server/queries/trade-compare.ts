/**
 * The article-reported series beside the official one: where they disagree, and the headline
 * that compares like with like. Pure functions over what series.ts loaded.
 */
import { compareDecimal, growthPct, percentOf } from '../../decimal';
import type { TradePoint } from '../track/trade';

/** More than this many per cent apart, an article's figure and the official one are both shown. */
export const DISAGREE_PCT = 5;

export interface OfficialRef {
	year: number;
	valueUsd: string;
	isEstimate: boolean;
	source: string;
	url: string;
	/** Stated by the source, per cent; null when it states none. */
	growthPct: number | null;
}

export interface OfficialComparison {
	year: number;
	officialValueUsd: string;
	reportedValueUsd: string;
	/** (reported − official) ÷ official, in per cent, one decimal. */
	diffPct: number;
	disagrees: boolean;
}

/**
 * Per year with both an official figure and a full-year figure from articles. A partial-year
 * article figure is not compared: nine months against twelve would always "disagree".
 */
export function compareWithOfficial(
	points: Pick<TradePoint, 'year' | 'valueUsd' | 'period'>[],
	official: OfficialRef[]
): OfficialComparison[] {
	const byYear = new Map(official.map((o) => [o.year, o]));
	const out: OfficialComparison[] = [];
	for (const p of points) {
		const o = byYear.get(p.year);
		if (!o || p.period !== 'full_year') continue;
		const pct = percentOf(p.valueUsd, o.valueUsd);
		if (pct === null) continue;
		const diffPct = Math.round((pct - 100) * 10) / 10;
		out.push({
			year: p.year,
			officialValueUsd: o.valueUsd,
			reportedValueUsd: p.valueUsd,
			diffPct,
			disagrees: Math.abs(diffPct) > DISAGREE_PCT
		});
	}
	return out;
}

export interface HeadlineTarget {
	commitmentId: number;
	valueUsd: string;
	year: number | null;
	/** The day the target was first stated (its earliest dated evidence). */
	pledgedOn: string | null;
	met: boolean;
}

export interface TradeHeadline {
	/** The latest year with a full-year figure. */
	year: number;
	valueUsd: string;
	isEstimate: boolean;
	/** Official statistics when they have the year, else the articles' full-year figure. */
	basis: 'official' | 'articles';
	/**
	 * The change on the year before: as the figure's source states it ('stated'), else worked out from
	 * the two years' figures on the same basis ('computed', which the page says); null when neither exists.
	 */
	growth: { pct: number; how: 'stated' | 'computed'; from: number } | null;
	target: {
		commitmentId: number;
		valueUsd: string;
		year: number | null;
		pledgedOn: string;
		progressPct: number;
	} | null;
}

interface YearFigure {
	year: number;
	valueUsd: string;
	isEstimate: boolean;
	basis: 'official' | 'articles';
	statedGrowthPct: number | null;
}

/** Full-year figures per year, the official one first when both exist. */
export function fullYearFigures(
	points: Pick<TradePoint, 'year' | 'valueUsd' | 'period' | 'isEstimate' | 'growthPct'>[],
	official: OfficialRef[]
): YearFigure[] {
	const byYear = new Map<number, YearFigure>();
	for (const p of points)
		if (p.period === 'full_year')
			byYear.set(p.year, {
				year: p.year,
				valueUsd: p.valueUsd,
				isEstimate: p.isEstimate,
				basis: 'articles',
				statedGrowthPct: p.growthPct
			});
	for (const o of official)
		byYear.set(o.year, {
			year: o.year,
			valueUsd: o.valueUsd,
			isEstimate: o.isEstimate,
			basis: 'official',
			statedGrowthPct: o.growthPct
		});
	return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/**
 * A target was in force for year Y when it had been pledged by the end of Y, and its own
 * year (if any) is Y or later. A target pledged after Y is not judged on Y's figure.
 */
export function inForceFor(target: HeadlineTarget, year: number): boolean {
	return (
		target.pledgedOn !== null &&
		target.pledgedOn <= `${year}-12-31` &&
		(target.year === null || target.year >= year)
	);
}

/**
 * The latest full year against the nearest open target that was in force that year: no
 * partial year beside a yearly target, no target pledged after the figure's year.
 */
export function tradeHeadline(
	points: Pick<TradePoint, 'year' | 'valueUsd' | 'period' | 'isEstimate' | 'growthPct'>[],
	official: OfficialRef[],
	targets: HeadlineTarget[]
): TradeHeadline | null {
	const figures = fullYearFigures(points, official);
	const latest = figures.at(-1);
	if (!latest) return null;
	const previous = figures.find((f) => f.year === latest.year - 1 && f.basis === latest.basis);
	const target = targets
		.filter((t) => !t.met && inForceFor(t, latest.year))
		.sort(
			(a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareDecimal(a.valueUsd, b.valueUsd)
		)[0];
	const computed = previous ? growthPct(previous.valueUsd, latest.valueUsd) : null;
	return {
		year: latest.year,
		valueUsd: latest.valueUsd,
		isEstimate: latest.isEstimate,
		basis: latest.basis,
		growth:
			latest.statedGrowthPct !== null
				? { pct: latest.statedGrowthPct, how: 'stated', from: latest.year - 1 }
				: computed !== null
					? { pct: computed, how: 'computed', from: latest.year - 1 }
					: null,
		target: target
			? {
					commitmentId: target.commitmentId,
					valueUsd: target.valueUsd,
					year: target.year,
					pledgedOn: target.pledgedOn!,
					progressPct: percentOf(latest.valueUsd, target.valueUsd) ?? 0
				}
			: null
	};
}
