/**
 * The review queue: what the engine proposed (new items, links, status changes), waiting for an
 * editor. Deciding is first-come: the proposal row flips from 'open' only once, so two editors
 * deciding at once get one decision and one "already decided".
 */
// Refusals are worded in the request's language (actions run inside the Paraglide middleware).
import { m as msg } from '../../paraglide/messages';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, mentions, proposals } from '../db/schema';
import { isStatus } from '../track/status';
import type { Actor } from './actor';
import { systemText } from '../../system-text';
import { writeAudit } from './audit';
import { mergeItems, Rollback, splitMention, unwrapRollback } from './merge';
import { changeStatus } from './status';
import { claimVersion, conflictFor, fieldChanges, searchTextOf, type WriteResult } from './items';
import { getItemSnapshot, type ItemSnapshot } from '../queries/editor-items';
import { isMergeSuggestion } from '../queries/proposals';

export interface Decision {
	proposalId: number;
	/** The item version the editor saw next to the proposal. */
	itemVersion: number;
	/** Editor's corrections before accepting. */
	toStatus?: string | null;
	reason?: string | null;
	title?: string | null;
	/** A new item's sector and kind, when the engine guessed them wrong. */
	sector?: string | null;
	kind?: string | null;
	publicNote?: string | null;
}

type Decided =
	WriteResult<{ itemId: number | null }> | { ok: false; reason: 'decided'; message: string };

async function claimProposal(tx: Db, actor: Actor, id: number, state: 'accepted' | 'rejected') {
	const [row] = await tx
		.update(proposals)
		.set({ state, decidedBy: actor.id, decidedAt: new Date() })
		.where(and(eq(proposals.id, id), eq(proposals.state, 'open')))
		.returning();
	return row ?? null;
}

const payloadString = (p: Record<string, unknown>, ...keys: string[]) => {
	for (const k of keys) if (typeof p[k] === 'string' && p[k]) return p[k] as string;
	return null;
};

/** The item as it stands now: following merges, since it may have been merged away meanwhile. */
async function liveItem(tx: Db, id: number): Promise<{ id: number; version: number } | null> {
	for (let hops = 0; hops < 20; hops++) {
		const [row] = await tx
			.select({
				id: commitments.id,
				version: commitments.version,
				mergedIntoId: commitments.mergedIntoId
			})
			.from(commitments)
			.where(eq(commitments.id, id));
		if (!row) return null;
		if (row.mergedIntoId === null) return { id: row.id, version: row.version };
		id = row.mergedIntoId;
	}
	return null;
}

/**
 * The corrections line of a review-card edit of a new item: a new title alone reads as a
 * retitling; a new sector or kind is listed with the fields it changed.
 */
function reviewCorrection(
	before: ItemSnapshot | null,
	kind: string | undefined,
	changes: Partial<Record<'title' | 'sector' | 'kind', string>>,
	publicNote: string | null
) {
	if (!before) return {};
	const old: Record<string, unknown> = { ...before, kind };
	const changed = (['title', 'sector', 'kind'] as const).filter(
		(k) => changes[k] !== undefined && changes[k] !== old[k]
	);
	if (changed.length === 0) return { publicNote: null };
	const note =
		changed.length === 1 && changed[0] === 'title'
			? systemText('retitled', { id: before.id, from: before.title, to: changes.title! })
			: systemText('corrected', { changes: fieldChanges(old, changes, changed) });
	return { publicNote, note };
}

export async function acceptProposal(db: Db, actor: Actor, d: Decision): Promise<Decided> {
	return db
		.transaction(async (tx): Promise<Decided> => {
			const p = await claimProposal(tx, actor, d.proposalId, 'accepted');
			if (!p) return { ok: false, reason: 'decided', message: msg.srv_already_decided() };
			await writeAudit(tx, {
				userId: actor.id,
				action: 'proposal.accept',
				entityType: 'proposal',
				entityId: p.id,
				before: { state: 'open', payload: p.payload },
				after: { state: 'accepted', edits: d }
			});
			if (p.kind === 'status' && p.commitmentId) {
				const toStatus = d.toStatus || payloadString(p.payload, 'toStatus', 'to_status', 'status');
				if (!toStatus || !isStatus(toStatus))
					throw new Rollback({ ok: false, reason: 'invalid', message: msg.srv_choose_status() });
				const matched = payloadString(p.payload, 'matched');
				const typed = d.reason || payloadString(p.payload, 'reason');
				const said = typed
					? undefined
					: matched
						? systemText('quote_says', { words: matched })
						: systemText('proposal_accepted', {});
				const result = await changeStatus(
					tx,
					actor,
					{
						commitmentId: p.commitmentId,
						expectedVersion: d.itemVersion,
						toStatus,
						reason: typed ?? '',
						evidenceMentionId: p.mentionId,
						evidenceUrl: null,
						note: null,
						effectiveOn: payloadString(p.payload, 'effectiveOn', 'effective_on'),
						publicNote: d.publicNote ?? null
					},
					{ action: 'status.accept_proposal', proposalId: p.id, said }
				);
				if (!result.ok) throw new Rollback(result);
				return { ok: true, itemId: p.commitmentId };
			}
			if (isMergeSuggestion(p) && p.commitmentId) {
				const into = await liveItem(tx, Number(p.payload.intoId));
				if (!into)
					throw new Rollback({
						ok: false,
						reason: 'invalid',
						message: msg.srv_merge_target_gone()
					});
				// The new item proposal of the merged-away item is answered by the same decision.
				await tx
					.update(proposals)
					.set({ state: 'accepted', decidedBy: actor.id, decidedAt: new Date() })
					.where(
						and(
							eq(proposals.kind, 'new_item'),
							eq(proposals.commitmentId, p.commitmentId),
							eq(proposals.state, 'open')
						)
					);
				const merged = await mergeItems(tx, actor, {
					sourceId: p.commitmentId,
					sourceVersion: d.itemVersion,
					targetId: into.id,
					targetVersion: into.version,
					publicNote: d.publicNote ?? null
				});
				if (!merged.ok) throw new Rollback(merged);
				return { ok: true, itemId: into.id };
			}
			if (p.kind === 'new_item' && p.commitmentId && (d.title || d.sector || d.kind)) {
				const before = await getItemSnapshot(tx, p.commitmentId);
				const [row] = await tx
					.select({ kind: commitments.kind })
					.from(commitments)
					.where(eq(commitments.id, p.commitmentId));
				const title = d.title || before?.title || '';
				const changes = {
					...(d.title ? { title: d.title } : {}),
					...(d.sector && d.sector !== before?.sector ? { sector: d.sector } : {}),
					...(d.kind && d.kind !== row?.kind ? { kind: d.kind } : {})
				};
				const version = await claimVersion(tx, p.commitmentId, d.itemVersion, {
					...changes,
					...(d.title
						? { searchText: searchTextOf({ title, titleEn: before?.titleEn ?? null }) }
						: {})
				});
				if (version === null)
					throw new Rollback(await conflictFor(tx, p.commitmentId, d.itemVersion));
				await writeAudit(tx, {
					userId: actor.id,
					action: 'item.edit',
					entityType: 'commitment',
					entityId: p.commitmentId,
					before: { ...before, kind: row?.kind },
					after: { ...before, kind: row?.kind, ...changes, version },
					// Readers may already have seen the item under its first title, sector or kind: say it changed.
					...reviewCorrection(before, row?.kind, changes, d.publicNote ?? null)
				});
			}
			return { ok: true, itemId: p.commitmentId };
		})
		.catch(unwrapRollback<Decided>);
}

/**
 * Rejecting undoes what the engine did: a wrong link splits the mention off into its own item,
 * a new item that is no commitment is removed (its snapshot stays in the audit log), and a
 * status proposal is simply closed.
 */
export async function rejectProposal(db: Db, actor: Actor, d: Decision): Promise<Decided> {
	return db
		.transaction(async (tx): Promise<Decided> => {
			const p = await claimProposal(tx, actor, d.proposalId, 'rejected');
			if (!p) return { ok: false, reason: 'decided', message: msg.srv_already_decided() };
			await writeAudit(tx, {
				userId: actor.id,
				action: 'proposal.reject',
				entityType: 'proposal',
				entityId: p.id,
				before: { state: 'open', payload: p.payload },
				after: { state: 'rejected', edits: d }
			});
			if (p.kind === 'link' && p.mentionId && !isMergeSuggestion(p)) {
				const result = await splitMention(tx, actor, {
					mentionId: p.mentionId,
					expectedVersion: d.itemVersion,
					title: d.title ?? null,
					publicNote: d.publicNote ?? null,
					proposalId: p.id
				});
				if (!result.ok) throw new Rollback(result);
				return { ok: true, itemId: result.newItemId };
			}
			if (p.kind === 'new_item' && p.commitmentId) {
				const before = await getItemSnapshot(tx, p.commitmentId);
				const version = await claimVersion(tx, p.commitmentId, d.itemVersion);
				if (version === null || !before)
					throw new Rollback(await conflictFor(tx, p.commitmentId, d.itemVersion));
				const quotes = await tx
					.select()
					.from(mentions)
					.where(eq(mentions.commitmentId, p.commitmentId));
				// Later articles may have been linked to the item since: removing it would drop their evidence too.
				if (quotes.some((q) => q.id !== p.mentionId))
					throw new Rollback({
						ok: false,
						reason: 'invalid',
						message: msg.srv_item_has_quotes({ id: before.id, count: quotes.length })
					});
				await writeAudit(tx, {
					userId: actor.id,
					action: 'item.remove',
					entityType: 'commitment',
					entityId: p.commitmentId,
					before: { ...before, mentions: quotes },
					after: null,
					publicNote: d.publicNote ?? null,
					note: systemText('removed', { id: before.id, title: before.title })
				});
				// Keep the decided proposal (its cascade would delete it with the item).
				await tx
					.update(proposals)
					.set({ commitmentId: null, mentionId: null })
					.where(eq(proposals.id, p.id));
				await tx.delete(commitments).where(eq(commitments.id, p.commitmentId));
				return { ok: true, itemId: null };
			}
			return { ok: true, itemId: p.commitmentId };
		})
		.catch(unwrapRollback<Decided>);
}
