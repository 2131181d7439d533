/** Merging duplicate items and splitting a wrongly linked mention off into its own item. */
// Refusals are worded in the request's language (actions run inside the Paraglide middleware).
import { m as msg } from '../../paraglide/messages';
import { and, eq, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	articles,
	commitmentEntities,
	commitments,
	mentions,
	proposals,
	statusEvents
} from '../db/schema';
import type { Actor } from './actor';
import { systemText } from '../../system-text';
import { writeAudit } from './audit';
import { claimVersion, conflictFor, searchTextOf, type WriteResult } from './items';
import { updateChains } from '../track/chain-store';
import { getItemSnapshot } from '../queries/editor-items';

export async function mergeItems(
	db: Db,
	actor: Actor,
	input: {
		sourceId: number;
		sourceVersion: number;
		targetId: number;
		targetVersion: number;
		publicNote: string | null;
	}
): Promise<WriteResult<{ version: number }>> {
	if (input.sourceId === input.targetId)
		return { ok: false, reason: 'invalid', message: msg.srv_merge_self() };
	type Result = WriteResult<{ version: number }>;
	return db
		.transaction(async (tx): Promise<Result> => {
			const [source, target] = [
				await getItemSnapshot(tx, input.sourceId),
				await getItemSnapshot(tx, input.targetId)
			];
			if (!source || !target) return { ok: false, reason: 'not_found' } as const;
			if (source.mergedIntoId !== null)
				return {
					ok: false,
					reason: 'invalid',
					message: msg.srv_already_merged({ id: source.id, into: source.mergedIntoId })
				} as const;
			if (target.mergedIntoId !== null)
				return {
					ok: false,
					reason: 'invalid',
					message: msg.srv_target_merged({ id: target.id, into: target.mergedIntoId })
				} as const;
			// Lock in id order so two opposite merges cannot deadlock.
			const claims = [
				{ id: input.sourceId, v: input.sourceVersion, set: { mergedIntoId: input.targetId } },
				{ id: input.targetId, v: input.targetVersion, set: {} }
			].sort((a, b) => a.id - b.id);
			const versions = new Map<number, number>();
			for (const c of claims) {
				const v = await claimVersion(tx, c.id, c.v, c.set);
				if (v === null) throw new Rollback(await conflictFor(tx, c.id, c.v));
				versions.set(c.id, v);
			}
			const moved = await tx
				.update(mentions)
				.set({ commitmentId: input.targetId })
				.where(
					and(
						eq(mentions.commitmentId, input.sourceId),
						sql`not exists (select 1 from ${mentions} m2 where m2.commitment_id = ${input.targetId} and m2.article_id = ${mentions.articleId} and m2.start = ${mentions.start} and m2."end" = ${mentions.end})`
					)
				)
				.returning({ id: mentions.id });
			await settleQueueOnMerge(tx, actor, input.sourceId, input.targetId);
			await tx.execute(
				sql`insert into ${commitmentEntities} (commitment_id, entity_id) select ${input.targetId}, entity_id from ${commitmentEntities} where commitment_id = ${input.sourceId} on conflict do nothing`
			);
			const movedIds = moved.map((m) => m.id);
			await writeAudit(tx, {
				userId: actor.id,
				action: 'item.merge_away',
				entityType: 'commitment',
				entityId: source.id,
				before: source,
				after: {
					...source,
					mergedIntoId: target.id,
					version: versions.get(source.id),
					movedMentionIds: movedIds
				},
				publicNote: input.publicNote,
				note: systemText('merged', {
					id: source.id,
					title: source.title,
					into: target.id,
					intoTitle: target.title
				})
			});
			await writeAudit(tx, {
				userId: actor.id,
				action: 'item.merge_into',
				entityType: 'commitment',
				entityId: target.id,
				before: target,
				after: {
					...target,
					version: versions.get(target.id),
					mergedFromId: source.id,
					movedMentionIds: movedIds
				},
				publicNote: null
			});
			// The target takes the source's mentions (its first date may move earlier) and the source leaves its chain.
			await updateChains(tx, [source.id, target.id]);
			return { ok: true, version: versions.get(target.id)! } as const;
		})
		.catch(unwrapRollback<Result>);
}

/**
 * Moves one mention to a new item of its own: for a link the engine got wrong. The new item
 * starts as announced on the mention's article date, like any item the pipeline creates.
 */
export async function splitMention(
	db: Db,
	actor: Actor,
	input: {
		mentionId: number;
		expectedVersion: number;
		title: string | null;
		publicNote: string | null;
		proposalId?: number;
		fromItemId?: number;
	}
): Promise<WriteResult<{ version: number; newItemId: number }>> {
	return db.transaction(async (tx) => {
		const [m] = await tx
			.select({
				id: mentions.id,
				commitmentId: mentions.commitmentId,
				quote: mentions.quote,
				extracted: mentions.extracted,
				publishedOn: articles.publishedOn
			})
			.from(mentions)
			.innerJoin(articles, eq(articles.id, mentions.articleId))
			.where(eq(mentions.id, input.mentionId));
		if (!m) return { ok: false, reason: 'not_found' } as const;
		// From an item's page, the split is of that item: a quote of another item is refused, not moved off it.
		if (input.fromItemId !== undefined && m.commitmentId !== input.fromItemId) {
			return {
				ok: false,
				reason: 'invalid',
				message: msg.srv_quote_not_evidence({ quote: m.id, id: input.fromItemId })
			} as const;
		}
		const [{ n }] = (await tx
			.select({ n: sql<number>`count(*)::int` })
			.from(mentions)
			.where(eq(mentions.commitmentId, m.commitmentId))) as [{ n: number }];
		if (n < 2)
			return {
				ok: false,
				reason: 'invalid',
				message: msg.srv_only_quote()
			} as const;
		const item = await getItemSnapshot(tx, m.commitmentId);
		const [row] = await tx.select().from(commitments).where(eq(commitments.id, m.commitmentId));
		const version = await claimVersion(tx, m.commitmentId, input.expectedVersion);
		if (version === null || !item || !row)
			return conflictFor(tx, m.commitmentId, input.expectedVersion);

		const ex = m.extracted as Partial<Record<string, unknown>>;
		const title = input.title ?? (typeof ex.title === 'string' ? ex.title : `${row.title} (split)`);
		const titleEn = typeof ex.title_en === 'string' ? ex.title_en : null;
		const [created] = await tx
			.insert(commitments)
			.values({
				title,
				titleEn,
				searchText: searchTextOf({ title, titleEn }),
				sector: typeof ex.sector === 'string' ? ex.sector : row.sector,
				kind: typeof ex.kind === 'string' ? ex.kind : row.kind,
				targetValue: typeof ex.target_value === 'string' ? ex.target_value : null,
				targetValueMax: typeof ex.target_value_max === 'string' ? ex.target_value_max : null,
				unit: typeof ex.unit === 'string' ? ex.unit : null,
				targetYear: typeof ex.target_year === 'number' ? ex.target_year : null
			})
			.returning();
		await tx
			.update(mentions)
			.set({
				commitmentId: created!.id,
				linkReason: { rule: 'editor_split', byUserId: actor.id, from: m.commitmentId }
			})
			.where(eq(mentions.id, m.id));
		await settleQueueOnSplit(tx, actor, m.id, m.commitmentId, created!.id);
		await tx.insert(statusEvents).values({
			commitmentId: created!.id,
			toStatus: 'announced',
			userId: actor.id,
			evidenceMentionId: m.id,
			reason: '',
			reasonKey: 'split_off',
			reasonParams: { id: m.commitmentId },
			effectiveOn: m.publishedOn
		});
		await writeAudit(tx, {
			userId: actor.id,
			action: 'item.split_from',
			entityType: 'commitment',
			entityId: m.commitmentId,
			before: item,
			after: { ...item, version, removedMentionId: m.id, newItemId: created!.id },
			publicNote: input.publicNote,
			note: systemText('split_note', { id: m.commitmentId, title: row.title, newId: created!.id })
		});
		await writeAudit(tx, {
			userId: actor.id,
			action: 'item.split_create',
			entityType: 'commitment',
			entityId: created!.id,
			before: null,
			after: {
				...created,
				version: created!.version,
				mentionId: m.id,
				splitFromId: m.commitmentId,
				...(input.proposalId ? { proposalId: input.proposalId } : {})
			},
			publicNote: null
		});
		await updateChains(tx, [m.commitmentId, created!.id]);
		return { ok: true, version, newItemId: created!.id } as const;
	});
}

const open = eq(proposals.state, 'open');
const mergeSuggestion = and(
	eq(proposals.kind, 'link'),
	sql`${proposals.payload}->>'suggest' = 'merge'`
);
const suggestsInto = (id: number) => sql`${proposals.payload}->>'intoId' = ${String(id)}`;
const decidedBy = (actor: Actor, state: 'accepted' | 'rejected') => ({
	state,
	decidedBy: actor.id,
	decidedAt: new Date()
});

/**
 * The queue after a merge, so it shows no card twice and none about an item that is gone: the
 * merged-away item's "new item" question and any suggestion to merge the two are answered by the
 * merge; suggestions to merge a third item into the source now name the target; every other open
 * card moves to the target with its quote.
 */
async function settleQueueOnMerge(tx: Db, actor: Actor, sourceId: number, targetId: number) {
	await tx
		.update(proposals)
		.set(decidedBy(actor, 'accepted'))
		.where(
			and(
				open,
				or(
					and(eq(proposals.kind, 'new_item'), eq(proposals.commitmentId, sourceId)),
					and(mergeSuggestion, eq(proposals.commitmentId, sourceId), suggestsInto(targetId)),
					and(mergeSuggestion, eq(proposals.commitmentId, targetId), suggestsInto(sourceId))
				)
			)
		);
	await tx
		.update(proposals)
		.set({ payload: sql`jsonb_set(${proposals.payload}, '{intoId}', to_jsonb(${targetId}::int))` })
		.where(and(open, mergeSuggestion, suggestsInto(sourceId)));
	await tx
		.update(proposals)
		.set({ commitmentId: targetId })
		.where(and(open, eq(proposals.commitmentId, sourceId)));
}

/**
 * The queue after a quote is split off its item: status evidence goes with the quote; the
 * question whether the quote belongs to the item is answered (it does not); the item's own
 * "new item" card shows a quote the item still has.
 */
async function settleQueueOnSplit(
	tx: Db,
	actor: Actor,
	mentionId: number,
	fromId: number,
	newId: number
) {
	await tx
		.update(proposals)
		.set({ commitmentId: newId })
		.where(and(open, eq(proposals.mentionId, mentionId), eq(proposals.kind, 'status')));
	await tx
		.update(proposals)
		.set(decidedBy(actor, 'rejected'))
		.where(
			and(
				open,
				eq(proposals.kind, 'link'),
				eq(proposals.mentionId, mentionId),
				eq(proposals.commitmentId, fromId),
				sql`coalesce(${proposals.payload}->>'suggest', '') <> 'merge'`
			)
		);
	await tx
		.update(proposals)
		.set({
			mentionId: sql`(select min(${mentions.id}) from ${mentions} where ${mentions.commitmentId} = ${fromId})`
		})
		.where(
			and(
				open,
				eq(proposals.kind, 'new_item'),
				eq(proposals.mentionId, mentionId),
				eq(proposals.commitmentId, fromId)
			)
		);
}

/** Thrown to roll a transaction back while still returning a result to the caller. */
export class Rollback<T> extends Error {
	constructor(readonly result: T) {
		super('rolled back');
	}
}

export function unwrapRollback<T>(e: unknown): T {
	if (e instanceof Rollback) return e.result as T;
	throw e;
}
