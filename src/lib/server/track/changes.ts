/** Recent changes for the Atom feeds: new items and status events, newest first. */
import { desc, eq, isNull, and } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, statusEvents } from '../db/schema';

export interface Change {
	kind: 'new_item' | 'status';
	commitmentId: number;
	title: string;
	/** ISO timestamp of the change. */
	at: string;
	summary: string;
	fromStatus?: string | null;
	toStatus?: string;
	eventId?: number;
}

export async function listChanges(db: Db, opts: { commitmentId?: number; limit: number }): Promise<Change[]> {
	const limit = Math.max(1, Math.min(500, opts.limit));
	const items = await db
		.select({ id: commitments.id, title: commitments.title, createdAt: commitments.createdAt })
		.from(commitments)
		.where(and(isNull(commitments.mergedIntoId), opts.commitmentId !== undefined ? eq(commitments.id, opts.commitmentId) : undefined))
		.orderBy(desc(commitments.createdAt), desc(commitments.id))
		.limit(limit);
	const events = await db
		.select({ e: statusEvents, title: commitments.title })
		.from(statusEvents)
		.innerJoin(commitments, eq(commitments.id, statusEvents.commitmentId))
		.where(opts.commitmentId !== undefined ? eq(statusEvents.commitmentId, opts.commitmentId) : undefined)
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(limit);
	const changes: Change[] = [
		...items.map((i) => ({ kind: 'new_item' as const, commitmentId: i.id, title: i.title, at: i.createdAt.toISOString(), summary: `New item: ${i.title}` })),
		...events
			// The first 'announced' event is the item's creation, already listed above.
			.filter(({ e }) => e.fromStatus !== null || e.toStatus !== 'announced')
			.map(({ e, title }) => ({
				kind: 'status' as const,
				commitmentId: e.commitmentId,
				title,
				at: e.createdAt.toISOString(),
				summary: `${e.fromStatus ?? '—'} → ${e.toStatus}: ${e.reason}`,
				fromStatus: e.fromStatus,
				toStatus: e.toStatus,
				eventId: e.id
			}))
	];
	return changes.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
