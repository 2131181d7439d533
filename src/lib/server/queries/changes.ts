/** Recent changes for the Atom feeds: new items and status events, newest first. */
import { desc, eq, isNull, and } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, statusEvents } from '../db/schema';
import type { StoredText } from '../../system-text';

export interface Change {
	kind: 'new_item' | 'status';
	commitmentId: number;
	title: string;
	/** The English title, when an editor or the engine gave one: what an English reader sees. */
	titleEn: string | null;
	/** ISO timestamp of the change. */
	at: string;
	/** A status change's reason as stored; worded for the reader in feed-entries.ts, never here. */
	reason?: StoredText;
	fromStatus?: string | null;
	toStatus?: string;
	eventId?: number;
}

export async function listChanges(
	db: Db,
	opts: { commitmentId?: number; limit: number }
): Promise<Change[]> {
	const limit = Math.max(1, Math.min(500, opts.limit));
	const items = await db
		.select({
			id: commitments.id,
			title: commitments.title,
			titleEn: commitments.titleEn,
			createdAt: commitments.createdAt
		})
		.from(commitments)
		.where(
			and(
				isNull(commitments.mergedIntoId),
				opts.commitmentId !== undefined ? eq(commitments.id, opts.commitmentId) : undefined
			)
		)
		.orderBy(desc(commitments.createdAt), desc(commitments.id))
		.limit(limit);
	const events = await db
		.select({ e: statusEvents, title: commitments.title, titleEn: commitments.titleEn })
		.from(statusEvents)
		.innerJoin(commitments, eq(commitments.id, statusEvents.commitmentId))
		.where(
			opts.commitmentId !== undefined ? eq(statusEvents.commitmentId, opts.commitmentId) : undefined
		)
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(limit);
	const changes: Change[] = [
		...items.map((i) => ({
			kind: 'new_item' as const,
			commitmentId: i.id,
			title: i.title,
			titleEn: i.titleEn,
			at: i.createdAt.toISOString()
		})),
		...events
			// The first 'announced' event is the item's creation, already listed above.
			.filter(({ e }) => e.fromStatus !== null || e.toStatus !== 'announced')
			.map(({ e, title, titleEn }) => ({
				kind: 'status' as const,
				commitmentId: e.commitmentId,
				title,
				titleEn,
				at: e.createdAt.toISOString(),
				reason: { text: e.reason, key: e.reasonKey, params: e.reasonParams },
				fromStatus: e.fromStatus,
				toStatus: e.toStatus,
				eventId: e.id
			}))
	];
	return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
