/**
 * The audit log: every editor write records who, when, what, before and after, inside the
 * transaction of the write itself, so a change and its record commit or vanish together.
 */
import type { Db } from '../db/client';
import { auditLog } from '../db/schema';
import type { SystemText } from '../../system-text';

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
	/** Set when the change corrects something readers have already seen: what the editor typed, */
	publicNote?: string | null;
	/** and what the system says about it (by key, worded when shown). */
	note?: SystemText | null;
}

export async function writeAudit(tx: Db, entry: AuditInput): Promise<number> {
	const [row] = await tx
		.insert(auditLog)
		.values({
			userId: entry.userId,
			action: entry.action,
			entityType: entry.entityType,
			entityId: entry.entityId,
			before: entry.before ?? null,
			after: entry.after ?? null,
			publicNote: entry.publicNote ?? null,
			noteKey: entry.note?.key ?? null,
			noteParams: entry.note?.params ?? null
		})
		.returning({ id: auditLog.id });
	return row!.id;
}
