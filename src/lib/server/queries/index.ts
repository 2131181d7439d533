/**
 * The read side of tracking: everything the dashboards, editors and the JSON API show.
 * Every function answers "as of" a date (see visibility.ts) with a fixed number of queries.
 */
import { and, asc, count, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	articles,
	commitmentEntities,
	commitments,
	entities,
	mentions,
	statusEvents,
	tradeObservations,
	users
} from '../db/schema';
import { type Status } from '../track/status';
import { DELIVERABLE_KINDS, KINDS, type Kind, type KindFilter } from '../../vocabulary';
import { summarize, type CommitmentSummary, type SortKey } from './summaries';
import type { MentionView, StatusEventView } from '../../commitment';
import type { ExportEvidence } from '../../export';
import { quoteMatches, refreshSearchDocuments, searchCondition } from '../track/search';
import { articleDay, articleVisible, eventVisible } from '../track/visibility';

export type { CommitmentSummary, EntityRef, SortKey } from './summaries';
export type { MentionView, StatusEventView };
export { getTradeSeries, type TradeSeries } from './series';
export { listEntities, getEntity } from './entities';
export { getOverview } from './overview';
export { listChanges, type Change } from './changes';

export interface CommitmentFilter {
	/** One kind, or 'deliverable': targets, projects and programmes together. */
	kind?: KindFilter;
	sector?: string;
	status?: Status;
	/** Every word and amount must occur in the item's titles, entity names, target or quotes (track/search.ts). */
	q?: string;
	entity?: string;
	year?: number;
	asOf: string;
	sort?: SortKey;
	order?: 'asc' | 'desc';
	page?: number;
	pageSize?: number;
	/** A page past the end: 'last' serves the last page (the reader's list); unset, an empty page. */
	pastEnd?: 'last';
	/** The language the titles are shown in, which a sort by title follows (Vietnamese by default). */
	titleLang?: 'vi' | 'en';
}

export interface CommitmentPage {
	items: CommitmentSummary[];
	total: number;
	page: number;
	pageSize: number;
	/** With a search: per item on the page, the first quote that holds every searched token, if any. */
	matches?: Record<number, SearchMatch>;
	/** Set when the page asked for was past the end and `page` is the last one instead (`pastEnd: 'last'`). */
	requestedPage?: number;
}

export interface SearchMatch {
	mentionId: number;
	articleId: number;
	quote: string;
}

export async function listCommitments(db: Db, f: CommitmentFilter): Promise<CommitmentPage> {
	const page = Math.max(1, f.page ?? 1);
	const pageSize = Math.min(200, Math.max(1, f.pageSize ?? 25));
	if (f.q) await refreshSearchDocuments(db);
	const where = [
		f.kind === 'deliverable'
			? inArray(commitments.kind, [...DELIVERABLE_KINDS])
			: f.kind
				? eq(commitments.kind, f.kind)
				: undefined,
		f.sector ? eq(commitments.sector, f.sector) : undefined,
		f.year !== undefined ? eq(commitments.targetYear, f.year) : undefined,
		f.q ? (searchCondition(f.q) ?? sql`false`) : undefined,
		f.entity
			? exists(
					db
						.select({ one: sql`1` })
						.from(commitmentEntities)
						.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
						.where(
							and(eq(commitmentEntities.commitmentId, commitments.id), eq(entities.slug, f.entity))
						)
				)
			: undefined
	].filter((x) => x !== undefined);
	const run = (p: number) =>
		summarize(db, {
			asOf: f.asOf,
			where,
			status: f.status,
			sort: f.sort,
			titleLang: f.titleLang,
			order: f.order ?? (f.sort === 'title' || f.sort === 'deadline' ? 'asc' : 'desc'),
			limit: pageSize,
			offset: (p - 1) * pageSize
		});
	let { items, total } = await run(page);
	// A page past the end (a stale bookmark, a hand-edited URL, a filter that narrowed the list):
	// the reader's list shows its last page instead of "2451–31 of 31". The API keeps the empty
	// page it was asked for, so a client paging until it gets none still stops.
	const lastPage = Math.max(1, Math.ceil(total / pageSize));
	let served = page;
	if (f.pastEnd === 'last' && page > lastPage) {
		served = lastPage;
		({ items, total } = await run(served));
	}
	const result: CommitmentPage = {
		items,
		total,
		page: served,
		pageSize,
		...(served !== page ? { requestedPage: page } : {})
	};
	if (!f.q) return result;
	return { ...result, matches: await matchingQuotes(db, items, f.q, f.asOf) };
}

/**
 * How many items of each kind the list would show with its other filters: the counts beside the
 * kind filter, so a reader sees how many deliverables and policy lines a view holds before choosing.
 */
export async function countKinds(
	db: Db,
	f: Omit<CommitmentFilter, 'kind' | 'page' | 'pageSize' | 'sort' | 'order' | 'pastEnd'>
): Promise<Record<Kind, number>> {
	const totals = await Promise.all(
		KINDS.map((kind) => listCommitments(db, { ...f, kind, pageSize: 1 }).then((r) => r.total))
	);
	return Object.fromEntries(KINDS.map((k, i) => [k, totals[i]!])) as Record<Kind, number>;
}

/** Why each result matched when its titles alone do not say: the first quote holding the query. */
async function matchingQuotes(
	db: Db,
	items: CommitmentSummary[],
	q: string,
	asOf: string
): Promise<Record<number, SearchMatch>> {
	const out: Record<number, SearchMatch> = {};
	if (items.length === 0) return out;
	const rows = await db
		.select({
			id: mentions.id,
			commitmentId: mentions.commitmentId,
			articleId: mentions.articleId,
			quote: mentions.quote
		})
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(
			and(
				inArray(
					mentions.commitmentId,
					items.map((i) => i.id)
				),
				articleVisible(asOf)
			)
		)
		.orderBy(asc(articleDay), asc(mentions.id));
	for (const r of rows) {
		if (out[r.commitmentId] || !quoteMatches(r.quote, q)) continue;
		out[r.commitmentId] = { mentionId: r.id, articleId: r.articleId, quote: r.quote };
	}
	return out;
}

/**
 * An item lists its quotes a page at a time: an item cited thousands of times must not become a
 * page of megabytes. Status events are few and always come whole.
 */
export const QUOTES_PER_PAGE = 50;

export interface QuotePage {
	page: number;
	pages: number;
	total: number;
	perPage: number;
	/** The date of the first quote on the next page (null: undated, or no next page), where this page's timeline ends. */
	nextPageFrom: string | null;
	hasNext: boolean;
}

export interface CommitmentDetail {
	item: CommitmentSummary;
	/** One page of the quotes, oldest first, undated last (the timeline's order). */
	mentions: MentionView[];
	quotes: QuotePage;
	/** The quotes the status events rest on, wherever they are in the pages. */
	evidence: MentionView[];
	statusEvents: StatusEventView[];
	revisions: { earlier: CommitmentSummary[]; later: CommitmentSummary[] };
	related: CommitmentSummary[];
}

const mentionColumns = {
	m: mentions,
	a: {
		id: articles.id,
		title: articles.title,
		publishedOn: articles.publishedOn,
		source: articles.source,
		language: articles.language,
		copyOfId: articles.copyOfId
	}
};

type MentionRow = { m: typeof mentions.$inferSelect; a: Omit<MentionView['article'], 'url'> };

function mentionView({ m, a }: MentionRow): MentionView {
	return {
		id: m.id,
		quote: m.quote,
		start: m.start,
		end: m.end,
		novelty: m.novelty,
		confidence: m.confidence,
		cues: m.cues,
		linkReason: publicLinkReason(m.linkReason),
		article: { ...a, url: `/articles/${a.id}` }
	};
}

/** Page `page` of an item's visible quotes (out of range: the last page), and one row more to know where the next page starts. */
async function quotePage(
	db: Db,
	id: number,
	asOf: string,
	page: number
): Promise<{ rows: MentionRow[]; quotes: QuotePage }> {
	const visible = and(eq(mentions.commitmentId, id), articleVisible(asOf));
	const [counted] = await db
		.select({ n: count() })
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(visible);
	const total = counted?.n ?? 0;
	const pages = Math.max(1, Math.ceil(total / QUOTES_PER_PAGE));
	const current = Math.min(Math.max(1, page), pages);
	const rows = await db
		.select(mentionColumns)
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(visible)
		.orderBy(
			sql`${articles.publishedOn} asc nulls last`,
			asc(mentions.articleId),
			asc(mentions.start),
			asc(mentions.id)
		)
		.limit(QUOTES_PER_PAGE + 1)
		.offset((current - 1) * QUOTES_PER_PAGE);
	const next = rows.length > QUOTES_PER_PAGE ? rows.pop()! : null;
	return {
		rows,
		quotes: {
			page: current,
			pages,
			total,
			perPage: QUOTES_PER_PAGE,
			nextPageFrom: next?.a.publishedOn ?? null,
			hasNext: next !== null
		}
	};
}

export async function getCommitment(
	db: Db,
	id: number,
	asOf: string,
	page = 1
): Promise<CommitmentDetail | null> {
	const [item] = (await summarize(db, { asOf, where: [eq(commitments.id, id)], only: [id] })).items;
	if (!item) return null;
	const { rows: mentionRows, quotes } = await quotePage(db, id, asOf, page);
	const eventRows = await db
		.select({ e: statusEvents, role: users.role })
		.from(statusEvents)
		.leftJoin(users, eq(users.id, statusEvents.userId))
		.where(and(eq(statusEvents.commitmentId, id), eventVisible(asOf)))
		.orderBy(asc(statusEvents.createdAt), asc(statusEvents.id));
	const evidenceIds = eventRows
		.map(({ e }) => e.evidenceMentionId)
		.filter((x): x is number => x !== null);
	const evidenceRows = evidenceIds.length
		? await db
				.select(mentionColumns)
				.from(mentions)
				.innerJoin(articles, eq(articles.id, mentions.articleId))
				.where(inArray(mentions.id, evidenceIds))
		: [];
	const chain = await revisionChain(db, id);
	// Items sharing an entity with this one, and its revision chain: one id subquery (a union,
	// not an `or` of two `in`s, so each side is answered from an index).
	const sharing = db
		.select({ e: commitmentEntities.entityId })
		.from(commitmentEntities)
		.where(eq(commitmentEntities.commitmentId, id));
	const related = db
		.select({ id: commitmentEntities.commitmentId })
		.from(commitmentEntities)
		.where(
			and(
				inArray(commitmentEntities.entityId, sharing),
				sql`${commitmentEntities.commitmentId} <> ${id}`
			)
		);
	const chainIds = [...chain.earlier, ...chain.later, -1];
	const linkedIds = sql`(${related} union select ${commitments.id} from ${commitments} where ${inArray(commitments.id, chainIds)})`;
	const linked = await summarize(db, {
		asOf,
		only: linkedIds,
		where: [inArray(commitments.id, linkedIds)],
		sort: 'first_mentioned',
		order: 'asc'
	});
	const pick = (ids: number[]) => linked.items.filter((s) => ids.includes(s.id));
	const inChain = new Set(chainIds);
	return {
		item,
		mentions: mentionRows.map(mentionView),
		quotes,
		evidence: evidenceRows.map(mentionView),
		statusEvents: eventRows.map(({ e, role }) => ({
			id: e.id,
			fromStatus: e.fromStatus,
			toStatus: e.toStatus,
			reason: { text: e.reason, key: e.reasonKey, params: e.reasonParams },
			note: e.note,
			evidenceUrl: e.evidenceUrl,
			evidenceMentionId: e.evidenceMentionId,
			// Readers learn that an editor acted and in what role, never who by address.
			by:
				e.userId === null
					? { kind: 'system' as const }
					: { kind: 'editor' as const, ...(role ? { role } : {}) },
			effectiveOn: e.effectiveOn,
			createdAt: e.createdAt.toISOString()
		})),
		revisions: { earlier: pick(chain.earlier), later: pick(chain.later) },
		related: linked.items.filter((s) => !inChain.has(s.id))
	};
}

/**
 * A link reason as the public sees it: who did it becomes their role. Older splits stored the
 * editor's e-mail address under `by`; it must never reach a reader.
 */
function publicLinkReason(reason: Record<string, unknown>): Record<string, unknown> {
	const { by, byUserId, ...rest } = reason;
	return by === undefined && byUserId === undefined ? rest : { ...rest, by: 'editor' };
}

/** Ids of the items this one revises (transitively) and of those revising it. */
async function revisionChain(db: Db, id: number): Promise<{ earlier: number[]; later: number[] }> {
	const result = await db.execute<{ dir: string; id: number }>(sql`
		with recursive up(id, rev) as (
			select id, revision_of_id from commitments where id = ${id}
			union select c.id, c.revision_of_id from commitments c join up on c.id = up.rev
		), down(id) as (
			select id from commitments where revision_of_id = ${id}
			union select c.id from commitments c join down on c.revision_of_id = down.id
		)
		select 'up' as dir, id from up where id <> ${id}
		union all select 'down' as dir, id from down`);
	const rows = (
		Array.isArray(result)
			? result
			: (result as unknown as { rows: { dir: string; id: number }[] }).rows
	) as { dir: string; id: number }[];
	return {
		earlier: rows.filter((r) => r.dir === 'up').map((r) => Number(r.id)),
		later: rows.filter((r) => r.dir === 'down').map((r) => Number(r.id))
	};
}

export interface ArticleEvidence {
	article: typeof articles.$inferSelect;
	mentions: {
		id: number;
		commitmentId: number;
		start: number;
		end: number;
		quote: string;
		commitmentTitle: string;
	}[];
	tradeObservations: {
		id: number;
		year: number;
		valueUsd: string;
		isEstimate: boolean;
		period: string;
		growthPct: number | null;
		start: number;
		end: number;
		quote: string;
	}[];
}

/** The article, if it existed at `asOf`, with the offsets of everything taken from it. */
export async function getArticleEvidence(
	db: Db,
	id: number,
	asOf: string
): Promise<ArticleEvidence | null> {
	const [article] = await db
		.select()
		.from(articles)
		.where(and(eq(articles.id, id), articleVisible(asOf)));
	if (!article) return null;
	const ms = await db
		.select({
			id: mentions.id,
			commitmentId: mentions.commitmentId,
			start: mentions.start,
			end: mentions.end,
			quote: mentions.quote,
			commitmentTitle: commitments.title
		})
		.from(mentions)
		.innerJoin(commitments, eq(commitments.id, mentions.commitmentId))
		.where(eq(mentions.articleId, id))
		.orderBy(asc(mentions.start), asc(mentions.id));
	const obs = await db
		.select()
		.from(tradeObservations)
		.where(eq(tradeObservations.articleId, id))
		.orderBy(asc(tradeObservations.start));
	return {
		article,
		mentions: ms,
		tradeObservations: obs.map((o) => ({
			id: o.id,
			year: o.year,
			valueUsd: o.valueUsd,
			isEstimate: o.isEstimate,
			period: o.period,
			growthPct: o.growthPct === null ? null : Number(o.growthPct),
			start: o.start,
			end: o.end,
			quote: o.quote
		}))
	};
}

/** Each item's evidence for the exports: quotes with their article's outlet and URL, oldest first. */
export async function evidenceOf(
	db: Db,
	ids: number[],
	asOf: string
): Promise<Map<number, ExportEvidence[]>> {
	const out = new Map<number, ExportEvidence[]>();
	for (let i = 0; i < ids.length; i += 1000) {
		const rows = await db
			.select({
				commitmentId: mentions.commitmentId,
				quote: mentions.quote,
				confidence: mentions.confidence,
				articleId: articles.id,
				outlet: articles.outlet,
				url: articles.url,
				sourceRef: articles.sourceRef,
				publishedOn: articles.publishedOn
			})
			.from(mentions)
			.innerJoin(articles, eq(articles.id, mentions.articleId))
			.where(and(inArray(mentions.commitmentId, ids.slice(i, i + 1000)), articleVisible(asOf)))
			.orderBy(asc(articleDay), asc(mentions.articleId), asc(mentions.start));
		for (const r of rows) {
			const list = out.get(r.commitmentId) ?? [];
			list.push({
				quote: r.quote,
				articleId: r.articleId,
				outlet: r.outlet,
				sourceUrl: r.url ?? r.sourceRef,
				publishedOn: r.publishedOn,
				confidence: r.confidence
			});
			out.set(r.commitmentId, list);
		}
	}
	return out;
}
