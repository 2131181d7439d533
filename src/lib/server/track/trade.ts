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
}

export interface UsdTargetProgress extends UsdTargetInput {
	met: boolean;
	/** The final full-year point that met it, when met. */
	metBy: TradePoint | null;
	progressPct: number | null;
}

/** Met only by a final full-year figure, in or before the target year when there is one. */
export function usdTargetProgress(target: UsdTargetInput, points: TradePoint[]): UsdTargetProgress {
	const metBy =
		points.find(
			(p) =>
				p.period === 'full_year' &&
				!p.isEstimate &&
				compareDecimal(p.valueUsd, target.valueUsd) >= 0 &&
				(target.year === null || p.year <= target.year)
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
}

export interface GrowthTargetResult extends GrowthTargetInput {
	actualPct: number | null;
	met: boolean | null;
}

/** A growth target for year Y is judged on Y's growth; without a year, on the latest year's. */
export function growthTargetResult(
	target: GrowthTargetInput,
	points: TradePoint[]
): GrowthTargetResult {
	const point = target.year === null ? points.at(-1) : points.find((p) => p.year === target.year);
	const actualPct = point?.growthPct ?? null;
	return { ...target, actualPct, met: actualPct === null ? null : actualPct >= target.minPct };
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
