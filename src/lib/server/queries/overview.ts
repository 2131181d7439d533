/** The dashboard's front page in a handful of queries. */
import { and, asc, desc, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, statusEvents } from '../db/schema';
import { lastDataChange } from './articles';
import { getTradeSeries } from './series';
import type { TradeHeadline } from './trade-compare';
import { statsCacheCovers } from './stats';
import { FINAL_STATUSES, STATUSES, isFinal, quietCutoff, type Status } from '../track/status';
import {
	countByStatusAndSector,
	summarize,
	type CommitmentSummary,
	type StatsColumns
} from './summaries';
import { eventVisible } from '../track/visibility';
import { KINDS, type Kind } from '../../vocabulary';

export interface Overview {
	byStatus: { status: Status; count: number }[];
	/** Items of each kind: what has a deliverable to check, and what is a policy line. */
	byKind: Record<Kind, number>;
	bySector: { sector: string; count: number }[];
	upcomingDeadlines: CommitmentSummary[];
	passedDeadlines: CommitmentSummary[];
	recentlyChanged: {
		commitment: CommitmentSummary;
		event: {
			id: number;
			fromStatus: string | null;
			toStatus: string;
			reason: string;
			createdAt: string;
			effectiveOn: string | null;
		};
	}[];
	quiet: CommitmentSummary[];
	trade: TradeHeadline | null;
	lastUpdated: string;
}

const LIST = 10;

/**
 * Counts in SQL, and the summaries of only the items the short lists can show: each list's
 * first ten picked by a limited query over the statistics, plus the items of the latest
 * events. The lists are then cut from those exactly as from all items (same order, ties included).
 */
export async function getOverview(db: Db, asOf: string): Promise<Overview> {
	const cached = await statsCacheCovers(db, asOf);
	const [counts, { events, items }, series, lastUpdated] = await Promise.all([
		countByStatusAndSector(db, asOf, cached),
		changedAndListed(db, asOf, cached),
		getTradeSeries(db, asOf, cached),
		lastDataChange(db).then((at) => at ?? new Date(0).toISOString())
	]);
	const byId = new Map(items.map((i) => [i.id, i]));
	const byStatus = STATUSES.map((status) => ({
		status,
		count: counts.filter((c) => c.status === status).reduce((n, c) => n + c.count, 0)
	}));
	const byKind = Object.fromEntries(
		KINDS.map((kind) => [
			kind,
			counts.filter((c) => c.kind === kind).reduce((n, c) => n + c.count, 0)
		])
	) as Record<Kind, number>;
	const sectors = new Map<string, number>();
	for (const c of counts) sectors.set(c.sector, (sectors.get(c.sector) ?? 0) + c.count);
	const open = items.filter((i) => !isFinal(i.status) && i.deadline !== null);
	return {
		byStatus,
		byKind,
		bySector: [...sectors]
			.map(([sector, count]) => ({ sector, count }))
			.sort((a, b) => b.count - a.count || a.sector.localeCompare(b.sector)),
		upcomingDeadlines: open
			.filter((i) => i.deadline! >= asOf)
			.sort((a, b) => a.deadline!.localeCompare(b.deadline!))
			.slice(0, LIST),
		passedDeadlines: items
			.filter((i) => i.overdue)
			.sort((a, b) => b.deadline!.localeCompare(a.deadline!))
			.slice(0, LIST),
		recentlyChanged: events
			.filter((e) => byId.has(e.commitmentId))
			.slice(0, LIST)
			.map((e) => ({
				commitment: byId.get(e.commitmentId)!,
				event: {
					id: e.id,
					fromStatus: e.fromStatus,
					toStatus: e.toStatus,
					reason: e.reason,
					createdAt: e.createdAt.toISOString(),
					effectiveOn: e.effectiveOn
				}
			})),
		quiet: items.filter((i) => i.quiet).slice(0, LIST),
		trade: series.headline,
		lastUpdated
	};
}

/** The latest status events, and the summaries (in the default list order) of every item the lists may show. */
async function changedAndListed(db: Db, asOf: string, cached: boolean) {
	const rows = await db
		.select({ e: statusEvents })
		.from(statusEvents)
		.innerJoin(
			commitments,
			and(eq(commitments.id, statusEvents.commitmentId), sql`${commitments.mergedIntoId} is null`)
		)
		.where(eventVisible(asOf))
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(LIST * 3);
	const events = rows.map((r) => r.e);
	const changed = [...new Set(events.map((e) => e.commitmentId))];
	const { items } = await summarize(db, {
		asOf,
		cached,
		whereStats: (s) => inArray(commitments.id, shortListed(db, s, asOf, changed))
	});
	return { events, items };
}

/** Ids of the first LIST items of each short list, and of `changed`, in one subquery over the statistics. */
function shortListed(db: Db, s: StatsColumns, asOf: string, changed: number[]): SQL {
	const pick = (cond: SQL | undefined, order: SQL[]) =>
		db
			.select({ id: commitments.id })
			.from(commitments)
			.innerJoin(s, eq(s.commitmentId, commitments.id))
			.where(and(isNull(commitments.mergedIntoId), notInArray(s.status, [...FINAL_STATUSES]), cond))
			.orderBy(...order, desc(s.lastMentioned), desc(commitments.id))
			.limit(LIST);
	const upcoming = pick(sql`${commitments.deadline} >= ${asOf}::date`, [asc(commitments.deadline)]);
	const passed = pick(
		sql`${commitments.deadline} < ${asOf}::date and ${commitments.deadline} > ${s.firstMentioned}`,
		[desc(commitments.deadline)]
	);
	const quiet = pick(sql`${s.lastMentioned} < ${quietCutoff(asOf)}::date`, []);
	const events = db
		.select({ id: commitments.id })
		.from(commitments)
		.where(inArray(commitments.id, changed.length ? changed : [-1]));
	return sql`(select id from ${upcoming} as upcoming union all select id from ${passed} as passed union all select id from ${quiet} as quiet union all ${events})`;
}
