/** Storing trade figures, and the one status rule the system applies by itself. */
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, statusEvents, tradeObservations } from '../db/schema';
import type { TradeObservation } from '../extract/index';
import { currentStatus } from './current-status';
import { loadTradePoints, usdTargets } from './series';
import { isFinal } from './status';
import { summarize } from './summaries';

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
	const { items } = await summarize(tx, {
		asOf: EVER,
		where: [
			eq(commitments.sector, 'trade'),
			eq(commitments.kind, 'target'),
			inArray(commitments.unit, ['USD'])
		]
	});
	let n = 0;
	for (const t of usdTargets(items, points)) {
		if (!t.met || !t.metBy) continue;
		const now = (await currentStatus(tx, t.commitmentId)) ?? 'announced';
		if (isFinal(now)) continue;
		const src = t.metBy.chosen;
		await tx.insert(statusEvents).values({
			commitmentId: t.commitmentId,
			fromStatus: now,
			toStatus: 'achieved',
			reason: `Trade series: the final ${t.metBy.year} figure (${t.metBy.valueUsd} USD) reaches the target of ${t.valueUsd} USD`,
			note: src.quote,
			evidenceUrl: `/articles/${src.articleId}#${src.start}-${src.end}`,
			effectiveOn: src.publishedOn
		});
		n++;
	}
	return n;
}
