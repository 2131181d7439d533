/** Storing trade figures, and the one status rule the system applies by itself. */
import { and, desc, eq, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitmentStats, commitments, statusEvents, tradeObservations } from '../db/schema';
import type { TradeObservation } from '../extract/index';
import { currentStatus } from './current-status';
import { FINAL_STATUSES, isFinal } from './status';
import { usdTargetProgress } from './trade';
import { compareDecimal } from '../../decimal';
import { loadTradePoints } from './trade-points';

const EVER = '9999-12-31';

export async function storeObservations(
	tx: Db,
	articleId: number,
	obs: TradeObservation[]
): Promise<number> {
	if (obs.length === 0) return 0;
	const inserted = await tx
		.insert(tradeObservations)
		.values(
			obs.map((o) => ({
				articleId,
				year: o.year,
				valueUsd: o.value_usd,
				period: o.period,
				isEstimate: o.is_estimate,
				growthPct: o.growth_pct === null ? null : String(o.growth_pct),
				quote: o.quote,
				start: o.start,
				end: o.end
			}))
		)
		.onConflictDoNothing()
		.returning({ id: tradeObservations.id });
	return inserted.length;
}

/**
 * A USD trade target reached by a final full-year figure is achieved, applied at once with
 * the figure's quote as evidence. Never overrides a final status an editor already set.
 *
 * Only the targets a figure meets and that are not final yet are read: the figures (a few per
 * year) go to the query, which keeps a target if one of them reaches its amount in or before its
 * year and not before its pledge, the test usdTargetProgress makes (and then makes again). So the cost follows the targets this import can change,
 * not every target of the tracker.
 */
export async function applyTradeRules(tx: Db): Promise<number> {
	const points = await loadTradePoints(tx, EVER);
	const reaching = points
		.filter((p) => p.period === 'full_year' && !p.isEstimate)
		.map((p) => ({ year: p.year, value: p.valueUsd }));
	if (reaching.length === 0) return 0;
	const highest = reaching.reduce((a, b) => (compareDecimal(a.value, b.value) >= 0 ? a : b)).value;
	// Every USD trade target with a known amount that is not merged away, has been mentioned
	// (its commitment_stats row, kept by triggers within this transaction), is met by a figure
	// and not final, latest mentioned first.
	const targets = await tx
		.select({
			id: commitments.id,
			title: commitments.title,
			targetValue: commitments.targetValue,
			targetYear: commitments.targetYear,
			firstMentioned: commitmentStats.firstMentioned
		})
		.from(commitments)
		.innerJoin(commitmentStats, eq(commitmentStats.commitmentId, commitments.id))
		.where(
			and(
				isNull(commitments.mergedIntoId),
				eq(commitments.sector, 'trade'),
				eq(commitments.unit, 'USD'),
				isNotNull(commitments.targetValue),
				// The index's range: no figure reaches a larger amount.
				sql`${commitments.targetValue} <= ${highest}::numeric`,
				eq(commitments.kind, 'target'),
				notInArray(commitmentStats.status, [...FINAL_STATUSES]),
				sql`exists (select 1 from json_to_recordset(${JSON.stringify(reaching)}::json) as p(year int, value numeric)
					where p.value >= ${commitments.targetValue} and (${commitments.targetYear} is null or p.year <= ${commitments.targetYear})
						and (${commitmentStats.firstMentioned} is null or p.year >= extract(year from ${commitmentStats.firstMentioned})))`
			)
		)
		.orderBy(sql`${commitmentStats.lastMentioned} desc nulls last`, desc(commitments.id));
	let n = 0;
	for (const target of targets) {
		const t = usdTargetProgress(
			{
				commitmentId: target.id,
				title: target.title,
				valueUsd: target.targetValue!,
				year: target.targetYear,
				// A year that had ended before the target was first stated does not achieve it.
				pledgedOn: target.firstMentioned
			},
			points
		);
		if (!t.met || !t.metBy) continue;
		const now = (await currentStatus(tx, t.commitmentId)) ?? 'announced';
		if (isFinal(now)) continue;
		const src = t.metBy.chosen;
		await tx.insert(statusEvents).values({
			commitmentId: t.commitmentId,
			fromStatus: now,
			toStatus: 'achieved',
			reason: '',
			reasonKey: 'trade_met',
			reasonParams: { year: t.metBy.year, value: t.metBy.valueUsd, target: t.valueUsd },
			note: src.quote,
			evidenceUrl: `/articles/${src.articleId}#${src.start}-${src.end}`,
			effectiveOn: src.publishedOn
		});
		n++;
	}
	return n;
}
