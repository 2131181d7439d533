/** The system's own writes about status: the first event of a new item, and proposals for editors. */
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { proposals, statusEvents } from '../db/schema';
import { currentStatus } from './current-status';
import { aspectWords, futureGoverns, type SentenceEvidence } from './evidence';
import type { LinkReason } from './link';
import type { Status } from './status';
import { systemText } from '../../system-text';

/**
 * The first status comes from what the first quote says: under way ('ongoing') → in progress,
 * anything else → announced. A reported completion is never applied by the system: it becomes a
 * proposal (proposeFromEvidence) for an editor.
 */
export function firstStatus(evidence: Pick<SentenceEvidence, 'aspect'>): Status {
	return evidence.aspect === 'ongoing' ? 'in_progress' : 'announced';
}

/** The first event's reason, by key; an article's words that say the work is under way are kept as written. */
function firstReason(toStatus: string, words: { words: string }[]) {
	const said =
		toStatus === 'in_progress'
			? systemText('first_found_underway', { words: words.map((w) => w.words) })
			: systemText('first_found', {});
	return { reason: '', reasonKey: said.key, reasonParams: said.params };
}

/** A new item gets its first status on its article's date and waits for an editor's look. */
export async function recordNewItem(
	tx: Db,
	commitmentId: number,
	mentionId: number,
	day: string | null,
	title: string,
	reason: LinkReason,
	evidence: SentenceEvidence
): Promise<void> {
	const toStatus = firstStatus(evidence);
	const words = aspectWords(evidence);
	await tx.insert(statusEvents).values({
		commitmentId,
		fromStatus: null,
		toStatus,
		evidenceMentionId: mentionId,
		...firstReason(toStatus, words),
		effectiveOn: day
	});
	await tx
		.insert(proposals)
		.values({ kind: 'new_item', commitmentId, mentionId, payload: { title, linkReason: reason } });
}

/**
 * The system's first event of an item takes the date of the earliest dated article that states
 * it, whatever order the articles were imported in: an earlier-dated quote linked later moves the
 * event (and its evidence) back to its date. Editors' events are never touched.
 */
export async function backdateFirstEvent(
	tx: Db,
	commitmentId: number,
	mentionId: number,
	day: string,
	evidence?: SentenceEvidence
): Promise<void> {
	const moved = await tx
		.update(statusEvents)
		.set({ effectiveOn: day, evidenceMentionId: mentionId })
		.where(
			and(
				eq(statusEvents.commitmentId, commitmentId),
				isNull(statusEvents.fromStatus),
				isNull(statusEvents.userId),
				or(isNull(statusEvents.effectiveOn), sql`${statusEvents.effectiveOn} > ${day}::date`)
			)
		)
		.returning({ id: statusEvents.id });
	if (!evidence || moved.length === 0) return;
	// The first status also comes from that earliest evidence ("đang tích cực thực hiện" → in
	// progress), as it would have had the articles come in date order; only while nothing followed it.
	const events = await tx
		.select({ id: statusEvents.id })
		.from(statusEvents)
		.where(eq(statusEvents.commitmentId, commitmentId));
	if (events.length !== 1) return;
	const toStatus = firstStatus(evidence);
	const words = aspectWords(evidence);
	await tx
		.update(statusEvents)
		.set({
			toStatus,
			...firstReason(toStatus, words)
		})
		.where(eq(statusEvents.id, moved[0]!.id));
}

/**
 * Two kinds of link question for an editor:
 * - a link made on resemblance alone (rule 5: titles share most of their words, nothing else ties
 *   them): accepting keeps the link, rejecting splits the quote off into an item of its own;
 * - a near miss (`nearMiss`: a new item that almost restated another): accepting merges the new
 *   item into the other, rejecting keeps them apart.
 * Links on a shared project, target, semantic key or reprint are not asked about.
 */
export async function proposeLinkReview(
	tx: Db,
	commitmentId: number,
	mentionId: number,
	reason: LinkReason
): Promise<void> {
	if (reason.rule === 'similar')
		await tx
			.insert(proposals)
			.values({ kind: 'link', commitmentId, mentionId, payload: { linkReason: reason } });
	else if (reason.rule === 'new' && reason.nearMiss)
		await tx.insert(proposals).values({
			kind: 'link',
			commitmentId,
			mentionId,
			payload: {
				suggest: 'merge',
				intoId: reason.nearMiss.id,
				why: reason.nearMiss.why,
				whyKey: reason.nearMiss.whyKey,
				score: reason.nearMiss.score,
				linkReason: reason
			}
		});
}

/**
 * What the quote's sentence says happened → open 'status' proposals, unless the item already has
 * that status. Cue words inside the quote ("khởi công", "khánh thành", "vượt mục tiêu") propose
 * their status, unless a future or pledge word governs them ("sẽ tổ chức …; Lễ khởi công",
 * "nhất trí sớm khởi công"); the sentence's aspect proposes one too (done → achieved, ongoing →
 * in progress). The payload carries the whole sentence with the words that decided, as the article
 * wrote them, so the editor reads them in context. `effectiveOn` is the article's date.
 */
export async function proposeFromEvidence(
	tx: Db,
	commitmentId: number,
	mentionId: number,
	evidence: SentenceEvidence,
	quoteRange: { start: number; end: number },
	day: string | null
): Promise<number> {
	const inQuote = evidence.cues.filter(
		(c) =>
			c.start >= quoteRange.start &&
			c.end <= quoteRange.end &&
			!futureGoverns(evidence.sentence, c.start)
	);
	const wanted: {
		toStatus: Status;
		cue: string;
		marks: { start: number; end: number; words: string }[];
	}[] = inQuote.map((c) => ({ toStatus: c.toStatus, cue: c.cue, marks: [c] }));
	const marks = aspectWords(evidence);
	if (evidence.aspect === 'done' && !wanted.some((w) => w.toStatus === 'achieved'))
		wanted.push({ toStatus: 'achieved', cue: 'aspect_done', marks });
	if (evidence.aspect === 'ongoing' && !wanted.some((w) => w.toStatus === 'in_progress'))
		wanted.push({ toStatus: 'in_progress', cue: 'aspect_ongoing', marks });
	if (wanted.length === 0) return 0;
	const now = (await currentStatus(tx, commitmentId)) ?? 'announced';
	let n = 0;
	for (const w of wanted) {
		if (w.toStatus === now || (now === 'achieved' && w.toStatus === 'in_progress')) continue;
		const [dup] = await tx
			.select({ id: proposals.id })
			.from(proposals)
			.where(
				and(
					eq(proposals.kind, 'status'),
					eq(proposals.mentionId, mentionId),
					sql`${proposals.payload}->>'toStatus' = ${w.toStatus}`
				)
			);
		if (dup) continue;
		await tx.insert(proposals).values({
			kind: 'status',
			commitmentId,
			mentionId,
			payload: {
				fromStatus: now,
				toStatus: w.toStatus,
				cue: w.cue,
				matched: w.marks.map((m) => m.words).join(' … '),
				sentence: evidence.sentence,
				highlights: w.marks.map((m) => ({ start: m.start, end: m.end })),
				aspect: evidence.aspect,
				effectiveOn: day
			}
		});
		n++;
	}
	return n;
}
