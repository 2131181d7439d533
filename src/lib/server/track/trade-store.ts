/** Storing trade figures, and the one status rule the system applies by itself. */
import { and, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitmentStats, commitments, statusEvents, tradeObservations } from '../db/schema';
import type { TradeObservation } from '../extract/index';
import { currentStatus } from './current-status';
import { isFinal } from './status';
import { usdTargetProgress } from './trade';
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
 */
export async function applyTradeRules(tx: Db): Promise<number> {
	const points = await loadTradePoints(tx, EVER);
	if (points.length === 0) return 0;
	// Every USD trade target with a known amount that is not merged away and has been mentioned
	// (its commitment_stats row, kept by triggers within this transaction), latest mentioned first.
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
				eq(commitments.kind, 'target'),
				eq(commitments.unit, 'USD'),
				isNotNull(commitments.targetValue)
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
