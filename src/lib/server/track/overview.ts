/** The dashboard's front page in a handful of queries. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitments, mentions, statusEvents } from '../db/schema';
import { compareDecimal } from './decimal';
import { getTradeSeries } from './series';
import { statsCacheCovers } from './stats';
import { STATUSES, isFinal, type Status } from './status';
import { summarize, type CommitmentSummary } from './summaries';
import { eventVisible } from './visibility';

export interface Overview {
	byStatus: { status: Status; count: number }[];
	bySector: { sector: string; count: number }[];
	upcomingDeadlines: CommitmentSummary[];
	passedDeadlines: CommitmentSummary[];
	recentlyChanged: { commitment: CommitmentSummary; event: { id: number; fromStatus: string | null; toStatus: string; reason: string; createdAt: string; effectiveOn: string | null } }[];
	quiet: CommitmentSummary[];
	trade: { latestYear: number; latestValueUsd: string; growthPct: number | null; isEstimate: boolean; target: { valueUsd: string; year: number | null; progressPct: number | null; commitmentId: number } | null } | null;
	lastUpdated: string;
}

const LIST = 10;

export async function getOverview(db: Db, asOf: string): Promise<Overview> {
	const cached = await statsCacheCovers(db, asOf);
	const { items } = await summarize(db, { asOf, cached });
	const byId = new Map(items.map((i) => [i.id, i]));
	const byStatus = STATUSES.map((status) => ({ status, count: items.filter((i) => i.status === status).length }));
	const sectors = new Map<string, number>();
	for (const i of items) sectors.set(i.sector, (sectors.get(i.sector) ?? 0) + 1);
	const events = await db
		.select({ e: statusEvents })
		.from(statusEvents)
		.innerJoin(commitments, and(eq(commitments.id, statusEvents.commitmentId), sql`${commitments.mergedIntoId} is null`))
		.where(eventVisible(asOf))
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(LIST * 3);
	const series = await getTradeSeries(db, asOf, cached);
	const [stamp] = await db
		.select({
			at: sql<string>`greatest(
				(select max(${articles.createdAt}) from ${articles}),
				(select max(${mentions.createdAt}) from ${mentions}),
				(select max(${statusEvents.createdAt}) from ${statusEvents}),
				(select max(${commitments.updatedAt}) from ${commitments}))`
		})
		.from(sql`(select 1) as one`);
	const latest = series.points.at(-1);
	const target = series.targets.filter((t) => !t.met).sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999) || compareDecimal(a.valueUsd, b.valueUsd))[0] ?? null;
	const open = items.filter((i) => !isFinal(i.status) && i.deadline !== null);
	return {
		byStatus,
		bySector: [...sectors].map(([sector, count]) => ({ sector, count })).sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
		upcomingDeadlines: open.filter((i) => i.deadline! >= asOf).sort((a, b) => a.deadline!.localeCompare(b.deadline!)).slice(0, LIST),
		passedDeadlines: items.filter((i) => i.overdue).sort((a, b) => b.deadline!.localeCompare(a.deadline!)).slice(0, LIST),
		recentlyChanged: events
			.filter(({ e }) => byId.has(e.commitmentId))
			.slice(0, LIST)
			.map(({ e }) => ({
				commitment: byId.get(e.commitmentId)!,
				event: { id: e.id, fromStatus: e.fromStatus, toStatus: e.toStatus, reason: e.reason, createdAt: e.createdAt.toISOString(), effectiveOn: e.effectiveOn }
			})),
		quiet: items.filter((i) => i.quiet).slice(0, LIST),
		trade: latest
			? {
					latestYear: latest.year,
					latestValueUsd: latest.valueUsd,
					growthPct: latest.growthPct,
					isEstimate: latest.isEstimate,
					target: target ? { valueUsd: target.valueUsd, year: target.year, progressPct: target.progressPct, commitmentId: target.commitmentId } : null
				}
			: null,
		lastUpdated: stamp?.at ? new Date(stamp.at).toISOString() : new Date(0).toISOString()
	};
}
