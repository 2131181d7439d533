/** The trade series as of a date, with the trade targets tied to it. */
import { asc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitments, tradeObservations } from '../db/schema';
import { percentOf } from './decimal';
import { summarize, type CommitmentSummary } from './summaries';
import {
	buildSeries,
	growthTargetResult,
	paceToTarget,
	usdTargetProgress,
	type GrowthTargetResult,
	type Pace,
	type SourceRef,
	type TradePoint,
	type UsdTargetProgress
} from './trade';
import { articleVisible } from './visibility';
import { compareWithOfficial, fullYearFigures, tradeHeadline, type OfficialComparison, type TradeHeadline } from './trade-compare';
import { loadOfficialSeries, type OfficialPoint } from './trade-official';

export interface TradeSeries {
	points: (Omit<TradePoint, 'chosen' | 'sources'> & { chosen: SourceRef; sources: SourceRef[] })[];
	/** Official statistics, one figure per ended year, each with its source. */
	official: OfficialPoint[];
	/** Years with both an official and an article full-year figure, and how far apart they are. */
	comparisons: OfficialComparison[];
	targets: (Omit<UsdTargetProgress, 'metBy'> & { pledgedOn: string | null })[];
	/** The latest full year against a target that was in force then. */
	headline: TradeHeadline | null;
	growthTargets: GrowthTargetResult[];
	pace: Pace | null;
}

export async function loadTradePoints(db: Db, asOf: string): Promise<TradePoint[]> {
	const rows = await db
		.select({ o: tradeObservations, title: articles.title, publishedOn: articles.publishedOn })
		.from(tradeObservations)
		.innerJoin(articles, eq(articles.id, tradeObservations.articleId))
		.where(articleVisible(asOf))
		.orderBy(asc(tradeObservations.year), asc(tradeObservations.id));
	return buildSeries(
		rows.map(({ o, title, publishedOn }) => ({
			observationId: o.id,
			articleId: o.articleId,
			articleTitle: title,
			publishedOn,
			quote: o.quote,
			start: o.start,
			end: o.end,
			valueUsd: o.valueUsd,
			isEstimate: o.isEstimate,
			period: o.period,
			growthPct: o.growthPct === null ? null : Number(o.growthPct),
			year: o.year
		}))
	);
}

/** Trade targets: sector trade, kind target, in USD (absolute) or % (growth). */
export async function loadTradeTargets(db: Db, asOf: string, cached?: boolean): Promise<CommitmentSummary[]> {
	const { items } = await summarize(db, {
		asOf,
		cached,
		where: [eq(commitments.sector, 'trade'), eq(commitments.kind, 'target'), inArray(commitments.unit, ['USD', '%']), isNotNull(commitments.targetValue)],
		sort: 'first_mentioned',
		order: 'asc'
	});
	return items;
}

export function usdTargets(items: CommitmentSummary[], points: TradePoint[]): (UsdTargetProgress & { pledgedOn: string | null })[] {
	return items
		.filter((i) => i.unit === 'USD')
		.map((i) => ({ ...usdTargetProgress({ commitmentId: i.id, title: i.title, valueUsd: i.targetValue!, year: i.targetYear }, points), pledgedOn: i.firstMentioned }));
}

/** `cached`: whether the stats cache covers `asOf`, when the caller already asked (stats.ts). */
export async function getTradeSeries(db: Db, asOf: string, cached?: boolean): Promise<TradeSeries> {
	const [points, official, items] = await Promise.all([loadTradePoints(db, asOf), loadOfficialSeries(db, asOf), loadTradeTargets(db, asOf, cached)]);
	const targets = usdTargets(items, points);
	// Progress is measured on the latest full-year figure (official first), never on a part of a year.
	const basis = fullYearFigures(points, official).at(-1);
	for (const t of targets) t.progressPct = basis ? percentOf(basis.valueUsd, t.valueUsd) : null;
	const growthTargets = items
		.filter((i) => i.unit === '%')
		.map((i) =>
			growthTargetResult(
				{ commitmentId: i.id, title: i.title, minPct: Number(i.targetValue), maxPct: Number(i.targetValueMax ?? i.targetValue), year: i.targetYear },
				points
			)
		);
	return {
		points,
		official,
		comparisons: compareWithOfficial(points, official),
		targets: targets.map(({ metBy: _metBy, ...t }) => t),
		headline: tradeHeadline(points, official, targets),
		growthTargets,
		pace: paceToTarget(targets, points)
	};
}

