/** Named projects and programmes, and the items and evidence grouped under each. */
import { and, asc, count, eq, exists, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	articles,
	commitmentEntities,
	commitmentStats,
	commitments,
	entities,
	entityAliases,
	mentions
} from '../db/schema';
import { aliasKey } from '../track/entities';
import { statsCacheCovers } from './stats';
import { summarize, type CommitmentSummary } from './summaries';
import { articleDay, articleVisible } from '../track/visibility';

export interface EntityListItem {
	slug: string;
	kind: string;
	nameVi: string;
	nameEn: string | null;
	/** Items naming it that exist at `asOf`. */
	commitmentCount: number;
}

export interface EntityChoice {
	slug: string;
	nameVi: string;
	nameEn: string | null;
}

/**
 * The entity a reader typed into the list's filter: its slug (links from the entity pages), else
 * one of its names or aliases, folded, whole before a beginning before a part, shortest first.
 * Reads the entity and alias tables only (the slug by its index, the names by a scan of the folded
 * aliases, which `%…%` cannot take from an index), never items, so the list page no longer counts
 * every entity's items to fill a menu (#18).
 */
export async function findEntity(db: Db, typed: string | undefined): Promise<EntityChoice | null> {
	const text = typed?.trim();
	if (!text) return null;
	const columns = { slug: entities.slug, nameVi: entities.nameVi, nameEn: entities.nameEn };
	const [bySlug] = await db.select(columns).from(entities).where(eq(entities.slug, text)).limit(1);
	if (bySlug) return bySlug;
	const key = aliasKey(text);
	if (!key) return null;
	const like = (prefix: string, suffix: string) =>
		`${prefix}${key.replace(/[\\%_]/g, '\\$&')}${suffix}`;
	const folded = entityAliases.aliasFolded;
	const [byName] = await db
		.select(columns)
		.from(entityAliases)
		.innerJoin(entities, eq(entities.id, entityAliases.entityId))
		.where(sql`${folded} like ${like('%', '%')}`)
		.orderBy(
			sql`${folded} = ${key} desc`,
			sql`${folded} like ${like('', '%')} desc`,
			sql`length(${folded})`,
			asc(entities.id)
		)
		.limit(1);
	return byName ?? null;
}

export async function listEntities(db: Db, asOf: string): Promise<EntityListItem[]> {
	// An item exists at `asOf` when a mention is visible then: when the cache covers the date,
	// exactly the items it holds a row for, without reading a single mention.
	const visible = (await statsCacheCovers(db, asOf))
		? db.select({ commitmentId: commitmentStats.commitmentId }).from(commitmentStats).as('visible')
		: db
				.select({ commitmentId: mentions.commitmentId })
				.from(mentions)
				.innerJoin(articles, eq(articles.id, mentions.articleId))
				.where(articleVisible(asOf))
				.groupBy(mentions.commitmentId)
				.as('visible');
	// Count per entity id first, then name them: the join carries integers, not names.
	const counts = db
		.select({ entityId: commitmentEntities.entityId, n: count().as('n') })
		.from(commitmentEntities)
		.innerJoin(
			commitments,
			and(eq(commitments.id, commitmentEntities.commitmentId), isNull(commitments.mergedIntoId))
		)
		.innerJoin(visible, eq(visible.commitmentId, commitmentEntities.commitmentId))
		.groupBy(commitmentEntities.entityId)
		.as('counts');
	const rows = await db
		.select({
			slug: entities.slug,
			kind: entities.kind,
			nameVi: entities.nameVi,
			nameEn: entities.nameEn,
			n: sql<number>`coalesce(${counts.n}, 0)`
		})
		.from(entities)
		.leftJoin(counts, eq(counts.entityId, entities.id))
		.orderBy(asc(entities.nameVi), asc(entities.id));
	return rows.map(({ n, ...r }) => ({ ...r, commitmentCount: Number(n) }));
}

export interface EntityDetail {
	entity: { id: number; slug: string; kind: string; nameVi: string; nameEn: string | null };
	aliases: string[];
	commitments: CommitmentSummary[];
	mentions: {
		id: number;
		commitmentId: number;
		quote: string;
		start: number;
		end: number;
		article: { id: number; title: string; publishedOn: string | null };
	}[];
}

/** By slug, numeric id, or any alias in any spelling ("cao toc Ha Noi - Vientiane"). */
export async function getEntity(
	db: Db,
	slugOrAlias: string,
	asOf: string
): Promise<EntityDetail | null> {
	const [entity] = await db
		.select({
			id: entities.id,
			slug: entities.slug,
			kind: entities.kind,
			nameVi: entities.nameVi,
			nameEn: entities.nameEn
		})
		.from(entities)
		.where(
			sql`${entities.slug} = ${slugOrAlias} or ${entities.id} = ${/^\d{1,9}$/.test(slugOrAlias) ? Number(slugOrAlias) : -1} or ${exists(
				db
					.select({ one: sql`1` })
					.from(entityAliases)
					.where(
						and(
							eq(entityAliases.entityId, entities.id),
							eq(entityAliases.aliasFolded, aliasKey(slugOrAlias))
						)
					)
			)}`
		)
		.orderBy(sql`${entities.slug} = ${slugOrAlias} desc`)
		.limit(1);
	if (!entity) return null;
	const aliasRows = await db
		.select({ alias: entityAliases.alias })
		.from(entityAliases)
		.where(eq(entityAliases.entityId, entity.id))
		.orderBy(asc(entityAliases.alias));
	const linked = db
		.select({ id: commitmentEntities.commitmentId })
		.from(commitmentEntities)
		.where(eq(commitmentEntities.entityId, entity.id));
	const { items } = await summarize(db, {
		asOf,
		where: [sql`${commitments.id} in ${linked}`],
		only: linked,
		sort: 'first_mentioned',
		order: 'asc'
	});
	const ms = await db
		.select({
			id: mentions.id,
			commitmentId: mentions.commitmentId,
			quote: mentions.quote,
			start: mentions.start,
			end: mentions.end,
			article: { id: articles.id, title: articles.title, publishedOn: articles.publishedOn }
		})
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(and(sql`${mentions.commitmentId} in ${linked}`, articleVisible(asOf)))
		.orderBy(asc(articleDay), asc(mentions.id));
	return { entity, aliases: aliasRows.map((a) => a.alias), commitments: items, mentions: ms };
}
