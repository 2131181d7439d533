/**
 * What the review queue reads: the open (or decided) proposals with their item, quote and
 * sentence, the counts per kind, and the queue's order. Deciding lives in editor/proposals.ts.
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { articles, commitments, mentions, proposals, users } from '../db/schema';
import type { ProposalKind } from '../../vocabulary';

export interface QueueEntry {
	id: number;
	kind: string;
	state: string;
	createdAt: Date;
	payload: Record<string, unknown>;
	commitment: { id: number; title: string; version: number; sector: string; kind: string } | null;
	mention: {
		id: number;
		quote: string;
		cues: string[];
		linkReason: Record<string, unknown>;
		articleId: number;
		articleTitle: string;
		publishedOn: string | null;
	} | null;
	/** For a status proposal: the whole sentence, cut into pieces with the deciding words marked. */
	sentence: { text: string; marked: boolean }[] | null;
	/** For a near-miss link proposal: the item the engine thinks this one may restate. */
	/** `why`: the engine's note; `whyKey`: the same as a message key (older proposals have none). */
	mergeInto: { id: number; title: string; why: string; whyKey: unknown } | null;
	decidedBy: string | null;
}

export async function listProposals(
	db: Db,
	state: 'open' | 'accepted' | 'rejected' = 'open',
	limit = 200,
	kind?: ProposalKind
): Promise<QueueEntry[]> {
	const rows = await db
		.select({
			p: proposals,
			c: {
				id: commitments.id,
				title: commitments.title,
				version: commitments.version,
				sector: commitments.sector,
				kind: commitments.kind
			},
			m: {
				id: mentions.id,
				quote: mentions.quote,
				cues: mentions.cues,
				linkReason: mentions.linkReason
			},
			a: { id: articles.id, title: articles.title, publishedOn: articles.publishedOn },
			decidedBy: users.email
		})
		.from(proposals)
		.leftJoin(commitments, eq(commitments.id, proposals.commitmentId))
		.leftJoin(mentions, eq(mentions.id, proposals.mentionId))
		.leftJoin(articles, eq(articles.id, mentions.articleId))
		.leftJoin(users, eq(users.id, proposals.decidedBy))
		.where(and(eq(proposals.state, state), kind ? eq(proposals.kind, kind) : undefined))
		.orderBy(state === 'open' ? proposals.createdAt : desc(proposals.decidedAt), proposals.id)
		.limit(limit);
	const intoIds = rows
		.filter(({ p }) => isMergeSuggestion(p))
		.map(({ p }) => Number(p.payload.intoId));
	const into = intoIds.length
		? await db
				.select({ id: commitments.id, title: commitments.title })
				.from(commitments)
				.where(inArray(commitments.id, intoIds))
		: [];
	return rows.map(({ p, c, m, a, decidedBy }) => ({
		id: p.id,
		kind: p.kind,
		state: p.state,
		createdAt: p.createdAt,
		payload: p.payload,
		commitment: c?.id ? c : null,
		mention:
			m?.id && a?.id
				? { ...m, articleId: a.id, articleTitle: a.title, publishedOn: a.publishedOn }
				: null,
		mergeInto: mergeIntoOf(p, into),
		sentence: sentencePieces(p.payload),
		decidedBy
	}));
}

const SentencePayload = z.object({
	sentence: z.string().min(1),
	highlights: z
		.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().positive() }))
		.default([])
});

/** The sentence a status proposal was read from, in pieces, its highlights marked (overlaps merged). */
export function sentencePieces(payload: Record<string, unknown>): QueueEntry['sentence'] {
	const parsed = SentencePayload.safeParse(payload);
	if (!parsed.success) return null;
	const { sentence, highlights } = parsed.data;
	const ranges = highlights
		.filter((h) => h.end <= sentence.length && h.start < h.end)
		.sort((a, b) => a.start - b.start);
	const out: { text: string; marked: boolean }[] = [];
	let at = 0;
	for (const r of ranges) {
		const start = Math.max(r.start, at);
		if (r.end <= start) continue;
		if (start > at) out.push({ text: sentence.slice(at, start), marked: false });
		out.push({ text: sentence.slice(start, r.end), marked: true });
		at = r.end;
	}
	if (at < sentence.length) out.push({ text: sentence.slice(at), marked: false });
	return out;
}

function mergeIntoOf(
	p: { kind: string; payload: Record<string, unknown> },
	items: { id: number; title: string }[]
): QueueEntry['mergeInto'] {
	if (!isMergeSuggestion(p)) return null;
	const item = items.find((i) => i.id === Number(p.payload.intoId));
	return item
		? {
				...item,
				why: typeof p.payload.why === 'string' ? p.payload.why : '',
				whyKey: p.payload.whyKey ?? null
			}
		: null;
}

export async function countOpenProposals(db: Db): Promise<number> {
	const [row] = await db
		.select({ n: sql<number>`count(*)::int` })
		.from(proposals)
		.where(eq(proposals.state, 'open'));
	return row?.n ?? 0;
}

export async function countOpenByKind(db: Db): Promise<Record<string, number>> {
	const rows = await db
		.select({ kind: proposals.kind, n: sql<number>`count(*)::int` })
		.from(proposals)
		.where(eq(proposals.state, 'open'))
		.groupBy(proposals.kind);
	return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/**
 * A link proposal of a near miss (track/link.ts): the engine kept the quote as a new item and asks
 * whether it restates `intoId`. Accepting merges it there; rejecting keeps the two apart.
 */
export function isMergeSuggestion(p: { kind: string; payload: Record<string, unknown> }): boolean {
	return p.kind === 'link' && p.payload.suggest === 'merge' && Number.isInteger(p.payload.intoId);
}

/** Open proposals in queue order (of one kind, or all): where an editor is in the queue. */
export async function openQueueOrder(
	db: Db,
	kind?: string
): Promise<{ id: number; commitmentId: number | null }[]> {
	return db
		.select({ id: proposals.id, commitmentId: proposals.commitmentId })
		.from(proposals)
		.where(
			kind
				? and(eq(proposals.state, 'open'), eq(proposals.kind, kind))
				: eq(proposals.state, 'open')
		)
		.orderBy(proposals.createdAt, proposals.id);
}
