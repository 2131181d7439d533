/** The system's own writes about status: the first event of a new item, and proposals for editors. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { proposals, statusEvents } from '../db/schema';
import { statusCues } from './cues';
import type { LinkReason } from './link';

/** Every new item starts 'announced' on its article's date and waits for an editor's look. */
export async function recordNewItem(tx: Db, commitmentId: number, mentionId: number, day: string, title: string, reason: LinkReason): Promise<void> {
	await tx.insert(statusEvents).values({
		commitmentId,
		fromStatus: null,
		toStatus: 'announced',
		evidenceMentionId: mentionId,
		reason: 'New item: first found in an article',
		effectiveOn: day
	});
	await tx.insert(proposals).values({ kind: 'new_item', commitmentId, mentionId, payload: { title, linkReason: reason } });
}

/**
 * Two kinds of link question for an editor:
 * - a link made on resemblance alone (rule 5: titles share most of their words, nothing else ties
 *   them): accepting keeps the link, rejecting splits the quote off into an item of its own;
 * - a near miss (`nearMiss`: a new item that almost restated another): accepting merges the new
 *   item into the other, rejecting keeps them apart.
 * Links on a shared project, target, semantic key or reprint are not asked about.
 */
export async function proposeLinkReview(tx: Db, commitmentId: number, mentionId: number, reason: LinkReason): Promise<void> {
	if (reason.rule === 'similar') await tx.insert(proposals).values({ kind: 'link', commitmentId, mentionId, payload: { linkReason: reason } });
	else if (reason.rule === 'new' && reason.nearMiss)
		await tx.insert(proposals).values({ kind: 'link', commitmentId, mentionId, payload: { suggest: 'merge', intoId: reason.nearMiss.id, why: reason.nearMiss.why, score: reason.nearMiss.score, linkReason: reason } });
}

export async function currentStatus(tx: Db, commitmentId: number): Promise<string> {
	const [row] = await tx
		.select({ s: statusEvents.toStatus })
		.from(statusEvents)
		.where(eq(statusEvents.commitmentId, commitmentId))
		.orderBy(desc(statusEvents.createdAt), desc(statusEvents.id))
		.limit(1);
	return row?.s ?? 'announced';
}

/**
 * Cue words in a mention → an open 'status' proposal, unless the item already has that status.
 * `effectiveOn` is the article's date: accepted, the change takes effect when it was reported.
 */
export async function proposeFromCues(tx: Db, commitmentId: number, mentionId: number, quote: string, day: string): Promise<number> {
	const hits = statusCues(quote);
	if (hits.length === 0) return 0;
	const now = await currentStatus(tx, commitmentId);
	let n = 0;
	for (const hit of hits) {
		if (hit.toStatus === now) continue;
		const [dup] = await tx
			.select({ id: proposals.id })
			.from(proposals)
			.where(and(eq(proposals.kind, 'status'), eq(proposals.mentionId, mentionId), sql`${proposals.payload}->>'toStatus' = ${hit.toStatus}`));
		if (dup) continue;
		await tx.insert(proposals).values({ kind: 'status', commitmentId, mentionId, payload: { fromStatus: now, toStatus: hit.toStatus, cue: hit.cue, matched: hit.matched, effectiveOn: day } });
		n++;
	}
	return n;
}
