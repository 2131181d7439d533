/**
 * What the editor's item pages read: an item as it stands (the snapshot a versioned write starts
 * from), its quotes, its programmes and projects, and the finder. Writes live in editor/items.ts
 * and editor/item-entities.ts.
 */
import { and, asc, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitmentEntities, commitments, entities, mentions } from '../db/schema';
import type { ItemFields } from '../editor/fields';
import { currentStatus } from '../track/current-status';
import { refreshSearchDocuments, searchCondition } from '../track/search';

export interface ItemSnapshot extends ItemFields {
	id: number;
	version: number;
	status: string | null;
	mergedIntoId: number | null;
}

export async function getItemSnapshot(db: Db, id: number): Promise<ItemSnapshot | null> {
	const [row] = await db.select().from(commitments).where(eq(commitments.id, id));
	if (!row) return null;
	return {
		id: row.id,
		version: row.version,
		title: row.title,
		titleEn: row.titleEn,
		sector: row.sector as ItemFields['sector'],
		targetValue: row.targetValue,
		targetValueMax: row.targetValueMax,
		unit: row.unit,
		targetYear: row.targetYear,
		deadline: row.deadline,
		status: await currentStatus(db, id),
		mergedIntoId: row.mergedIntoId
	};
}

export interface EditorMention {
	id: number;
	quote: string;
	articleId: number;
	articleTitle: string;
	publishedOn: string | null;
	cues: string[];
	linkReason: Record<string, unknown>;
}

export async function listItemMentions(db: Db, commitmentId: number): Promise<EditorMention[]> {
	return db
		.select({
			id: mentions.id,
			quote: mentions.quote,
			articleId: articles.id,
			articleTitle: articles.title,
			publishedOn: articles.publishedOn,
			cues: mentions.cues,
			linkReason: mentions.linkReason
		})
		.from(mentions)
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(eq(mentions.commitmentId, commitmentId))
		.orderBy(sql`${articles.publishedOn} asc nulls last`, mentions.id);
}

export interface ItemListRow {
	id: number;
	title: string;
	sector: string;
	version: number;
	mergedIntoId: number | null;
}

/**
 * The editors' finder: the readers' search (track/search.ts: every word of the query in the item's
 * document of titles, entity names, target and quotes, amounts and diacritics folded, the same on
 * PGlite and PostgreSQL), or a plain substring of either title. A programme that joined an item by
 * its purpose is found by its name, which an editor merging a near miss types, though the item's
 * title is the other wording. Stale documents are rebuilt first, as the readers' search does.
 */
export async function findItems(db: Db, q: string, limit = 100): Promise<ItemListRow[]> {
	const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
	if (q) await refreshSearchDocuments(db);
	const words = q ? searchCondition(q) : null;
	return db
		.select({
			id: commitments.id,
			title: commitments.title,
			sector: commitments.sector,
			version: commitments.version,
			mergedIntoId: commitments.mergedIntoId
		})
		.from(commitments)
		.where(
			and(
				isNull(commitments.mergedIntoId),
				q
					? or(
							ilike(commitments.title, pattern),
							ilike(commitments.titleEn, pattern),
							ilike(commitments.searchText, pattern),
							...(words ? [words] : [])
						)
					: undefined
			)
		)
		.orderBy(desc(commitments.updatedAt), desc(commitments.id))
		.limit(limit);
}

export interface ItemEntity {
	id: number;
	slug: string;
	nameVi: string;
	nameEn: string | null;
}

const entityColumns = {
	id: entities.id,
	slug: entities.slug,
	nameVi: entities.nameVi,
	nameEn: entities.nameEn
};

export async function listItemEntities(db: Db, commitmentId: number): Promise<ItemEntity[]> {
	return db
		.select(entityColumns)
		.from(commitmentEntities)
		.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
		.where(eq(commitmentEntities.commitmentId, commitmentId))
		.orderBy(asc(entities.nameVi));
}

/** Every entity, for the attach field's suggestions. */
export async function listEntityNames(db: Db): Promise<ItemEntity[]> {
	return db.select(entityColumns).from(entities).orderBy(asc(entities.nameVi));
}
