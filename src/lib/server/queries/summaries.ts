/**
 * CommitmentSummary rows for any filtered set of items, as of a date, in a fixed number of
 * queries: one for the items with their mention statistics and current status, one for
 * their entities. Items with no mention visible at the date do not exist yet at that date.
 */
import {
	and,
	asc,
	count,
	desc,
	eq,
	inArray,
	isNull,
	notInArray,
	sql,
	type SQL,
	type SQLWrapper
} from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	articles,
	commitmentEntities,
	commitmentStats,
	commitments,
	entities,
	mentions,
	statusEvents
} from '../db/schema';
import { statsCacheCovers } from './stats';
import type { CommitmentSummary, EntityRef } from '../../commitment';
import { FINAL_STATUSES, isOverdue, isQuiet, type Status } from '../track/status';
import { articleVisible, eventVisible } from '../track/visibility';

export type { CommitmentSummary, EntityRef };

export type SortKey = 'last_mentioned' | 'first_mentioned' | 'deadline' | 'title' | 'sources';

export interface SummaryQuery {
	asOf: string;
	where?: SQL[];
	/** Filter on the derived current status. */
	status?: Status;
	sort?: SortKey;
	order?: 'asc' | 'desc';
	/** Sort 'title' by the title the reader sees: in English the English title where there is one. */
	titleLang?: 'vi' | 'en';
	limit?: number;
	offset?: number;
	/** Restricts the statistics to these items up front (ids or a subquery of ids): detail pages stay fast. */
	only?: number[] | SQLWrapper;
	/** Only items whose current status is not final. */
	unfinished?: boolean;
	/** Only items last mentioned before this day. */
	lastMentionedBefore?: string;
	/** With sort 'deadline': break ties in the default order (last mentioned, newest first). */
	thenDefault?: boolean;
	/** Whether the cache covers `asOf` (stats.ts), when the caller already asked. */
	cached?: boolean;
	/** Conditions on the statistics themselves (the `stats` CTE), e.g. ids picked by subqueries over it. */
	whereStats?: (stats: StatsColumns) => SQL | undefined;
}

/** The columns of the `stats` CTE: per item its statistics and current status. */
export type StatsColumns = ReturnType<typeof statsSource>['stats'];

function statusCte(db: Db, asOf: string) {
	return db.$with('current_status').as(
		db
			.selectDistinctOn([statusEvents.commitmentId], {
				commitmentId: statusEvents.commitmentId,
				status: sql<string>`${statusEvents.toStatus}`.as('status')
			})
			.from(statusEvents)
			.where(eventVisible(asOf))
			.orderBy(statusEvents.commitmentId, desc(statusEvents.createdAt), desc(statusEvents.id))
	);
}

function statsCte(db: Db, asOf: string, only?: number[] | SQLWrapper) {
	const perSource = db
		.select({
			commitmentId: mentions.commitmentId,
			// An undated article gives no date: not its import day (it still counts as evidence).
			first: sql<string>`min(${articles.publishedOn})`.as('first_day'),
			last: sql<string>`max(${articles.publishedOn})`.as('last_day'),
			n: sql<number>`count(*)`.as('n'),
			conf: sql<number>`max(${mentions.confidence})`.as('conf')
		})
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(
			and(
				articleVisible(asOf),
				only === undefined
					? undefined
					: Array.isArray(only)
						? inArray(mentions.commitmentId, only.length ? only : [-1])
						: sql`${mentions.commitmentId} in ${only}`
			)
		)
		.groupBy(mentions.commitmentId, sql`coalesce(${articles.copyOfId}, ${articles.id})`)
		.as('per_source');
	return db.$with('live_stats').as(
		db
			.select({
				commitmentId: perSource.commitmentId,
				firstMentioned: sql<string>`min(${perSource.first})`.as('first_mentioned'),
				lastMentioned: sql<string>`max(${perSource.last})`.as('last_mentioned'),
				mentionCount: sql<number>`sum(${perSource.n})::int`.as('mention_count'),
				sourceCount: sql<number>`count(*)::int`.as('source_count'),
				evidenceScore: sql<number>`round(sum(${perSource.conf})::numeric, 2)::float8`.as(
					'evidence_score'
				)
			})
			.from(perSource)
			.groupBy(perSource.commitmentId)
	);
}

/**
 * The `stats` relation every summary query joins: per item its statistics and current status.
 * From the cache when it covers `asOf` (see stats.ts), as a plain subquery: the planner
 * inlines it wherever it is used, even several times in one query, so the cache's indexes
 * serve filters and sorts (a CTE used twice would be materialized and lose them). Else a
 * CTE aggregated live as of `asOf`, computed once however often the query reads it.
 */
function statsSource(db: Db, asOf: string, cached: boolean, only?: number[] | SQLWrapper) {
	const s = commitmentStats;
	if (cached) {
		const stats = db
			.select({
				commitmentId: s.commitmentId,
				firstMentioned: sql<string>`${s.firstMentioned}`.as('first_mentioned'),
				lastMentioned: sql<string>`${s.lastMentioned}`.as('last_mentioned'),
				mentionCount: sql<number>`${s.mentionCount}`.as('mention_count'),
				sourceCount: sql<number>`${s.sourceCount}`.as('source_count'),
				evidenceScore: sql<number>`${s.evidenceScore}`.as('evidence_score'),
				status: sql<string>`${s.status}`.as('status')
			})
			.from(s)
			.as('stats');
		return { ctes: [], stats };
	}
	const live = statsCte(db, asOf, only);
	const current = statusCte(db, asOf);
	const stats = db.$with('stats').as(
		db
			.select({
				commitmentId: live.commitmentId,
				firstMentioned: sql<string>`${live.firstMentioned}`.as('first_mentioned'),
				lastMentioned: sql<string>`${live.lastMentioned}`.as('last_mentioned'),
				mentionCount: sql<number>`${live.mentionCount}`.as('mention_count'),
				sourceCount: sql<number>`${live.sourceCount}`.as('source_count'),
				evidenceScore: sql<number>`${live.evidenceScore}`.as('evidence_score'),
				status: sql<string>`coalesce(${current.status}, 'announced')`.as('status')
			})
			.from(live)
			.leftJoin(current, eq(current.commitmentId, live.commitmentId))
	);
	return { ctes: [live, current, stats], stats };
}

export async function summarize(
	db: Db,
	q: SummaryQuery
): Promise<{ items: CommitmentSummary[]; total: number }> {
	const cached = q.cached ?? (await statsCacheCovers(db, q.asOf));
	const source = statsSource(db, q.asOf, cached, q.only);
	const { ctes, stats: cols } = source;
	const status = cols.status;
	const where = and(
		isNull(commitments.mergedIntoId),
		...(q.where ?? []),
		q.status ? sql`${status} = ${q.status}` : undefined,
		q.unfinished ? notInArray(status, [...FINAL_STATUSES]) : undefined,
		q.lastMentionedBefore ? sql`${cols.lastMentioned} < ${q.lastMentionedBefore}::date` : undefined,
		q.whereStats?.(cols)
	);
	const dir = q.order === 'asc' ? asc : desc;
	const sortCol = {
		last_mentioned: cols.lastMentioned,
		first_mentioned: cols.firstMentioned,
		deadline: commitments.deadline,
		title:
			q.titleLang === 'en'
				? sql`coalesce(${commitments.titleEn}, ${commitments.title})`
				: commitments.title,
		sources: cols.sourceCount
	}[q.sort ?? 'last_mentioned'];
	const nulls =
		q.sort === 'deadline' ||
		q.sort === 'first_mentioned' ||
		q.sort === 'last_mentioned' ||
		q.sort === undefined
			? sql`${dir === asc ? sql`${sortCol} asc` : sql`${sortCol} desc`} nulls last`
			: dir(sortCol);
	// The overview orders its deadline lists by date, ties in the default list order.
	const order =
		q.sort === 'deadline' && q.thenDefault
			? [nulls, desc(cols.lastMentioned), desc(commitments.id)]
			: [nulls, dir(commitments.id)];
	let query = db
		.with(...ctes)
		.select({
			c: commitments,
			firstMentioned: cols.firstMentioned,
			lastMentioned: cols.lastMentioned,
			mentionCount: cols.mentionCount,
			sourceCount: cols.sourceCount,
			evidenceScore: cols.evidenceScore,
			status,
			// Live statistics walk every matching row anyway, so the window count is nearly free
			// there; from the cache it would force the whole join, so that path counts apart.
			total: cached ? sql<number>`0` : sql<number>`(count(*) over ())::int`
		})
		.from(commitments)
		.innerJoin(cols, eq(cols.commitmentId, commitments.id))
		.where(where)
		.orderBy(...order)
		.$dynamic();
	if (q.limit !== undefined) query = query.limit(q.limit);
	if (q.offset) query = query.offset(q.offset);
	const rows = await query;
	const total =
		!cached && rows.length > 0
			? Number(rows[0]!.total)
			: await countMatching(db, source, where, rows.length, q);
	const ents = await entitiesOf(
		db,
		rows.map((r) => r.c.id)
	);
	const items = rows.map((r): CommitmentSummary => {
		const st = r.status as Status;
		return {
			id: r.c.id,
			title: r.c.title,
			titleEn: r.c.titleEn,
			sector: r.c.sector,
			kind: r.c.kind,
			status: st,
			overdue: isOverdue(r.c.deadline, st, q.asOf, r.firstMentioned),
			quiet: isQuiet(r.lastMentioned, st, q.asOf),
			targetValue: r.c.targetValue,
			targetValueMax: r.c.targetValueMax,
			unit: r.c.unit,
			targetYear: r.c.targetYear,
			deadline: r.c.deadline,
			firstMentioned: r.firstMentioned,
			lastMentioned: r.lastMentioned,
			sourceCount: Number(r.sourceCount),
			mentionCount: Number(r.mentionCount),
			evidenceScore: Number(r.evidenceScore),
			entities: ents.get(r.c.id) ?? [],
			version: r.c.version,
			revisionOfId: r.c.revisionOfId
		};
	});
	return { items, total };
}

/** The number of matching items; read off the page itself when it is not full (no query then). */
async function countMatching(
	db: Db,
	{ ctes, stats }: ReturnType<typeof statsSource>,
	where: SQL | undefined,
	got: number,
	q: SummaryQuery
): Promise<number> {
	const offset = q.offset ?? 0;
	const full = q.limit !== undefined && got === q.limit;
	if (!full && (got > 0 || offset === 0)) return offset + got;
	const [row] = await db
		.with(...ctes)
		.select({ n: count() })
		.from(commitments)
		.innerJoin(stats, eq(stats.commitmentId, commitments.id))
		.where(where);
	return Number(row?.n ?? 0);
}

/** How many visible items there are per (status, sector), in one query. */
export async function countByStatusAndSector(
	db: Db,
	asOf: string,
	cached: boolean
): Promise<{ status: Status; sector: string; kind: string; count: number }[]> {
	const { ctes, stats } = statsSource(db, asOf, cached);
	const rows = await db
		.with(...ctes)
		.select({
			status: stats.status,
			sector: commitments.sector,
			kind: commitments.kind,
			n: count()
		})
		.from(commitments)
		.innerJoin(stats, eq(stats.commitmentId, commitments.id))
		.where(isNull(commitments.mergedIntoId))
		.groupBy(stats.status, commitments.sector, commitments.kind);
	return rows.map((r) => ({
		status: r.status as Status,
		sector: r.sector,
		kind: r.kind,
		count: Number(r.n)
	}));
}

async function entitiesOf(db: Db, ids: number[]): Promise<Map<number, EntityRef[]>> {
	const out = new Map<number, EntityRef[]>();
	if (ids.length === 0) return out;
	const rows = await db
		.select({
			commitmentId: commitmentEntities.commitmentId,
			slug: entities.slug,
			nameVi: entities.nameVi,
			nameEn: entities.nameEn
		})
		.from(commitmentEntities)
		.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
		.where(inArray(commitmentEntities.commitmentId, ids))
		.orderBy(entities.slug);
	for (const { commitmentId, ...e } of rows)
		out.set(commitmentId, [...(out.get(commitmentId) ?? []), e]);
	return out;
}
