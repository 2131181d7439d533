/**
 * The trade series' points as of a date: every stored trade figure whose article is visible then,
 * one chosen per year and period (trade.ts). Shared by the trade rules on the write side
 * (trade-store.ts) and the trade page's reads (queries/series.ts).
 */
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, tradeObservations } from '../db/schema';
import { buildSeries, type TradePoint } from './trade';
import { articleVisible } from './visibility';

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
