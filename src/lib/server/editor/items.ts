/**
 * Item edits with optimistic concurrency: every write is `… where id = $id and version =
 * $expected` and bumps the version, so saving over someone else's newer change is refused,
 * never silently applied.
 */
import { and, desc, eq, ilike, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitments, mentions } from '../db/schema';
import { itemChangesSince, writeAudit, type AuditView } from './audit';
import { ITEM_FIELD_NAMES, type ItemFields } from './fields';
import type { Actor } from './actor';
import { foldText } from '../extract/fold';
import { currentStatus } from '../track/current-status';
import { refreshSearchDocuments, searchCondition } from '../track/search';

/** Both titles, folded, so the item is found with or without diacritics in either language. */
export function searchTextOf(f: { title: string; titleEn: string | null }): string {
	return foldText([f.title, f.titleEn].filter(Boolean).join(' '));
}

export interface ItemSnapshot extends ItemFields {
	id: number;
	version: number;
	status: string | null;
	mergedIntoId: number | null;
}

export interface Conflict {
	current: ItemSnapshot;
	/** Writes made since the version the editor started from, oldest first. */
	changes: AuditView[];
}

export type WriteResult<T = { version: number }> =
	| ({ ok: true } & T)
	| { ok: false; reason: 'conflict'; conflict: Conflict }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'invalid'; message: string };

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

export async function conflictFor(
	db: Db,
	id: number,
	expectedVersion: number
): Promise<WriteResult<never>> {
	const current = await getItemSnapshot(db, id);
	if (!current) return { ok: false, reason: 'not_found' };
	return {
		ok: false,
		reason: 'conflict',
		conflict: { current, changes: await itemChangesSince(db, id, expectedVersion) }
	};
}

/**
 * Bumps the version only if it is still the expected one; returns the new version, or null
 * when someone else wrote first. Callers run it inside their transaction, before other writes.
 */
export async function claimVersion(
	tx: Db,
	id: number,
	expectedVersion: number,
	set: Partial<typeof commitments.$inferInsert> = {}
): Promise<number | null> {
	const [row] = await tx
		.update(commitments)
		.set({ ...set, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
		.where(and(eq(commitments.id, id), eq(commitments.version, expectedVersion)))
		.returning({ version: commitments.version });
	return row?.version ?? null;
}

function changedFields(before: ItemSnapshot, after: ItemFields): string[] {
	return ITEM_FIELD_NAMES.filter((k) => String(before[k] ?? '') !== String(after[k] ?? ''));
}

/** What readers see in the corrections log when an editor corrects an item's fields. */
function describeFieldChange(before: ItemSnapshot, after: ItemFields, fields: string[]): string {
	return fields
		.map(
			(k) =>
				`${k}: “${before[k as keyof ItemFields] ?? '—'}” → “${after[k as keyof ItemFields] ?? '—'}”`
		)
		.join('; ');
}

export async function updateItemFields(
	db: Db,
	actor: Actor,
	input: { id: number; expectedVersion: number; fields: ItemFields; publicNote: string | null }
): Promise<WriteResult> {
	return db.transaction(async (tx) => {
		const before = await getItemSnapshot(tx, input.id);
		if (!before) return { ok: false, reason: 'not_found' } as const;
		const version = await claimVersion(tx, input.id, input.expectedVersion, {
			...input.fields,
			searchText: searchTextOf(input.fields)
		});
		if (version === null) return conflictFor(tx, input.id, input.expectedVersion);
		const changed = changedFields(before, input.fields);
		const after = { ...before, ...input.fields, version };
		const summary = changed.length
			? describeFieldChange(before, input.fields, changed)
			: 'no field changed';
		await writeAudit(tx, {
			userId: actor.id,
			action: 'item.edit',
			entityType: 'commitment',
			entityId: input.id,
			before,
			after,
			publicNote: changed.length
				? [input.publicNote, `Corrected ${summary}.`].filter(Boolean).join(' ')
				: null
		});
		return { ok: true, version } as const;
	});
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
