/**
 * What became of an item that no longer has a page of its own: merged into another (its URL
 * then redirects there for good), or removed by an editor (its URL shows a tombstone with the
 * public reason). Published links must never end in a bare 404.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog, commitments } from '../db/schema';
import type { StoredText } from '../../system-text';

export type ItemFate =
	| { kind: 'merged'; intoId: number }
	| {
			kind: 'removed';
			id: number;
			title: string | null;
			at: string;
			reason: StoredText;
			correctionId: number;
	  };

/** Merges can chain (A into B, later B into C): follow them to the item that is still shown. */
const MAX_CHAIN = 50;

export async function itemFate(db: Db, id: number): Promise<ItemFate | null> {
	let current = id;
	for (let hop = 0; hop < MAX_CHAIN; hop++) {
		const [row] = await db
			.select({ mergedIntoId: commitments.mergedIntoId })
			.from(commitments)
			.where(eq(commitments.id, current));
		if (!row) break;
		if (row.mergedIntoId === null)
			return current === id ? null : { kind: 'merged', intoId: current };
		current = row.mergedIntoId;
	}
	if (current !== id) return { kind: 'merged', intoId: current };
	const [removed] = await db
		.select({
			id: auditLog.id,
			at: auditLog.createdAt,
			note: auditLog.publicNote,
			noteKey: auditLog.noteKey,
			noteParams: auditLog.noteParams,
			before: auditLog.before
		})
		.from(auditLog)
		.where(
			and(
				eq(auditLog.entityType, 'commitment'),
				eq(auditLog.entityId, id),
				eq(auditLog.action, 'item.remove')
			)
		)
		.orderBy(desc(auditLog.id))
		.limit(1);
	if (!removed) return null;
	const title = (removed.before as { title?: unknown } | null)?.title;
	return {
		kind: 'removed',
		id,
		title: typeof title === 'string' ? title : null,
		at: removed.at.toISOString(),
		reason: { text: removed.note, key: removed.noteKey, params: removed.noteParams },
		correctionId: removed.id
	};
}
