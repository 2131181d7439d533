/**
 * Item edits with optimistic concurrency: every write is `… where id = $id and version =
 * $expected` and bumps the version, so saving over someone else's newer change is refused,
 * never silently applied.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments } from '../db/schema';
import { writeAudit } from './audit';
import { ITEM_FIELD_NAMES, type ItemFields } from './fields';
import type { Actor } from './actor';
import { systemText, type FieldChange } from '../../system-text';
import { foldText } from '../extract/fold';
import { itemChangesSince, type AuditView } from '../queries/audit';
import { getItemSnapshot, type ItemSnapshot } from '../queries/editor-items';
import { familyOf, updateChains } from '../track/chain-store';

/** Both titles, folded, so the item is found with or without diacritics in either language. */
export function searchTextOf(f: { title: string; titleEn: string | null }): string {
	return foldText([f.title, f.titleEn].filter(Boolean).join(' '));
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
export function fieldChanges(
	before: object,
	after: object,
	fields: readonly string[]
): FieldChange[] {
	const raw = (o: object, k: string) => {
		const v = (o as Record<string, unknown>)[k];
		return v === null || v === undefined || v === '' ? null : String(v);
	};
	return fields.map((field) => ({ field, from: raw(before, field), to: raw(after, field) }));
}

export async function updateItemFields(
	db: Db,
	actor: Actor,
	input: { id: number; expectedVersion: number; fields: ItemFields; publicNote: string | null }
): Promise<WriteResult> {
	return db.transaction(async (tx) => {
		const before = await getItemSnapshot(tx, input.id);
		if (!before) return { ok: false, reason: 'not_found' } as const;
		const changed = changedFields(before, input.fields);
		// Read before the write: a corrected amount, unit, year or sector can move the target out of this chain.
		const family = changed.some((f) => CHAIN_FIELDS.has(f)) ? await familyOf(tx, input.id) : null;
		const version = await claimVersion(tx, input.id, input.expectedVersion, {
			...input.fields,
			searchText: searchTextOf(input.fields)
		});
		if (version === null) return conflictFor(tx, input.id, input.expectedVersion);
		const after = { ...before, ...input.fields, version };
		await writeAudit(tx, {
			userId: actor.id,
			action: 'item.edit',
			entityType: 'commitment',
			entityId: input.id,
			before,
			after,
			publicNote: changed.length ? input.publicNote : null,
			note: changed.length
				? systemText('corrected', { changes: fieldChanges(before, input.fields, changed) })
				: null
		});
		// The old chain ("5 bn → 10 bn") and the new one are both recomputed, as an import does for what it touches.
		if (family) await updateChains(tx, [input.id], [family]);
		return { ok: true, version } as const;
	});
}

/** The fields that decide which re-pledge chain (track/chains.ts) a target belongs to. */
const CHAIN_FIELDS = new Set(['sector', 'unit', 'targetValue', 'targetYear']);
