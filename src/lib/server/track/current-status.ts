import { desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { statusEvents } from '../db/schema';

/**
 * An item's status now: its latest status event, by when it was written (not by the day it took
 * effect), or null for an item without one. The system's proposals, the trade rules and the
 * editor's status form all ask this one question.
 */
export async function currentStatus(db: Db, commitmentId: number): Promise<string | null> {
	const [row] = await db
		.select({ toStatus: statusEvents.toStatus })
		.from(statusEvents)
		.where(eq(statusEvents.commitmentId, commitmentId))
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(1);
	return row?.toStatus ?? null;
}
