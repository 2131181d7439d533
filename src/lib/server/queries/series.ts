/** The trade series as of a date, with the trade targets tied to it. */
import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitments, mentions } from '../db/schema';
import { percentOf } from '../../decimal';
import { statesAsStep } from '../track/steps';
import { summarize, type CommitmentSummary } from './summaries';
import {
	growthTargetResult,
	paceToTarget,
	usdTargetProgress,
	type GrowthTargetResult,
	type Pace,
	type SourceRef,
	type TradePoint,
	type UsdTargetProgress
} from '../track/trade';
import { loadTradePoints } from '../track/trade-points';
import {
	compareWithOfficial,
	fullYearFigures,
	tradeHeadline,
	type OfficialComparison,
	type TradeHeadline
} from './trade-compare';
import { loadOfficialSeries, type OfficialPoint } from './official';

export interface TradeSeries {
	points: (Omit<TradePoint, 'chosen' | 'sources'> & { chosen: SourceRef; sources: SourceRef[] })[];
	/** Official statistics, one figure per ended year, each with its source. */
	official: OfficialPoint[];
	/** Years with both an official and an article full-year figure, and how far apart they are. */
	comparisons: OfficialComparison[];
	/** `titleEn`: the English title, so English readers are not handed the Vietnamese one. */
	targets: (Omit<UsdTargetProgress, 'metBy'> & {
		pledgedOn: string | null;
		titleEn: string | null;
	})[];
	/** The latest full year against a target that was in force then. */
	headline: TradeHeadline | null;
	growthTargets: (GrowthTargetResult & { titleEn: string | null })[];
	pace: Pace | null;
}

/** Trade targets: sector trade, kind target, in USD (absolute) or % (growth). */
export async function loadTradeTargets(
	db: Db,
	asOf: string,
	cached?: boolean
): Promise<CommitmentSummary[]> {
	const { items } = await summarize(db, {
		asOf,
		cached,
		where: [
			eq(commitments.sector, 'trade'),
			eq(commitments.kind, 'target'),
			inArray(commitments.unit, ['USD', '%']),
			isNotNull(commitments.targetValue)
		],
		sort: 'first_mentioned',
		order: 'asc'
	});
	return items;
}

export function usdTargets(
	items: CommitmentSummary[],
	points: TradePoint[],
	pledged?: Map<number, string>
): (UsdTargetProgress & { pledgedOn: string | null; titleEn: string | null })[] {
	// A USD target whose amount is unknown (an editor cleared a misread value) has nothing to measure
	// progress against, and must not stop the trade rules of every later import (issue #18).
	return items
		.filter(
			(i): i is CommitmentSummary & { targetValue: string } =>
				i.unit === 'USD' && i.targetValue !== null
		)
		.map((i) => {
			const pledgedOn = pledged?.get(i.id) ?? i.firstMentioned;
			return {
				...usdTargetProgress(
					{
						commitmentId: i.id,
						title: i.title,
						valueUsd: i.targetValue,
						year: i.targetYear,
						pledgedOn
					},
					points
				),
				pledgedOn,
				titleEn: i.titleEn
			};
		});
}

/**
 * When each USD target was pledged: the earliest dated article that states it as the target to
 * reach. A mention naming it only as the next step beside another target ("sớm đạt mục tiêu 5 tỉ
 * USD và hướng tới mốc 10 tỉ USD trong thời gian tới") is its first mention, not its pledge: the
 * target in force that day was the other one. Known only as a step, the first mention is used.
 */
export async function loadPledgeDates(
	db: Db,
	asOf: string,
	items: CommitmentSummary[]
): Promise<Map<number, string>> {
	const usd = items.filter((i) => i.unit === 'USD' && i.targetValue !== null);
	if (usd.length === 0) return new Map();
	const rows = await db
		.select({ id: mentions.commitmentId, quote: mentions.quote, day: articles.publishedOn })
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(
			and(
				inArray(
					mentions.commitmentId,
					usd.map((i) => i.id)
				),
				isNotNull(articles.publishedOn),
				lte(articles.publishedOn, asOf)
			)
		);
	const out = new Map<number, string>();
	for (const i of usd) {
		const days = rows
			.filter((r) => r.id === i.id && !statesAsStep(r.quote, i.targetValue!, i.unit!))
			.map((r) => r.day!)
			.sort();
		if (days[0]) out.set(i.id, days[0]);
	}
	return out;
}

/**
 * The versions of a re-pledge chain, each with its pledge date (`loadPledgeDates`), so the item
 * page's re-pledge chart dates a target as the trade chart, its legend and the headline do.
 */
export async function withPledgeDates<T extends CommitmentSummary>(
	db: Db,
	asOf: string,
	chain: T[]
): Promise<(T & { pledgedOn: string | null })[]> {
	const pledged =
		chain.length > 1 ? await loadPledgeDates(db, asOf, chain) : new Map<number, string>();
	return chain.map((v) => ({ ...v, pledgedOn: pledged.get(v.id) ?? null }));
}

/** `cached`: whether the stats cache covers `asOf`, when the caller already asked (stats.ts). */
export async function getTradeSeries(db: Db, asOf: string, cached?: boolean): Promise<TradeSeries> {
	const [points, official, items] = await Promise.all([
		loadTradePoints(db, asOf),
		loadOfficialSeries(db, asOf),
		loadTradeTargets(db, asOf, cached)
	]);
	const targets = usdTargets(items, points, await loadPledgeDates(db, asOf, items));
	// Progress is measured on the latest full-year figure (official first), never on a part of a year.
	const basis = fullYearFigures(points, official).at(-1);
	for (const t of targets) t.progressPct = basis ? percentOf(basis.valueUsd, t.valueUsd) : null;
	const growthTargets = items
		// Likewise a growth target without a rate: Number(null) would judge it as a 0 % target.
		.filter((i) => i.unit === '%' && i.targetValue !== null)
		.map((i) => ({
			...growthTargetResult(
				{
					commitmentId: i.id,
					title: i.title,
					minPct: Number(i.targetValue),
					maxPct: Number(i.targetValueMax ?? i.targetValue),
					year: i.targetYear,
					// Without a year of its own it is judged on the year after this (growthTargetYear).
					pledgedOn: i.firstMentioned
				},
				points
			),
			titleEn: i.titleEn
		}));
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
