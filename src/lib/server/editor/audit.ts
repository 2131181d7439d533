/**
 * The audit log: every editor write records who, when, what, before and after, inside the
 * transaction of the write itself, so a change and its record commit or vanish together.
 */
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';

export interface AuditInput {
	userId: number | null;
	action: string;
	entityType:
		| 'commitment'
		| 'mention'
		| 'proposal'
		| 'article'
		| 'user'
		| 'import_job'
		| 'official_trade'
		| 'feed';
	entityId: number | null;
	before: unknown;
	after: unknown;
	/** Set when the change corrects something readers have already seen. */
	publicNote?: string | null;
}

export async function writeAudit(tx: Db, entry: AuditInput): Promise<number> {
	const [row] = await tx
		.insert(auditLog)
		.values({
			...entry,
			before: entry.before ?? null,
			after: entry.after ?? null,
			publicNote: entry.publicNote ?? null
		})
		.returning({ id: auditLog.id });
	return row!.id;
}
