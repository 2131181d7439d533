/**
 * The yearly trade series from every article's trade figures. Pure: the queries load the
 * observations and targets, these functions decide which figure stands for each year.
 *
 * Choosing a year's figure: a full year beats a partial year (and more months beat fewer),
 * a final figure beats an estimate, a later report beats an earlier one. Every source stays
 * on the point. Two sources of equal standing (same period, both final or both estimates)
 * that give different values are a disagreement, flagged on the point.
 */
import {
	compareDecimal,
	growthPct,
	normalizeDecimal,
	percentOf,
	requiredYearlyGrowthPct
} from '../../decimal';

export interface SourceRef {
	observationId: number;
	articleId: number;
	articleTitle: string;
	publishedOn: string | null;
	quote: string;
	start: number;
	end: number;
	valueUsd: string;
	isEstimate: boolean;
	period: string;
	growthPct: number | null;
}

export interface ObservationInput extends SourceRef {
	year: number;
}

export interface TradePoint {
	year: number;
	valueUsd: string;
	isEstimate: boolean;
	period: string;
	growthPct: number | null;
	chosen: SourceRef;
	sources: SourceRef[];
	disagreement: boolean;
}

/** 'full_year' → 12; 'M1-M9' → 9; anything unreadable counts as less than a full year. */
export function periodMonths(period: string): number {
	if (period === 'full_year') return 12;
	const m = /^M(\d{1,2})-M(\d{1,2})$/.exec(period);
	return m ? Math.max(0, Number(m[2]) - Number(m[1]) + 1) : 0;
}

/** Negative when `a` should stand for the year rather than `b`. */
export function preferSource(a: SourceRef, b: SourceRef): number {
	return (
		periodMonths(b.period) - periodMonths(a.period) ||
		Number(a.isEstimate) - Number(b.isEstimate) ||
		(b.publishedOn ?? '').localeCompare(a.publishedOn ?? '') ||
		b.observationId - a.observationId
	);
}

export function buildSeries(observations: ObservationInput[]): TradePoint[] {
	const byYear = new Map<number, SourceRef[]>();
	for (const { year, ...ref } of observations)
		byYear.set(year, [
			...(byYear.get(year) ?? []),
			{ ...ref, valueUsd: normalizeDecimal(ref.valueUsd) }
		]);
	const points: TradePoint[] = [];
	for (const [year, refs] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const sources = [...refs].sort(preferSource);
		const chosen = sources[0]!;
		points.push({
			year,
			valueUsd: chosen.valueUsd,
			isEstimate: chosen.isEstimate,
			period: chosen.period,
			growthPct: chosen.growthPct,
			chosen,
			sources,
			disagreement: hasDisagreement(sources)
		});
	}
	// A stated growth rate is kept; otherwise it is computed from the previous full year.
	for (let i = 1; i < points.length; i++) {
		const prev = points[i - 1]!;
		const cur = points[i]!;
		if (
			cur.growthPct === null &&
			prev.year === cur.year - 1 &&
			prev.period === 'full_year' &&
			cur.period === 'full_year'
		)
			cur.growthPct = growthPct(prev.valueUsd, cur.valueUsd);
	}
	return points;
}

function hasDisagreement(sources: SourceRef[]): boolean {
	const seen = new Map<string, string>();
	for (const s of sources) {
		const key = `${s.period}|${s.isEstimate}`;
		const v = seen.get(key);
		if (v !== undefined && compareDecimal(v, s.valueUsd) !== 0) return true;
		seen.set(key, s.valueUsd);
	}
	return false;
}

export interface UsdTargetInput {
	commitmentId: number;
	title: string;
	valueUsd: string;
	year: number | null;
	/** The day it was pledged; a full year that ended before it does not meet it. */
	pledgedOn?: string | null;
}

export interface UsdTargetProgress extends UsdTargetInput {
	met: boolean;
	/** The final full-year point that met it, when met. */
	metBy: TradePoint | null;
	progressPct: number | null;
}

/**
 * Met only by a final full-year figure, in or before the target year when there is one, and not of
 * a year that had ended before the pledge (a level reached in 2024 does not meet a 2025 pledge).
 */
export function usdTargetProgress(target: UsdTargetInput, points: TradePoint[]): UsdTargetProgress {
	const from = target.pledgedOn ? Number(target.pledgedOn.slice(0, 4)) : null;
	const metBy =
		points.find(
			(p) =>
				p.period === 'full_year' &&
				!p.isEstimate &&
				compareDecimal(p.valueUsd, target.valueUsd) >= 0 &&
				(target.year === null || p.year <= target.year) &&
				(from === null || p.year >= from)
		) ?? null;
	const latest = points.at(-1);
	return {
		...target,
		valueUsd: normalizeDecimal(target.valueUsd),
		met: metBy !== null,
		metBy,
		progressPct: latest ? percentOf(latest.valueUsd, target.valueUsd) : null
	};
}

export interface GrowthTargetInput {
	commitmentId: number;
	title: string;
	minPct: number;
	maxPct: number;
	year: number | null;
	/** The day it was pledged (its earliest dated evidence); null when only undated articles state it. */
	pledgedOn?: string | null;
}

export interface GrowthTargetResult extends GrowthTargetInput {
	/** The year whose growth judges it: its own year, else the year after its pledge; null when neither is known. */
	judgedYear: number | null;
	actualPct: number | null;
	met: boolean | null;
}

/**
 * The year a growth target speaks of: its own year, else the first full year after its pledge
 * ("raise trade by 10 %" said in 2017 is about 2018), never whatever year the series ends on.
 */
export function growthTargetYear(
	target: Pick<GrowthTargetInput, 'year' | 'pledgedOn'>
): number | null {
	if (target.year !== null) return target.year;
	const pledged = target.pledgedOn ? Number(target.pledgedOn.slice(0, 4)) : NaN;
	return Number.isInteger(pledged) ? pledged + 1 : null;
}

/**
 * A growth target is judged on the full-year growth of `growthTargetYear`; with no figure for that
 * year (or only part of it) it stays unjudged, as does a yearless target whose pledge is undated.
 */
export function growthTargetResult(
	target: GrowthTargetInput,
	points: TradePoint[]
): GrowthTargetResult {
	const judgedYear = growthTargetYear(target);
	const point =
		judgedYear === null
			? undefined
			: points.find((p) => p.year === judgedYear && p.period === 'full_year');
	const actualPct = point?.growthPct ?? null;
	return {
		...target,
		judgedYear,
		actualPct,
		met: actualPct === null ? null : actualPct >= target.minPct
	};
}

export interface Pace {
	fromYear: number;
	fromValueUsd: string;
	toYear: number;
	toValueUsd: string;
	requiredGrowthPct: number | null;
	commitmentId: number;
}

/** Yearly growth needed from the latest point to the nearest unmet dated target after it. */
export function paceToTarget(targets: UsdTargetProgress[], points: TradePoint[]): Pace | null {
	const latest = points.at(-1);
	if (!latest) return null;
	const next = targets
		.filter((t) => !t.met && t.year !== null && t.year > latest.year)
		.sort((a, b) => a.year! - b.year! || compareDecimal(b.valueUsd, a.valueUsd))[0];
	if (!next) return null;
	return {
		fromYear: latest.year,
		fromValueUsd: latest.valueUsd,
		toYear: next.year!,
		toValueUsd: next.valueUsd,
		requiredGrowthPct: requiredYearlyGrowthPct(
			latest.valueUsd,
			next.valueUsd,
			next.year! - latest.year
		),
		commitmentId: next.commitmentId
	};
}
