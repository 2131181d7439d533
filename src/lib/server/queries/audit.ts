/**
 * What the audit log shows: the editors' full log (who, before, after) and the readers'
 * corrections (dated public notes only). Entries are written by editor/audit.ts.
 */
import { and, desc, eq, isNotNull, lt, or, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { auditLog, users } from '../db/schema';
import type { StoredText } from '../../system-text';

export interface AuditView {
	id: number;
	at: Date;
	by: string | null;
	action: string;
	entityType: string;
	entityId: number | null;
	before: unknown;
	after: unknown;
	publicNote: string | null;
	noteKey: string | null;
	noteParams: unknown;
}

export async function listAudit(
	db: Db,
	filter: { entityType?: string; entityId?: number; before?: number; limit?: number } = {}
): Promise<AuditView[]> {
	const where: SQL[] = [];
	if (filter.entityType) where.push(eq(auditLog.entityType, filter.entityType));
	if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, filter.entityId));
	if (filter.before !== undefined) where.push(lt(auditLog.id, filter.before));
	return db
		.select({
			id: auditLog.id,
			at: auditLog.createdAt,
			by: users.email,
			action: auditLog.action,
			entityType: auditLog.entityType,
			entityId: auditLog.entityId,
			before: auditLog.before,
			after: auditLog.after,
			publicNote: auditLog.publicNote,
			noteKey: auditLog.noteKey,
			noteParams: auditLog.noteParams
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.userId))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(auditLog.id))
		.limit(filter.limit ?? 100);
}

/** Item writes that happened after the version an editor started from: what a conflict shows. */
export async function itemChangesSince(
	db: Db,
	commitmentId: number,
	version: number
): Promise<AuditView[]> {
	const rows = await listAudit(db, { entityType: 'commitment', entityId: commitmentId, limit: 50 });
	return rows.filter((r) => versionOf(r.after) > version).reverse();
}

function versionOf(snapshot: unknown): number {
	const v = (snapshot as { version?: unknown } | null)?.version;
	return typeof v === 'number' ? v : 0;
}

export interface Correction {
	id: number;
	at: Date;
	commitmentId: number | null;
	action: string;
	/** What the editor typed, and what the system said by key: worded when shown. */
	note: StoredText;
}

/** The public corrections log: dated notes only, never editors' emails or raw snapshots. */
export async function listCorrections(db: Db, limit = 200): Promise<Correction[]> {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.createdAt,
			commitmentId: auditLog.entityId,
			action: auditLog.action,
			note: { text: auditLog.publicNote, key: auditLog.noteKey, params: auditLog.noteParams }
		})
		.from(auditLog)
		.where(
			and(
				or(isNotNull(auditLog.publicNote), isNotNull(auditLog.noteKey)),
				eq(auditLog.entityType, 'commitment')
			)
		)
		.orderBy(desc(auditLog.id))
		.limit(limit);
}
