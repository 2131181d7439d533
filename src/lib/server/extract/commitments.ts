/**
 * Commitment detection on one sentence of folded text.
 *
 * Unit of a commitment: a `;` clause. A clause that names two or more projects or programmes is
 * split into list items (each item is the comma/"và" segment holding the name, plus trailing
 * segments that are not ceremonies); what comes before the first item stays a commitment only
 * if it carries a target figure. Consecutive clauses about the same sector, where the later one
 * adds no cue, figure or name of its own, are merged back into one commitment.
 *
 * A candidate is accepted when it has a forward-looking cue (its own, or inherited from an
 * earlier clause of the sentence: "Hai bên nhất trí A; B; C"), names something concrete, and
 * its score (cue weights + concreteness − negative cues) clears the threshold.
 */
import { findCues, POSITIVE_KINDS, type CueHit, type CueKind } from './cues';
import { findEntities, type EntityMatch } from './entities';
import { findAmounts, type Amount, type NumberStyle } from './numbers';
import type { Sentence, Span } from './segment';
import { profileSectors, type SectorProfile } from './sectors';
import { listSegments, trimEdges } from './spans';
import type { CommitmentKind, Novelty, Sector } from './types';
import { findTargetYear } from './years';

export interface Detected {
	start: number;
	end: number;
	score: number;
	cues: string[];
	amount: Amount | null;
	entities: EntityMatch[];
	sector: Sector;
	novelty: Novelty;
	kind: CommitmentKind;
	targetYear: number | null;
	/** Number of sectors the passage mentions (0: none, so it can join its neighbour). */
	breadth: number;
	/** Offset (in the same text) where the action phrase starts, for titles. */
	actionStart: number;
	item: boolean;
}

const THRESHOLD = 3;
/** Units that describe a project's specification rather than a goal. */
const SPEC_UNITS = new Set(['kV']);
const MAX_ACTION_OFFSET = 80;
const INHERITED: ReadonlySet<CueKind> = new Set(['agreement', 'pledge', 'future', 'assignment', 'ongoing']);
const RENEWING: ReadonlySet<CueKind> = new Set(['reaffirmation', 'ongoing']);
const NEW_KINDS: ReadonlySet<CueKind> = new Set(['agreement', 'pledge', 'target', 'future', 'start', 'assignment']);
const CEREMONY: ReadonlySet<CueKind> = new Set(['boilerplate', 'event', 'past', 'discussion']);
const PROJECT_KINDS = new Set(['expressway', 'railway', 'port', 'dry_port', 'power_plant', 'transmission_line', 'industrial_park', 'economic_zone', 'corridor', 'border_gate', 'airport', 'bridge', 'mine', 'park', 'building']);
const TRADE_TARGET = /\b(?:kim ngach|thuong mai|trade|xuat khau|nhap khau|exports?|imports?)\b/i;

interface Candidate extends Span {
	item: boolean;
	inherited: CueHit[];
	/** Clause starts with a capitalised noun (a list continuation): it shares the head's novelty. */
	continuation: boolean;
}

/**
 * One block of folded text with its cues, entities and amounts found once, in a single pass
 * each; sentences, clauses and candidates then only filter these by offset.
 */
export interface BlockContext {
	text: string;
	language: 'vi' | 'en';
	style: NumberStyle;
	publishedYear: number | null;
	cues: CueHit[];
	ents: EntityMatch[];
	amounts: Amount[];
}
type Context = BlockContext;

/**
 * Positive cues are searched in the whole block; negative cues, entities and amounts only in
 * the sentences that have a positive cue, since no other sentence can yield a commitment.
 */
export function blockContext(text: string, language: 'vi' | 'en', publishedYear: number | null, sentences: Sentence[]): BlockContext {
	const ctx: BlockContext = { text, language, style: language, publishedYear, cues: findCues(text, language, 'positive'), ents: [], amounts: [] };
	let h = 0;
	for (const s of sentences) {
		while (h < ctx.cues.length && ctx.cues[h]!.index < s.start) h++;
		if (h >= ctx.cues.length || ctx.cues[h]!.index >= s.end || s.caption || s.heading || s.end - s.start > MAX_SENTENCE) continue;
		const t = text.slice(s.start, s.end);
		for (const c of findCues(t, language, 'negative')) ctx.cues.push({ ...c, index: c.index + s.start });
		for (const e of findEntities(t)) ctx.ents.push({ ...e, start: e.start + s.start, end: e.end + s.start });
		for (const a of findAmounts(t, language)) ctx.amounts.push({ ...a, start: a.start + s.start, end: a.end + s.start });
	}
	ctx.cues.sort((a, b) => a.index - b.index);
	return ctx;
}

/** Cues inside `s`, with `index` made relative to `s.start`. */
function cuesIn(ctx: Context, s: Span): CueHit[] {
	const out: CueHit[] = [];
	for (const h of ctx.cues) if (h.index >= s.start && h.index + h.length <= s.end) out.push({ ...h, index: h.index - s.start });
	return out;
}

function entitiesIn(ctx: Context, s: Span): EntityMatch[] {
	return ctx.ents.filter((e) => e.start >= s.start && e.end <= s.end);
}

function amountsIn(ctx: Context, s: Span): Amount[] {
	return ctx.amounts.filter((a) => a.start >= s.start && a.end <= s.end && !SPEC_UNITS.has(a.unit ?? ''));
}

function hasNegative(ctx: Context, s: Span): boolean {
	return cuesIn(ctx, s).some((c) => CEREMONY.has(c.kind));
}

/** Splits a clause naming several projects into one candidate per project (plus a target head). */
function splitList(ctx: Context, clause: Span, ents: EntityMatch[], inherited: CueHit[], continuation: boolean): Candidate[] {
	const segs = listSegments(ctx.text, clause.start, clause.end, ents);
	const out: Candidate[] = [];
	const headCues = [...inherited];
	// Cues before the first name govern every item: "Both sides will continue to build A and B".
	for (const c of cuesIn(ctx, { start: clause.start, end: ents[0]!.start })) if (INHERITED.has(c.kind) || RENEWING.has(c.kind)) headCues.push(c);
	let current: Candidate | null = null;
	let headEnd = -1;
	for (const seg of segs) {
		const own = ents.some((e) => e.start >= seg.start && e.start < seg.end);
		if (own) {
			if (current) out.push(current);
			current = { ...seg, item: true, inherited: headCues, continuation };
		} else if (current) {
			if (hasNegative(ctx, seg)) {
				out.push(current);
				current = null;
			} else current.end = seg.end;
		} else if (out.length === 0) {
			headEnd = seg.end;
			
		}
	}
	if (current) out.push(current);
	if (headEnd > clause.start && amountBefore(ctx, clause.start, headEnd))
		out.unshift({ start: clause.start, end: headEnd, item: false, inherited, continuation });
	return out;
}

/** A target figure (not a technical spec like "500 kV") in `text[from, to)`. */
function amountBefore(ctx: Context, from: number, to: number): boolean {
	return amountsIn(ctx, { start: from, end: to }).length > 0;
}

const GOAL_BEFORE = /(?:phan dau|muc tieu|huong toi|dat|len|target|to|reach|of)\s+(?:\S+\s+){0,5}?$/i;

function targetAmount(ctx: Context, s: Span): Amount | null {
	const amounts = amountsIn(ctx, s);
	return amounts.find((a) => GOAL_BEFORE.test(ctx.text.slice(Math.max(s.start, a.start - 60), a.start))) ?? amounts[0] ?? null;
}

function classify(ents: EntityMatch[], profile: SectorProfile, amount: Amount | null, text: string): { sector: Sector; kind: CommitmentKind } {
	const e = ents[0];
	if (amount) return { sector: TRADE_TARGET.test(text) && amount.unit === 'USD' ? 'trade' : profile.sector, kind: 'target' };
	if (e) {
		const kind: CommitmentKind = PROJECT_KINDS.has(e.kind) ? 'project' : 'programme';
		return { sector: e.sector === 'other' ? profile.sector : e.sector, kind };
	}
	return { sector: profile.sector, kind: profile.programme ? 'programme' : 'policy' };
}

function evaluate(ctx: Context, c: Candidate): Detected | null {
	const span = trimEdges(ctx.text, c.start, c.end);
	if (span.end - span.start < 12) return null;
	const t = ctx.text.slice(span.start, span.end);
	const own = cuesIn(ctx, span);
	const positives = [...own.filter((h) => POSITIVE_KINDS.has(h.kind)), ...c.inherited];
	if (positives.length === 0) return null;
	const negatives = own.filter((h) => !POSITIVE_KINDS.has(h.kind));
	const ents = entitiesIn(ctx, span);
	const amount = targetAmount(ctx, span);
	const profile = profileSectors(t);
	const concreteness = (amount ? 3 : 0) + (ents.length ? 3 : 0) + (profile.programme ? 2 : 0) + (profile.concreteHits >= 2 ? 3 : profile.concreteHits * 2);
	if (concreteness < (profile.relation > 0 ? 3 : 2)) return null;
	const best = Math.max(...positives.map((h) => h.weight));
	const score = best + Math.min(1, 0.5 * (new Set(positives.map((h) => h.kind)).size - 1)) + Math.min(concreteness, 5) * 0.75 + negatives.reduce((s, h) => s + h.weight, 0);
	if (score < THRESHOLD) return null;
	const ownKinds = new Set(own.filter((h) => POSITIVE_KINDS.has(h.kind)).map((h) => h.kind));
	const renewed = [...ownKinds].some((k) => RENEWING.has(k)) || (c.continuation && c.inherited.some((h) => RENEWING.has(h.kind)));
	const novelty: Novelty = renewed ? 'reaffirmed' : positives.some((h) => NEW_KINDS.has(h.kind)) ? 'new' : 'unclear';
	const action = actionAfterCues(t, own);
	return {
		...span,
		score,
		cues: [...new Set([...positives, ...negatives].map((h) => h.name))],
		amount,
		entities: ents,
		...classify(ents, profile, amount, t),
		novelty,
		targetYear: findTargetYear(t, ctx.publishedYear),
		breadth: profile.breadth,
		actionStart: span.start + action,
		item: c.item
	};
}

/** Where the action phrase begins: after the first chain of cue words ("nhất trí tiếp tục …"). */
function actionAfterCues(t: string, own: CueHit[]): number {
	let at = -1;
	for (const h of own) {
		if (!POSITIVE_KINDS.has(h.kind)) continue;
		if (at === -1 && h.index > MAX_ACTION_OFFSET) break;
		if (at === -1 || h.index <= at + 1) at = Math.max(at, h.index + h.length);
	}
	return at === -1 ? 0 : at;
}

/** Merges a plain clause into the previous one when it only continues the same topic. */
function mergeable(prev: Detected, next: Detected, ownStrong: boolean): boolean {
	return !prev.item && !next.item && !next.amount && next.entities.length === 0 && !prev.amount && prev.entities.length === 0 && !ownStrong && (next.sector === prev.sector || next.breadth === 0);
}

const MAX_SENTENCE = 2000;

export function detectInSentence(ctx: BlockContext, sentence: Sentence): Detected[] {
	if (sentence.caption || sentence.heading || sentence.end - sentence.start > MAX_SENTENCE) return [];
	const text = ctx.text;
	const out: Detected[] = [];
	const inherited: CueHit[] = [];
	let prevClauseAccepted = false;
	for (const clause of sentence.clauses) {
		const clauseCues = cuesIn(ctx, clause);
		const continuation = /^[A-Z]/.test(text.charAt(clause.start)) && clause.start !== sentence.clauses[0]!.start;
		const ents = entitiesIn(ctx, clause);
		const candidates =
			new Set(ents.map((e) => e.slug)).size >= 2 || (ents.length > 0 && amountBefore(ctx, clause.start, ents[0]!.start))
				? splitList(ctx, clause, ents, [...inherited], continuation)
				: [{ ...clause, end: ents.length ? trimCeremonyTail(ctx, clause, ents) : clause.end, item: false, inherited: [...inherited], continuation }];
		let accepted = false;
		for (const cand of candidates) {
			const d = evaluate(ctx, cand);
			if (!d) {
				if (prevClauseAccepted && !accepted && candidates.length === 1) extendWithTail(ctx, out[out.length - 1], clause);
				continue;
			}
			const prev = out[out.length - 1];
			const ownStrong = clauseCues.some((h) => h.kind === 'agreement' || h.kind === 'pledge');
			if (prev && prevClauseAccepted && !accepted && mergeable(prev, d, ownStrong)) {
				prev.end = d.end;
				prev.cues = [...new Set([...prev.cues, ...d.cues])];
			} else out.push(d);
			accepted = true;
		}
		prevClauseAccepted = accepted;
		for (const h of clauseCues) if (INHERITED.has(h.kind) || RENEWING.has(h.kind)) inherited.push(h);
	}
	return out;
}

/**
 * A clause with no cue, no sector and no negative cue of its own that follows an accepted
 * clause finishes that clause's thought ("…; tích cực tháo gỡ các khó khăn, vướng mắc").
 */
function extendWithTail(ctx: Context, prev: Detected | undefined, clause: Span): void {
	if (!prev || prev.item) return;
	const t = ctx.text.slice(clause.start, clause.end);
	if (profileSectors(t).breadth > 0 || cuesIn(ctx, clause).length > 0) return;
	prev.end = trimEdges(ctx.text, clause.start, clause.end).end;
}

/** "Lễ khởi công Công viên X và chứng kiến lễ ký kết …": the ceremony tail is not part of the project. */
function trimCeremonyTail(ctx: Context, clause: Span, ents: EntityMatch[]): number {
	const last = ents[ents.length - 1]!;
	const segs = listSegments(ctx.text, clause.start, clause.end, ents);
	for (let i = 1; i < segs.length; i++) if (segs[i]!.start >= last.end && hasNegative(ctx, segs[i]!)) return segs[i - 1]!.end;
	return clause.end;
}
