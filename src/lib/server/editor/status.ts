// Refusals are worded in the request's language (actions run inside the Paraglide middleware).
import { m as msg } from '../../paraglide/messages';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, mentions, statusEvents } from '../db/schema';
import type { Actor } from './actor';
import type { SystemText } from '../../system-text';
import { writeAudit } from './audit';
import type { StatusChange } from './fields';
import { currentStatus } from '../track/current-status';
import { claimVersion, conflictFor, type WriteResult } from './items';
import { today } from '../../as-of';

/**
 * An editor's status change: a new status event with reason and evidence, the item's version
 * bumped (a status decided on stale information is a conflict too) and the audit entry, in one
 * transaction. `tx` lets a proposal acceptance run it inside its own transaction.
 */
export async function changeStatus(
	db: Db,
	actor: Actor,
	input: StatusChange & { commitmentId: number; expectedVersion: number },
	/** `said`: the system's reason (by key) when the editor typed none. */
	extra: { action?: string; proposalId?: number; said?: SystemText } = {}
): Promise<WriteResult<{ version: number; eventId: number }>> {
	return db.transaction(async (tx) => {
		// Without a date of its own, a change took effect when its evidence was published, not on
		// the day an editor got round to recording it; with no dated evidence, today.
		let evidenceDay: string | null = null;
		if (input.evidenceMentionId !== null) {
			const [m] = await tx
				.select({ commitmentId: mentions.commitmentId, publishedOn: articles.publishedOn })
				.from(mentions)
				.innerJoin(articles, eq(articles.id, mentions.articleId))
				.where(eq(mentions.id, input.evidenceMentionId));
			if (m?.commitmentId !== input.commitmentId)
				return {
					ok: false,
					reason: 'invalid',
					message: msg.srv_evidence_not_item()
				} as const;
			evidenceDay = m.publishedOn;
		}
		const fromStatus = await currentStatus(tx, input.commitmentId);
		const version = await claimVersion(tx, input.commitmentId, input.expectedVersion);
		if (version === null) return conflictFor(tx, input.commitmentId, input.expectedVersion);
		const [event] = await tx
			.insert(statusEvents)
			.values({
				commitmentId: input.commitmentId,
				fromStatus,
				toStatus: input.toStatus,
				userId: actor.id,
				evidenceMentionId: input.evidenceMentionId,
				evidenceUrl: input.evidenceUrl,
				note: input.note,
				reason: input.reason,
				reasonKey: extra.said?.key ?? null,
				reasonParams: extra.said?.params ?? null,
				effectiveOn: input.effectiveOn ?? evidenceDay ?? today()
			})
			.returning({ id: statusEvents.id });
		await writeAudit(tx, {
			userId: actor.id,
			action: extra.action ?? 'status.change',
			entityType: 'commitment',
			entityId: input.commitmentId,
			before: { status: fromStatus, version: input.expectedVersion },
			after: {
				status: input.toStatus,
				version,
				statusEventId: event!.id,
				reason: input.reason || null,
				...(extra.said ? { systemReason: extra.said } : {}),
				evidenceMentionId: input.evidenceMentionId,
				evidenceUrl: input.evidenceUrl,
				note: input.note,
				...(extra.proposalId ? { proposalId: extra.proposalId } : {})
			},
			publicNote: input.publicNote
		});
		return { ok: true, version, eventId: event!.id } as const;
	});
}
