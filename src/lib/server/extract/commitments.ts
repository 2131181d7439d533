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
import {
	AGENDA_VERB,
	asciiLower,
	findCues,
	OBLIGED_VERBS,
	POSITIVE_KINDS,
	type CueHit,
	type CueKind
} from './cues';
import { ENTITY_REGISTRY, findEntities, type EntityMatch } from './entities';
import { PROJECT_KINDS } from './registry';
import { findAmounts, type Amount, type NumberStyle } from './numbers';
import type { Sentence, Span } from './segment';
import { profileSectors, type SectorProfile } from './sectors';
import { firmAlone, firmGift, heldEvent, retoldPast } from './retold';
import { listSegments, trimEdges } from './spans';
import { mentionsTrade } from './trade';
import type { CommitmentKind, Novelty, Sector } from './types';
import { findTargetYear } from './years';
import { holdsNoUndertaking } from './frames';
import { trackedKind } from './kind';

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
	/** What the score was built from: the fitted scorer's structural features (scorer.ts). */
	parts: ScoreParts;
}

/** The pieces of `judge`'s score, kept for the fitted scorer. */
export interface ScoreParts {
	/** Positive cues of the passage itself (names and kinds). */
	own: CueHit[];
	/** Cues inherited from the clause, sentence or list head before it. */
	inherited: CueHit[];
	negatives: CueHit[];
	amount: boolean;
	entities: boolean;
	programme: boolean;
	concreteHits: number;
	relation: boolean;
	continuation: boolean;
	step: boolean;
}

/**
 * The hand-set score a candidate must reach; the fitted scorer (scorer.ts) may still veto it. The training
 * script generates looser candidates (score ≥ 1, CONCRETENESS_SLACK 1) to fit on: near-misses to learn from.
 * Letting the model decide over those loose candidates lost recall on unseen text (docs/extraction.md).
 */
export const CANDIDATE_THRESHOLD = 3;
/** How far below the concreteness gate (2, or 3 for relation words) a candidate may go (training only). */
export const CANDIDATE_SLACK = 0;
let CONCRETENESS_SLACK = CANDIDATE_SLACK;
let THRESHOLD = CANDIDATE_THRESHOLD;
/** For the training script's experiments only: the candidate threshold and concreteness slack to generate with. */
export function setCandidateLooseness(threshold: number, slack: number): void {
	THRESHOLD = threshold;
	CONCRETENESS_SLACK = slack;
}
/** Units that describe a project's specification rather than a goal. */
const SPEC_UNITS = new Set(['kV']);
const MAX_ACTION_OFFSET = 80;
const INHERITED: ReadonlySet<CueKind> = new Set([
	'agreement',
	'pledge',
	'future',
	'assignment',
	'obligation',
	'ongoing'
]);
const RENEWING: ReadonlySet<CueKind> = new Set(['reaffirmation', 'ongoing']);
const NEW_KINDS: ReadonlySet<CueKind> = new Set([
	'agreement',
	'pledge',
	'target',
	'future',
	'start',
	'assignment',
	'obligation'
]);
const CEREMONY: ReadonlySet<CueKind> = new Set(['boilerplate', 'event', 'past', 'discussion']);
const PLACE_KINDS = new Set(['border_gate', 'economic_zone']);
/** Capital, loans and investment: what a firm's or a project's USD figure usually is when it is not trade. */
const CAPITAL = /\b(?:von|dau tu|khoan vay|vay|investment|invest|capital|loans?|credit)\b/i;

/**
 * A USD figure is a trade target, drawn on the trade chart and marked achieved by the yearly
 * turnover, only when it measures two-way trade ("kim ngạch thương mại", "two-way trade"). A
 * project's capital, a "commercial loan" (vốn vay thương mại) or a firm's export goal in USD is
 * not: on the corpus, a 120 m USD dairy investment and a 522 m USD chemicals project were both
 * "achieved" by 2017's 935 m USD of trade.
 */
function amountSector(text: string, amount: Amount | null, fallback: Sector): Sector {
	if (amount?.unit !== 'USD') return fallback;
	if (mentionsTrade(text)) return 'trade';
	if (fallback !== 'trade') return fallback;
	// One-way exports (a firm's goal) are not the two-way series either.
	return CAPITAL.test(text) ? 'investment' : 'other';
}

interface Candidate extends Span {
	item: boolean;
	/** A later step of a chain of targets in one clause ("5 tỷ USD và hướng tới mốc 10 tỷ USD"). */
	step?: boolean;
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
	/** The article's year, else the best guess from the years it names (set by the caller; see retold.ts). */
	refYear: () => number | null;
	cues: CueHit[];
	ents: EntityMatch[];
	amounts: Amount[];
	/** Verdicts of `judge` on this block's candidates (see evaluate). */
	verdicts: Map<string, Detected | null>;
}
type Context = BlockContext;

/**
 * Positive cues are searched in the whole block; negative cues, entities and amounts only in
 * the sentences that have a positive cue, since no other sentence can yield a commitment.
 */
export function blockContext(
	text: string,
	language: 'vi' | 'en',
	publishedYear: number | null,
	sentences: Sentence[],
	carryIn = false
): BlockContext {
	const lower = asciiLower(text);
	const ctx: BlockContext = {
		text,
		language,
		style: language,
		publishedYear,
		refYear: () => publishedYear,
		cues: findCues(text, language, 'positive', lower),
		ents: [],
		amounts: [],
		verdicts: new Map()
	};
	let h = 0;
	let mayInherit = carryIn;
	for (const s of sentences) {
		while (h < ctx.cues.length && ctx.cues[h]!.index < s.start) h++;
		const inherits = mayInherit || startsDependent(text, s.start);
		mayInherit = text.lastIndexOf(':', s.end) >= s.start;
		if (
			(!inherits && (h >= ctx.cues.length || ctx.cues[h]!.index >= s.end)) ||
			s.caption ||
			s.heading ||
			s.end - s.start > MAX_SENTENCE
		)
			continue;
		const t = text.slice(s.start, s.end);
		const l = lower.slice(s.start, s.end);
		for (const c of findCues(t, language, 'negative', l))
			ctx.cues.push({ ...c, index: c.index + s.start });
		for (const e of findEntities(t, l))
			ctx.ents.push({ ...e, start: e.start + s.start, end: e.end + s.start });
		for (const a of findAmounts(t, language))
			ctx.amounts.push({ ...a, start: a.start + s.start, end: a.end + s.start });
	}
	ctx.cues.sort((a, b) => a.index - b.index);
	// Negated agreement and continued speech undertake nothing: dropped once here, so no passage, clause or list item inherits them.
	if (ctx.cues.some((h) => hollowCue(text, h)))
		ctx.cues = ctx.cues.filter((h) => !hollowCue(text, h));
	return ctx;
}

/** A bullet or ordinal ("- ", "2. ", "Thứ hai, ", "Second, ") that makes a sentence an item of the list before it. */
const BULLET =
	/^(?:[-+*\u2022\u25cf\u25aa>]\s*|\(?\d{1,2}[.)]\s+|\(?[a-e]\)\s+|(?:Mot|Hai|Ba|Bon|Nam|Sau) la[,:]\s|Thu (?:nhat|hai|ba|tu|nam|sau)[,:]\s|(?:First|Second|Third|Fourth|Fifth|Finally)(?:ly)?,\s)/;
/** Openers that carry on without saying what is done ("Đồng thời", "Ngoài ra", "In addition" …). */
const ADVERB_OPENER =
	/^(?:Dong thoi|Ben canh do|Ngoai ra|Cung voi do|Them vao do|Dac biet|Trong do|Cu the|Also|In addition|Besides|Furthermore|Moreover|Additionally|In particular|Specifically)\b/;
/**
 * Verbs that open an agenda item written as a bare sentence ("Tháo gỡ vướng mắc …", "Củng cố …"): capitalised,
 * since they open the sentence; lower-cased, they make a fragment an undertaking (hasUndertakingVerb).
 */
const ITEM_VERBS =
	'Thuc day|Phan dau|Mo rong|Day manh|Tang cuong|Phoi hop|Hoan thanh|Trien khai|Nang cao|Tap trung|Xay dung|Uu tien|Ho tro|Khan truong|Som|Thao go|Khuyen khich|Tao dieu kien|Nghien cuu|Day nhanh|Nang cap|Cung co|Ra soat|Hoan thien|Bao dam|Dam bao|Chi dao|Ung ho|Tiep tuc|Duy tri|Giai quyet|Cai thien|Xuc tien|Chuan bi|Dao tao|Tich cuc|Chu dong|Thuc hien tot|To chuc tot|Tao thuan loi';
/** Item openers too vague to make a fragment an undertaking ("củng cố môi trường hòa bình"). */
const VAGUE_ITEM_VERBS = new Set(['cung co', 'tich cuc', 'chu dong', 'duy tri', 'dao tao']);
/** A bare verb of an undertaking, or "Hai bên / Hai nước + verb", opening the sentence. */
const BARE_VERB_OPENER = new RegExp(
	`^(?:(?:${ITEM_VERBS}|Prioriti[sz]e|Promote|Strengthen|Expand|Accelerate|Boost|Remove|Enhance|Facilitate|Ensure)\\b(?! (?:la|duoc|is|was)\\b)|(?:Tren (?:tinh than|co so)[^,.;]{0,60}, (?:hai|ba)|Hai|Ba) (?:ben|nuoc|phia|Thu tuong|Bo|bo|Chinh phu|lanh dao|nha lanh dao) (?:cung |se |con )?(?:ung ho|phoi hop|tang cuong|day manh|thuc day|trien khai|tiep tuc|hop tac|tap trung|mo rong|nang cao|hoan thanh|ho tro|uu tien|chu trong)\\b|(?:The two|Both) (?:sides|countries|leaders|ministers|governments) (?:also )?(?:will|would|agreed|pledged|committed)?)`
);
/** A sentence that opens by continuing the one before: it has no subject and shares its cue. */
const CONTINUING = new RegExp(`${ADVERB_OPENER.source}|${BARE_VERB_OPENER.source}`);

export function isBullet(text: string, at: number): boolean {
	return BULLET.test(text.slice(at, at + 16));
}

/** A verb of an undertaking, in either language: a sentence without one has nothing to carry on with. */
let undertakingVerb: RegExp | null = null;

/**
 * Whether the sentence at `at` (ending at `end`) carries on the undertaking before it: it opens as a
 * continuation ("Đồng thời", "Ngoài ra", a bare verb, "Hai bên + verb") and has a verb of its own to
 * carry on with ("Ngoài ra, thị trường … còn sơ khởi" describes; it does not undertake).
 */
export function continuesUndertaking(text: string, at: number, end: number): boolean {
	if (!isContinuing(text, at)) return false;
	return !ADVERB_OPENER.test(text.slice(at, at + 24)) || hasUndertakingVerb(text.slice(at, end));
}

function hasUndertakingVerb(t: string): boolean {
	undertakingVerb ??= new RegExp(
		`\\b(?:${OBLIGED_VERBS}|ung ho|hop tac|tiep can|ket noi|to chuc|gop phan|tang (?:so|them|gap)|mo (?:them|moi)|${ITEM_VERBS.toLowerCase()
			.split('|')
			.filter((v) => !VAGUE_ITEM_VERBS.has(v))
			.join('|')}|${LIST_VERBS})\\b`,
		'i'
	);
	return undertakingVerb.test(t);
}

/** "Về kinh tế, …", "Trong lĩnh vực quốc phòng, an ninh, …", "Đối với …,": the topic of an agenda item, before its verb. */
const TOPIC_OPENER =
	/^(?:Ve|Trong (?:linh vuc|hop tac)|Doi voi|Tren (?:linh vuc|mat tran))\b[^.;:,]{1,40}(?:,[^.;:,]{1,30})?,\s+/;

export function isContinuing(text: string, at: number): boolean {
	const head = text.slice(at, at + 100);
	if (CONTINUING.test(head)) return true;
	// The item's verb follows its topic: "Về giáo dục, mở rộng …", "Về kinh tế, hai bên phối hợp …".
	const topic = TOPIC_OPENER.exec(head);
	return (
		topic !== null &&
		CONTINUING.test(capitalised(text.slice(at + topic[0].length, at + topic[0].length + 100)))
	);
}

const capitalised = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

function startsDependent(text: string, at: number): boolean {
	return isBullet(text, at) || isContinuing(text, at);
}

/** Index of the first hit at or after `at` (hits are sorted by index). */
function firstCueAt(cues: CueHit[], at: number): number {
	let lo = 0;
	let hi = cues.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cues[mid]!.index < at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Cues inside `s`, with `index` made relative to `s.start`. */
function cuesIn(ctx: Context, s: Span): CueHit[] {
	const out: CueHit[] = [];
	for (let i = firstCueAt(ctx.cues, s.start); i < ctx.cues.length; i++) {
		const h = ctx.cues[i]!;
		if (h.index >= s.end) break;
		if (h.index + h.length <= s.end) out.push({ ...h, index: h.index - s.start });
	}
	return out;
}

/** Whether any forward-looking cue starts inside `s`: without one nothing in `s` can be a commitment. */
function hasPositiveCue(ctx: Context, s: Span): boolean {
	return firstPositiveCue(ctx, s) !== null;
}

/** Where the first forward-looking cue inside `s` starts (block offset), or null. */
function firstPositiveCue(ctx: Context, s: Span): number | null {
	for (
		let i = firstCueAt(ctx.cues, s.start);
		i < ctx.cues.length && ctx.cues[i]!.index < s.end;
		i++
	)
		if (POSITIVE_KINDS.has(ctx.cues[i]!.kind)) return ctx.cues[i]!.index;
	return null;
}

function entitiesIn(ctx: Context, s: Span): EntityMatch[] {
	return ctx.ents.filter((e) => e.start >= s.start && e.end <= s.end);
}

function amountsIn(ctx: Context, s: Span): Amount[] {
	return ctx.amounts.filter(
		(a) =>
			a.start >= s.start &&
			a.end <= s.end &&
			!SPEC_UNITS.has(a.unit ?? '') &&
			!isSpecification(ctx.text, a)
	);
}

/**
 * "dài 555 km", "công suất 600 MW", "a 1,000 km route", "tổng vốn đầu tư 1.500 tỷ đồng": a description
 * of the thing (its size or its cost), not a goal.
 */
const SPEC_BEFORE =
	/\b(?:dai|chieu dai|toan tuyen dai|cong suat(?: lap dat| thiet ke)?|dien tich|quy mo|length of|capacity of|long|measuring|covering|(?:tong )?von (?:dau tu|dang ky)|tong von|tong muc dau tu|kinh phi|(?:total )?(?:investment|capital|cost) of|costing|estimated to cost|worth|valued at)\s+(?:(?:du kien|la|khoang|hon|gan|tren|about|around|nearly|some|over|more than|an estimated)\s+)*$/i;
const SPEC_AFTER =
	/^(?:-long|\s+long\b|\s+(?:route|railway|expressway|highway|road|line|section|stretch|plant|project)\b|\s*-(?:km|MW)\b)/i;

/** "the 230 km Hanoi-Vientiane expressway": a measure before a named route. */
const SPEC_BEFORE_NAME =
	/^\s+(?:[A-Z][A-Za-z0-9]*(?:\s*-\s*|\s+)){1,5}(?:expressway|highway|railway|road|line|section|route)\b/;

/**
 * "tổng mức đầu tư 522 triệu USD, tức hơn 10 ngàn tỉ đồng", "công suất 600 MW, tương đương …": the same size or
 * cost restated in another unit is a specification too (the title was "Tức hơn 10 ngàn tỉ đồng").
 */
const SPEC_RESTATED =
	/\b(?:cong suat|dien tich|quy mo|(?:tong )?von (?:dau tu|dang ky)|tong von|tong muc dau tu|kinh phi|(?:total )?(?:investment|capital|cost) of|costing|worth|valued at)\s+(?:[^,;.]|[.,](?=\d)){1,40}?,?\s*(?:tuc(?: la)?|tuong duong(?: voi)?|equivalent to|or)\s+(?:(?:khoang|hon|gan|tren|about|around|nearly|some|over|more than)\s+)*$/i;

function isSpecification(text: string, a: Amount): boolean {
	if (SPEC_BEFORE.test(text.slice(Math.max(0, a.start - 32), a.start))) return true;
	if (SPEC_RESTATED.test(text.slice(Math.max(0, a.start - 100), a.start))) return true;
	const after = text.slice(a.end, a.end + 60);
	return (
		SPEC_AFTER.test(after) || ((a.unit === 'km' || a.unit === 'MW') && SPEC_BEFORE_NAME.test(after))
	);
}

function hasNegative(ctx: Context, s: Span): boolean {
	return cuesIn(ctx, s).some((c) => CEREMONY.has(c.kind));
}

/** What joined a clause, numbered a list item ("2. ", "b) ", "Hai là, "), introduced a target ("trong đó phấn đấu …") or framed a sentence ("Trên tinh thần tin cậy lẫn nhau, …"): the quote starts after it. */
const LEADING_AND =
	/^(?:(?:va|and|cung nhu|as well as)\s+|(?:[-+*\u2022]|\(?\d{1,2}[.)]|\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)|(?:Mot|Hai|Ba|Bon|Nam|Sau|Bay|Tam) la[,:]|Thu (?:nhat|hai|ba|tu|nam|sau|bay|tam)[,:]|(?:First|Second|Third|Fourth|Fifth|Finally)(?:ly)?,)\s+|trong do\s+(?=(?:phan dau|muc tieu|huong toi)\b)|(?:Tren (?:tinh than|co so)|Voi tinh than|Theo tinh than|In the spirit of|On that basis)[^,.;]{0,60},\s+)/i;
const INCLUSION =
	/^(?:trong do(?: co)?|bao gom|gom(?: co)?|nhu|nhat la|dac biet la|including|such as|notably|especially|in particular)\b/i;

const ALTERNATIVE = /^[\s,]*(?:hoac|hay|or)\s/i;
/** "nhất là …", "đặc biệt là …", "in particular …": what follows singles out part of the undertaking before it. */
const ELABORATION = /^[\s,;]*(?:nhat la|dac biet la|in particular|especially|notably)\s/i;

/** "…, the minister announced during the 6th session of …": the name says where something was said, not what is done. */
const VENUE_BEFORE =
	/\b(?:during|on the sidelines of|in the framework of|within the framework of)\s+(?:the\s+)?$/i;

function namedAsVenue(text: string, e: EntityMatch): boolean {
	return VENUE_BEFORE.test(text.slice(Math.max(0, e.start - 32), e.start));
}

/** A preposition of place right before a name: "trên hành lang …", "tại khu kinh tế …", "along the corridor". */
const PLACE_BEFORE = /\b(?:tren|tai|doc|doc theo|along|on|at|in)\s+(?:the\s+)?$/i;

/**
 * "…, kinh tế cửa khẩu qua biên giới trên hành lang kinh tế Đông-Tây": a name after a preposition of place
 * says where the list item is, not what it is. A verbless item named only so is not a project of its own;
 * it stays with the item before it.
 */
function namedAsPlace(text: string, e: EntityMatch): boolean {
	return PLACE_BEFORE.test(text.slice(Math.max(0, e.start - 16), e.start));
}

/** Whether a list segment has a verb or cue of its own ("and will simplify customs procedures at …"). */
function saysWhatIsDone(ctx: Context, seg: Span): boolean {
	return hasPositiveCue(ctx, seg) || hasUndertakingVerb(ctx.text.slice(seg.start, seg.end));
}

/** Splits a clause naming several projects into one candidate per project (plus a target head). */
function splitList(
	ctx: Context,
	clause: Span,
	ents: EntityMatch[],
	inherited: CueHit[],
	continuation: boolean
): Candidate[] {
	const segs = listSegments(ctx.text, clause.start, clause.end, ents);
	const out: Candidate[] = [];
	const headCues = [...inherited];
	// Cues before the first name govern every item: "Both sides will continue to build A and B".
	for (const c of cuesIn(ctx, { start: clause.start, end: ents[0]!.start }))
		if (INHERITED.has(c.kind) || RENEWING.has(c.kind)) headCues.push(c);
	// …and so does a predicate after the last name: "các dự án như A, B đang được thúc đẩy".
	for (const c of cuesIn(ctx, { start: ents[ents.length - 1]!.end, end: clause.end }))
		if (INHERITED.has(c.kind) || RENEWING.has(c.kind)) headCues.push(c);
	let current: Candidate | null = null;
	let headEnd = -1;
	let previous: Span | null = null;
	for (const seg of segs) {
		// "… qua cửa khẩu A, hoặc cửa khẩu B": an alternative route or site belongs to the item before it.
		const own =
			ents.some(
				(e) =>
					e.start >= seg.start &&
					e.start < seg.end &&
					!(current && namedAsPlace(ctx.text, e) && !saysWhatIsDone(ctx, seg)) &&
					!(ctx.language === 'en' && namedAsVenue(ctx.text, e) && !saysWhatIsDone(ctx, seg))
			) && !(current && ALTERNATIVE.test(ctx.text.slice(seg.start, seg.start + 12)));
		if (own) {
			if (current) out.push(current);
			current = { ...seg, item: true, inherited: headCues, continuation };
			// "… các dự án trọng điểm, trong đó có X": the first item is introduced by the segment before it.
			if (
				out.length === 0 &&
				previous &&
				INCLUSION.test(ctx.text.slice(seg.start, seg.start + 24)) &&
				!amountBefore(ctx, previous.start, seg.start)
			) {
				current.start = previous.start;
				headEnd = -1;
			}
		} else if (current) {
			if (hasNegative(ctx, seg)) {
				out.push(current);
				current = null;
			} else current.end = seg.end;
		} else if (out.length === 0) {
			headEnd = seg.end;
		}
		previous = seg;
	}
	if (current) out.push(current);
	if (headEnd > clause.start && amountBefore(ctx, clause.start, headEnd))
		out.unshift({ start: clause.start, end: headEnd, item: false, inherited, continuation });
	return out;
}

/** Not a goal of its own: "từ 1 tỷ USD lên 2 tỷ USD" starts from a baseline. */
const BASELINE_BEFORE =
	/\b(?:tu|from|so voi|compared (?:with|to)|than)\s+(?:muc |khoang |about |around )?$/i;
/** English: "… to 2.5 billion USD this year, up 15 percent from 2023" describes the step's growth, not a further step. */
const CHANGE_BEFORE =
	/\b(?:up|down|an? (?:increase|rise|growth|jump|drop) of|being)\s+(?:about |around |nearly |over |more than |some )?$/i;
const BREAKDOWN = /\b(?:trong do|bao gom|gom co|including|of which|among them|in which)\b/i;
/** What joins two goals: ", ", "và", "and", or nothing before "tiến tới"/"towards" (which stays with the next step). */
const TARGET_JOIN =
	/,\s+(?:va\s+|and\s+)?|;\s+|\s+(?:va|and|then)\s+|\s+(?=(?:tien toi|huong toi|towards?)\s)/gi;

/**
 * Splits a clause holding two or more goal figures joined by "và"/"and"/"tiến tới" into one
 * candidate per figure ("sớm đạt 5 tỷ USD và hướng tới mốc 10 tỷ USD"): each step of the chain
 * is tracked on its own, with its own year. The positive cues of the first step carry over.
 */
function splitTargets(ctx: Context, cand: Candidate): Candidate[] {
	const amounts = amountsIn(ctx, cand).filter(
		(a) =>
			// "tăng từ 10 - 15%" is a range, not a baseline: only a single figure after "từ" / "from" starts from one.
			!(
				a.max === null &&
				BASELINE_BEFORE.test(ctx.text.slice(Math.max(cand.start, a.start - 24), a.start))
			) &&
			!(
				ctx.language === 'en' &&
				CHANGE_BEFORE.test(ctx.text.slice(Math.max(cand.start, a.start - 30), a.start))
			)
	);
	if (amounts.length < 2) return [cand];
	// "The ministry estimated that the shortage would reach 3.7 bn kWh in 2021, … 15 bn kWh in 2023": the steps of a
	// forecast share its frame, so the clause is judged whole (English: the Vietnamese forecast words also head real targets).
	// Vietnamese: only a figure that is itself the subject of "sẽ đạt / sẽ tăng" ("dự kiến kim ngạch … sẽ đạt khoảng
	// 1,6 tỷ USD, tăng khoảng 20% so với năm trước", `vi:so-lieu-se`) frames its steps; "dự kiến" alone heads real targets.
	if (
		cuesIn(ctx, { start: cand.start, end: amounts[0]!.start }).some((h) =>
			ctx.language === 'en'
				? h.kind === 'forecast' || h.kind === 'hedge'
				: h.name === 'vi:so-lieu-se'
		)
	)
		return [cand];
	const out: Candidate[] = [];
	let from = cand.start;
	for (let i = 1; i < amounts.length; i++) {
		const gap = ctx.text.slice(amounts[i - 1]!.end, amounts[i]!.start);
		// "1.000 suất, trong đó có 600 suất … và 400 suất …": a breakdown of one target, not further steps.
		if (BREAKDOWN.test(gap)) break;
		let join: RegExpExecArray | null = null;
		TARGET_JOIN.lastIndex = 0;
		for (let m = TARGET_JOIN.exec(gap); m; m = TARGET_JOIN.exec(gap)) join = m;
		if (!join) continue;
		const cut = amounts[i - 1]!.end + join.index;
		out.push({ ...cand, start: from, end: cut, step: out.length > 0 });
		from = cut + join[0].length;
	}
	if (out.length === 0) return [cand];
	const headCues = [
		...cand.inherited,
		...cuesIn(ctx, { start: cand.start, end: out[0]!.end })
			.filter((h) => POSITIVE_KINDS.has(h.kind))
			.map((h) => ({ ...h, index: h.index + cand.start }))
	];
	out.push({ ...cand, start: from, end: cand.end, step: true });
	return out.map((c, i) => (i === 0 ? c : { ...c, inherited: headCues, continuation: true }));
}

/** A target figure (not a technical spec like "500 kV") in `text[from, to)`. */
function amountBefore(ctx: Context, from: number, to: number): boolean {
	return amountsIn(ctx, { start: from, end: to }).length > 0;
}

const GOAL_BEFORE =
	/(?:phan dau|muc tieu|huong toi|dat|len|target|to|reach|of)\s+(?:\S+\s+){0,5}?$/i;

function targetAmount(ctx: Context, s: Span): Amount | null {
	const amounts = amountsIn(ctx, s);
	return (
		amounts.find((a) =>
			GOAL_BEFORE.test(ctx.text.slice(Math.max(s.start, a.start - 60), a.start))
		) ??
		amounts[0] ??
		null
	);
}

/** The sector a whole clause gives a figure ("… stood at 1.3 bn; targeted 2 bn"): trade for USD next to trade words. */
function sectorOfClause(ctx: Context, clause: Span, amount: Amount | null): Sector {
	const t = ctx.text.slice(clause.start, clause.end);
	return amountSector(t, amount, profileSectors(t).sector);
}

/** Agreements and documents in general: implementing them, in no named field, is politics and diplomacy. */
const AGREEMENTS_IN_GENERAL =
	/\b(?:thoa thuan|van kien|tuyen bo chung|tuyen bo|hiep dinh|nghi dinh thu|agreements?|accords?|joint statements?|documents)\b/i;

function classify(
	ents: EntityMatch[],
	profile: SectorProfile,
	amount: Amount | null,
	text: string
): { sector: Sector; kind: CommitmentKind } {
	const e = ents[0];
	// Carrying out agreements, documents or joint statements in no named field is the relationship's own business.
	if (profile.breadth === 0 && AGREEMENTS_IN_GENERAL.test(text))
		profile = { ...profile, sector: 'politics_diplomacy' };
	if (amount)
		return {
			sector: amountSector(text, amount, profile.sector),
			kind: 'target'
		};
	if (e) {
		const kind: CommitmentKind = PROJECT_KINDS.has(e.kind) ? 'project' : 'programme';
		// A border gate or zone is often only where the work happens: "build a road to the X border gate".
		const place =
			PLACE_KINDS.has(e.kind) &&
			(profile.sector === 'infrastructure' || profile.sector === 'energy');
		return { sector: e.sector === 'other' || place ? profile.sector : e.sector, kind };
	}
	return { sector: profile.sector, kind: profile.programme ? 'programme' : 'policy' };
}

/** Organising a named anniversary or solidarity year is a checkable programme ("tổ chức tốt các hoạt động kỷ niệm 55 năm …"). */
export const COMMEMORATION =
	/\b(?:hoat dong ky niem|ky niem \d+ nam|nam doan ket|nam huu nghi|anniversary (?:celebrations|activities|events)|solidarity and friendship year|friendship and solidarity year|(?:organi[sz]\w*|celebrat\w*|mark|marking|hold|holding|commemorat\w*) [^.;]{0,60}?\b\d+(?:st|nd|rd|th) anniversary)\b/i;

/**
 * `judge` with its verdicts kept per block: cutting a clause into undertakings judges its pieces, and
 * the same pieces are judged again as candidates. A copy is returned, since callers extend their results.
 */
function evaluate(ctx: Context, c: Candidate): Detected | null {
	const key = `${c.start}:${c.end}:${c.item ? 1 : 0}${c.continuation ? 1 : 0}${c.step ? 1 : 0}:${c.inherited.map((h) => h.name).join(',')}`;
	let verdict = ctx.verdicts.get(key);
	if (verdict === undefined) {
		verdict = judge(ctx, c);
		ctx.verdicts.set(key, verdict);
	}
	return verdict && { ...verdict };
}

function judge(ctx: Context, c: Candidate): Detected | null {
	const span = trimEdges(ctx.text, c.start, c.end);
	// A list item's or clause's quote starts at its own words, not at the "và"/"and" that joined it.
	const lead = LEADING_AND.exec(ctx.text.slice(span.start, span.start + 90));
	if (lead) span.start += lead[0].length;
	if (span.end - span.start < 12) return null;
	const t = ctx.text.slice(span.start, span.end);
	const own = cuesIn(ctx, span);
	const ownPositive = own.filter((h) => POSITIVE_KINDS.has(h.kind));
	const positives = [...ownPositive, ...c.inherited];
	if (positives.length === 0) return null;
	const negatives = own.filter((h) => !POSITIVE_KINDS.has(h.kind));
	// "X đề nghị …, hai thủ tướng … thảo luận và thống nhất …": an agreement inside a proposal is what is proposed, not agreed.
	const request = own.find((h) => h.kind === 'request');
	if (
		request &&
		c.inherited.length === 0 &&
		own.every((h) => !POSITIVE_KINDS.has(h.kind) || h.index > request.index)
	)
		return null;
	const ents = entitiesIn(ctx, span);
	const amount = countsWhoIsThere(t, targetAmount(ctx, span));
	const profile = profileSectors(t);
	// A fragment with no verb of an undertaking, no cue, figure, name or programme of its own ("5 học sinh
	// của Lào)", "1 người Việt vẫn ổn"): a cue inherited from its sentence does not make it a commitment.
	if (
		!amount &&
		ents.length === 0 &&
		!profile.programme &&
		!own.some((h) => POSITIVE_KINDS.has(h.kind)) &&
		!hasUndertakingVerb(t) &&
		!(ctx.language === 'en' && opensGerundItem(ctx.text, span.start, t))
	)
		return null;
	if (opensAsMeansOrPurpose(t, own) || issuesGuidanceAlone(t)) return null;
	if (
		!amount &&
		ents.length === 0 &&
		!own.some((h) => POSITIVE_KINDS.has(h.kind)) &&
		bareInstrumentClause(ctx.text, span.start, t)
	)
		return null;
	if (describedByCopula(t, own) || datedInThePast(t, ctx.publishedYear)) return null;
	if (!amount && ents.length === 0 && describesMechanism(t, own)) return null;
	if (
		ctx.language === 'vi' &&
		heldEvent(
			t,
			own.filter((h) => h.kind === 'agreement' || h.kind === 'pledge').map((h) => h.index)
		)
	)
		return null;
	if (!amount && ents.length === 0 && signsUnnamedDocuments(t, own)) return null;
	const programme = profile.programme || COMMEMORATION.test(t);
	const concreteness =
		(amount ? 3 : 0) +
		(ents.length ? 3 : 0) +
		(programme || CLEARS_OBSTACLES.test(t) ? 2 : 0) +
		(profile.concreteHits >= 2 ? 3 : profile.concreteHits * 2);
	if (concreteness < (profile.relation > 0 ? 3 : 2) - CONCRETENESS_SLACK) return null;
	const best = Math.max(...positives.map((h) => h.weight));
	const score =
		best +
		Math.min(1, 0.5 * (new Set(positives.map((h) => h.kind)).size - 1)) +
		Math.min(concreteness, 5) * 0.75 +
		negatives.reduce((s, h) => s + h.weight, 0);
	if (score < THRESHOLD) return null;
	const ownKinds = new Set(ownPositive.map((h) => h.kind));
	const renewed =
		[...ownKinds].some((k) => RENEWING.has(k)) ||
		(c.continuation && c.inherited.some((h) => RENEWING.has(h.kind)));
	const novelty: Novelty = renewed
		? 'reaffirmed'
		: positives.some((h) => NEW_KINDS.has(h.kind))
			? 'new'
			: 'unclear';
	const action = actionAfterCues(t, own);
	// A need agreed, an aspiration or each side's own agenda, with nothing named to check (frames.ts).
	if (
		!amount &&
		ents.length === 0 &&
		holdsNoUndertaking(t, action) &&
		trackedKind('programme', t, [], COMMEMORATION.test(t)) === 'policy'
	)
		return null;
	const { sector, kind } = classify(ents, profile, amount, t);
	// Every field spelled out, no spreads: a literal with a spread in the middle is built property by
	// property at run time, which showed up as a few per cent of the engine's time.
	return {
		start: span.start,
		end: span.end,
		score,
		cues: [...new Set([...positives, ...negatives].map((h) => h.name))],
		amount,
		entities: ents,
		sector,
		kind,
		novelty,
		targetYear: findTargetYear(t, ctx.publishedYear),
		breadth: profile.breadth,
		actionStart: span.start + action,
		item: c.item,
		parts: {
			own: ownPositive,
			inherited: c.inherited,
			negatives,
			amount: amount !== null,
			entities: ents.length > 0,
			programme,
			concreteHits: profile.concreteHits,
			relation: profile.relation > 0,
			continuation: c.continuation,
			step: c.step === true
		}
	};
}

/** A clause that opens with an instrument noun in lower case: "hiệp định …", "các chương trình, kế hoạch …", "thỏa thuận …". */
const INSTRUMENT_OPENER =
	/^(?:(?:cac|nhung) )?(?:hiep dinh|thoa thuan|nghi dinh thu|chuong trinh|ke hoach|van kien|tuyen bo chung|bien ban|du an|de an|thoi gian|dia diem|thanh phan|noi dung)\b/;

/**
 * "…; hiệp định hợp tác giữa hai chính phủ và các chương trình, kế hoạch hợp tác giữa hai bên.", "…: Thời gian,
 * địa điểm, thành phần, nội dung": a `;` or `:` clause that is a bare noun phrase (an instrument or a list of
 * meeting particulars) with no verb of an undertaking is the tail of the list before it, not an undertaking of
 * its own, whatever cue its sentence carries. A capitalised name ("Hiệp định về Quy chế …" split from a list
 * under "triển khai") is not affected.
 */
function bareInstrumentClause(text: string, start: number, whole: string): boolean {
	if (!/[;:]\s*$/.test(text.slice(Math.max(0, start - 3), start))) return false;
	// "…; đặc biệt là thỏa thuận kết nối giao thông giữa hai Chính phủ": singled out, still the list's tail.
	const t = whole.replace(/^(?:nhat la|dac biet la|trong do co)\s+/i, '');
	if (!INSTRUMENT_OPENER.test(t.toLowerCase())) return false;
	// "Thời gian, địa điểm, thành phần …": a meeting's particulars, whatever words follow them.
	if (/^(?:thoi gian|dia diem|thanh phan|noi dung)\s*,/i.test(t)) return true;
	// A capitalised name is a list item of its own, unless it opens a meeting's particulars.
	if (/^[A-Z]/.test(t) && !/^(?:Thoi gian|Dia diem|Thanh phan|Noi dung)\b/.test(t)) return false;
	// "hiệp định hợp tác", "thỏa thuận kết nối …": "hợp tác", "kết nối" naming the instrument is not a verb here.
	return !hasUndertakingVerb(
		t.replace(
			/\b(hiep dinh|thoa thuan|chuong trinh|ke hoach|van kien|co che) (?:hop tac|ket noi)\b/gi,
			'$1'
		)
	);
}

/** A negation right before an agreement or pledge word: "không đồng ý", "chưa thống nhất được", "have not agreed". */
const NEGATED_BEFORE =
	/\b(?:khong|chua|chang|khong the|chua the|not|never|no longer|failed to|refused to)\s+$/i;
/** Words that open a route, a means or a purpose: what follows says how or why, not what is undertaken. */
const MEANS_OR_PURPOSE =
	/^(?:qua|thong qua|gop phan|voi viec|through|via|contributing to|thereby)\s/i;

/**
 * "qua cặp cửa khẩu A - B", "góp phần đạt mục tiêu chiến lược … của Chính phủ Lào", "với việc thành lập …": a
 * passage that opens with a route, a means or a purpose is the tail of an undertaking cut off from its verb.
 * Kept when a main clause with its own cue follows a comma ("Thông qua kỳ họp, hai bên nhất trí …").
 */
function opensAsMeansOrPurpose(t: string, own: CueHit[]): boolean {
	if (!MEANS_OR_PURPOSE.test(t)) return false;
	const comma = t.indexOf(',');
	return !own.some((h) => POSITIVE_KINDS.has(h.kind) && comma >= 0 && h.index > comma);
}

/** A body issuing guidance or instructions at home: "sẽ có văn bản hướng dẫn", "sẽ ban hành hướng dẫn", "will issue guidance". */
const GUIDANCE =
	/\b(?:(?:se|sap|will) (?:som )?(?:co|ban hanh|ra|gui) (?:(?:van ban|cong van|thong tu|quyet dinh|chi thi)\s)?huong dan|will (?:issue|publish) (?:\w+ )?(?:guidance|guidelines))\b/i;
const WITH_THE_PARTNER =
	/\b(?:phoi hop voi|cung voi|cung|together with|with) (?:phia |ban |cac ban )?(?:Lao|Laos|Viet Nam|Vietnam)\b/;

/**
 * "Bộ Tài chính sẽ có văn bản hướng dẫn nội dung này", "the ministry will issue guidance to firms": one body's
 * instruction to its own agencies or firms is an act at home, even about a Vietnam–Laos agreement. Kept when
 * both parties issue it or it is done with the other side ("hai bộ sẽ ban hành hướng dẫn chung …").
 */
function issuesGuidanceAlone(t: string): boolean {
	return GUIDANCE.test(t) && !BOTH_PARTIES.test(t) && !WITH_THE_PARTNER.test(t);
}

/** Units that count people: a head count is a figure of an undertaking only when something is done for them. */
const HEAD_COUNT = new Set(['people', 'workers', 'students']);
/** Verbs that make a head count what is undertaken: receiving, training, sending or recruiting so many people. */
const HEAD_COUNT_VERB =
	/\b(?:tiep nhan|dao tao|boi duong|tap huan|tuyen sinh|tuyen dung|tuyen|cu|gui|cap|nhan|receive|train|send|host|admit|enrol|recruit|employ)\b/i;

/**
 * "(4 học sinh của Lào)", "2 người Việt vẫn khỏe, mừng khi biết sẽ sớm được đưa ra": a count of people or
 * pupils in a clause that undertakes nothing for them says who is there, not a target. Without a verb of an
 * undertaking or of receiving, training or sending them, the count is not the passage's figure.
 */
function countsWhoIsThere(t: string, amount: Amount | null): Amount | null {
	if (!amount || !HEAD_COUNT.has(amount.unit ?? '')) return amount;
	// "sớm" (soon) counts as an undertaking verb elsewhere ("sớm hoàn thành"); here it only says when.
	const verbs = t.replace(/\bsom\b/gi, '');
	return hasUndertakingVerb(verbs) || HEAD_COUNT_VERB.test(verbs) ? amount : null;
}

/** "tiếp tục khẳng định: …", "continued to stress that …": going on saying something is speech, not an undertaking. */
const SPEECH_AFTER =
	/^\s*(?:khang dinh|nhan manh|cho rang|cho biet|bay to|danh gia|ghi nhan|noi|phat bieu|stress|emphasi[sz]e|say|reiterate that)\b(?! se\b)/i;

/**
 * A positive cue that undertakes nothing here: negated ("phía đối tác không đồng ý", "hai bên chưa thống
 * nhất được giá điện"), or a continuation cue whose verb is one of saying ("tiếp tục khẳng định: sự hy sinh
 * … là …"). Such a hit is left out of the passage's cues, so it alone cannot make a commitment.
 */
function hollowCue(text: string, h: CueHit): boolean {
	if (!POSITIVE_KINDS.has(h.kind)) return false;
	const at = h.index;
	if (
		(h.kind === 'agreement' || h.kind === 'pledge') &&
		NEGATED_BEFORE.test(text.slice(Math.max(0, at - 16), at))
	)
		return true;
	// "Quốc hội sẽ biểu quyết thông qua: A; B; C", "Đoàn sẽ dự …": an agenda; its items inherit no "sẽ".
	if (h.name === 'vi:se' && AGENDA_AFTER.test(text.slice(at + h.length, at + h.length + 24)))
		return true;
	// "đã không hoàn thành đúng tiến độ cam kết với Chính phủ": a commitment named as a noun, made before, is not made here.
	if (h.name === 'vi:cam-ket' && PLEDGE_AS_NOUN.test(text.slice(Math.max(0, at - 10), at)))
		return true;
	// "thể hiện / khẳng định cam kết lâu dài của Việt Nam": a pledge owned by "của" is named, not made.
	if (h.name === 'vi:cam-ket' && OWNED_AFTER.test(text.slice(at + h.length, at + h.length + 30)))
		return true;
	// "khẳng định đang thực hiện đúng Hiệp định …": a body saying it complies, answering a complaint, undertakes nothing new.
	if (
		h.name === 'vi:dang-thuc-hien' &&
		COMPLIES_AFTER.test(text.slice(at + h.length, at + h.length + 12))
	)
		return true;
	return (
		h.kind === 'reaffirmation' && SPEECH_AFTER.test(text.slice(at + h.length, at + h.length + 24))
	);
}

/** "tiến độ cam kết", "đúng cam kết", "như cam kết": the word names an earlier commitment. */
const PLEDGE_AS_NOUN = /\b(?:tien do|dung|nhu|loi|vi pham)\s+$/i;
/** "cam kết (mạnh mẽ / lâu dài) của …": up to two qualifying words, then the owner. */
const OWNED_AFTER = /^\s+(?:\S+\s+){0,2}cua\b/i;
/** "đang thực hiện đúng …", "đang thực hiện theo đúng …": in line with a rule already binding, not an undertaking. */
const COMPLIES_AFTER = /^\s+(?:theo\s+)?dung\b/i;

const AGENDA_AFTER = new RegExp(`^ ${AGENDA_VERB}`);

/** What a "X là …" subject may be when the predicate is still an undertaking: a goal, task or plan. */
const GOAL_SUBJECT =
	/\b(?:muc tieu|chi tieu|nhiem vu|ke hoach|uu tien|trong tam|phuong huong|dinh huong|giai phap|yeu cau|chu truong|quyet tam|cam ket|phuong an|chuong trinh|lo trinh|buoc tiep theo|viec (?:can|phai)|aim|goal|task|plan|priority)\b/i;
/** "là" that does not link a subject to what it is: "nhất là", "đặc biệt là", "cụ thể là", "đó là: …". */
const NOT_COPULA_BEFORE =
	/\b(?:nhat|dac biet|cu the|tuc|hoac|chinh|do|day|va|cung|deu|van|con|chi|phai|se|coi|xem)\s+$/;

/**
 * "Theo X, những gì đoàn học được là kinh nghiệm quý để tiếp tục …", "tuyến đường là một trong các dự án cần
 * được đầu tư": a sentence about what something is, with the forward-looking word inside the description
 * (no comma between "là" and the cue). Kept when the subject is a goal, task or plan ("Mục tiêu … là đưa …").
 */
function describedByCopula(t: string, own: CueHit[]): boolean {
	const first = own.find((h) => POSITIVE_KINDS.has(h.kind));
	if (!first) return false;
	const head = t.slice(0, first.index);
	const at = head.lastIndexOf(' la ');
	if (at <= 0 || /[,;:]/.test(head.slice(at))) return false;
	const subject = head.slice(
		Math.max(head.lastIndexOf(',', at), head.lastIndexOf(':', at)) + 1,
		at + 1
	);
	return (
		subject.trim().split(/\s+/).length >= 2 &&
		!NOT_COPULA_BEFORE.test(subject) &&
		!GOAL_SUBJECT.test(subject)
	);
}

/** "được khởi công … vào tháng 9-2014": a passive start or completion with its date, as news reports narrate it. */
const DATED_PASSIVE =
	/\bduoc (?:khoi cong|dong tho|hoan thanh|khanh thanh|xay dung|thanh lap|dua vao (?:su dung|van hanh|khai thac))\b[^.;]{0,60}?\b(?:vao|tu|trong|nam|thang)\s+(?:(?:thang|ngay|quy|cuoi|dau|giua|nam)\s+)?(?:[\dIVX]{1,4}\s*[-/.]\s*){0,2}((?:19|20)\d\d)\b/g;
/** What makes the same passive a plan: "sẽ được khởi công", "dự kiến được hoàn thành", "cần được xây dựng". */
const PLANNED_BEFORE =
	/\b(?:se|du kien|ke hoach|phan dau|dang|can|phai|nham|de|muc tieu|huong toi|chuan bi|sap)\s+(?:(?:tiep tuc|som|tiep|chinh thuc)\s+)?$/;

/**
 * A start or completion reported with its date and no word of plan ("Chợ … được khởi công vào tháng 3-2009 và
 * hoàn thành vào năm 2011"): the project's history, not an undertaking. With the article's year known, only a
 * date before it counts; an undated article (most of the word-segmented corpus) is read by the tense alone.
 */
function datedInThePast(t: string, publishedYear: number | null): boolean {
	for (const m of t.matchAll(DATED_PASSIVE)) {
		if (PLANNED_BEFORE.test(t.slice(Math.max(0, m.index - 24), m.index))) continue;
		if (completesLater(t.slice(m.index + m[0].length), publishedYear)) continue;
		if (publishedYear === null || +m[1]! < publishedYear) return true;
	}
	return startedOnAPastDate(t, publishedYear);
}

/** A completion still to come after a reported start: "… và sẽ hoàn thành vào năm 2020", "…, dự kiến bàn giao cuối năm 2021". */
const LATER_COMPLETION =
	/^[^.;]{0,30}?\b(?:se|du kien|theo ke hoach|phan dau|dang)\s+(?:(?:duoc|som|chinh thuc|tiep tuc)\s+)?(?:hoan thanh|ban giao|dua vao (?:su dung|van hanh|khai thac)|khanh thanh|phat dien|van hanh)\b[^.;]{0,50}?\b((?:19|20)\d\d)\b/;

/**
 * Whether the text after a dated start gives a completion still to come, dated no earlier than the article:
 * the start is then the first step of the project's schedule ("được khởi công từ tháng 3/2018 và sẽ hoàn thành
 * vào năm 2020"), which its owner's pledge is about. A completion "scheduled" for a year already past is history.
 */
function completesLater(after: string, publishedYear: number | null): boolean {
	const m = LATER_COMPLETION.exec(after);
	return m !== null && (publishedYear === null || +m[1]! >= publishedYear);
}

/** A groundbreaking or opening in the active voice, with its date just before or after it. */
const DATED_START =
	/\b(?:(?:thang|nam|quy)\s+(?:[\dIVX]{1,2}\s*[-/.]\s*){0,2}((?:19|20)\d\d)\b[^.;]{0,40}?\b(?:khoi cong|dong tho|khanh thanh)|(?:khoi cong|dong tho|khanh thanh)\b[^.;]{0,40}?\b(?:tu |vao |trong )?(?:thang|nam|quy)\s+(?:[\dIVX]{1,2}\s*[-/.]\s*){0,2}((?:19|20)\d\d))\b/g;
/** Any word of plan, aim or agreement: with one, a dated start is the first step of a schedule, and stays. */
const PLAN_WORD =
	/\b(?:se|du kien|ke hoach|phan dau|muc tieu|sap|chuan bi|tien toi|huong toi|can|phai|nhat tri|thong nhat|cam ket|dong y|quyet tam|de nghi|tiep tuc|khan truong|day nhanh|som|nham|will|plans?|expected|scheduled|aims?)\b/;

/**
 * "giữa tháng 8/2016, quốc gia này khởi công thủy điện X", "dự án khởi công từ tháng 2/2013": a start reported with
 * its date and no word of plan anywhere in the passage is the project's history. With a plan word ("khởi công năm
 * 2016 và dự kiến hoàn thành năm 2020") the passage is the project's schedule and is kept.
 */
function startedOnAPastDate(t: string, publishedYear: number | null): boolean {
	if (PLAN_WORD.test(t)) return false;
	for (const m of t.matchAll(DATED_START)) {
		const year = +(m[1] ?? m[2])!;
		if (publishedYear === null || year < publishedYear) return true;
	}
	return false;
}

/** A way of working as the frame: "Theo mô hình này, …", "Trong khi (với) cách làm mới, …", "Với cơ chế một cửa, …". */
const MECHANISM_FRAME =
	/^(?:trong khi|theo|voi|o|tai)\s+(?:(?:voi|theo|o)\s+)?(?:(?:cac|nhung)\s+)?(?:mo hinh|phuong thuc|co che|cach lam|quy trinh|hinh thuc|cach thuc)\b[^.;]{0,80}?,\s/i;

/**
 * "Theo mô hình kiểm tra chung này, mọi phương tiện … sẽ được hai bên làm thủ tục tại một điểm": how a way of
 * working works, told in a passive future, describes it; nobody undertakes to adopt or extend it. Only when
 * every cue of the passage is that "sẽ được"; an agreement, pledge or plan to apply the model stays.
 */
function describesMechanism(t: string, own: CueHit[]): boolean {
	const frame = MECHANISM_FRAME.exec(t);
	if (!frame) return false;
	const positive = own.filter((h) => POSITIVE_KINDS.has(h.kind));
	return (
		positive.length > 0 &&
		positive.every(
			(h) =>
				h.name === 'vi:se' &&
				h.index >= frame[0].length &&
				/^\s+duoc\b/.test(t.slice(h.index + h.length, h.index + h.length + 8))
		)
	);
}

const UNNAMED_SIGNING =
	/\b(?:ky ket|ky|sign|signing) (?:cac|mot so|nhieu|nhung|\d+|several|a number of) (?:van kien|van ban|documents)\b/i;

/**
 * "hai bên cũng sẽ ký kết một số văn kiện hợp tác": documents to be signed at an event, named nowhere, are a
 * ceremony. Only when the forward-looking cue governs the signing: a run-in subheading before the cue ("Ký 3
 * biên bản Năm tới, hai nước nhất trí …") heads a paragraph of undertakings.
 */
function signsUnnamedDocuments(t: string, own: CueHit[]): boolean {
	const m = UNNAMED_SIGNING.exec(t);
	const first = own.find((h) => POSITIVE_KINDS.has(h.kind));
	return m !== null && first !== undefined && first.index < m.index;
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

/** "thứ ba, …", "ba là, …", "3. …", "c) …", "- …" opening a clause: the writer numbered it as an item of its own. */
const NUMBERED =
	/^(?:\(?\d{1,2}[.)]\s|\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s|(?:mot|hai|ba|bon|nam|sau|bay|tam) la[,:]\s|thu (?:nhat|hai|ba|tu|nam|sau|bay|tam)[,:]\s|[-+*\u2022]\s)/i;

function numberedItem(text: string, at: number): boolean {
	return NUMBERED.test(text.slice(at, at + 12));
}

/**
 * Clearing obstacles ("tháo gỡ các khó khăn, vướng mắc", "giải quyết các vấn đề còn vướng mắc", "remove
 * obstacles"): a standing pledge of its own, which each intergovernmental session reviews. It makes a
 * passage checkable, and a clause that opens with it is its own commitment, not the tail of the one before.
 */
const CLEARS_OBSTACLES =
	/\b(?:thao go|giai quyet|xu ly|remove|removing|resolve|resolving|address|addressing|tackle|tackling)\s+(?:(?:cac|nhung|mot so|moi|the|all|any)\s+)?(?:(?:van de|diem)\s+)?(?:con\s+)?(?:kho khan|vuong mac|obstacles|bottlenecks|difficulties|hurdles|barriers)\b/i;

/** Whether the clause at `at` opens (after an adverb or two: "tích cực", "kịp thời") by clearing obstacles. */
function opensClearingObstacles(text: string, at: number): boolean {
	const m = CLEARS_OBSTACLES.exec(text.slice(at, at + 90));
	return m !== null && m.index <= 24;
}

/** Merges a plain clause into the previous one when it only continues the same topic. */
function mergeable(prev: Detected, next: Detected, ownStrong: boolean): boolean {
	return (
		!prev.item &&
		!next.item &&
		!next.amount &&
		next.entities.length === 0 &&
		!prev.amount &&
		prev.entities.length === 0 &&
		!ownStrong &&
		(next.sector === prev.sector || next.breadth === 0)
	);
}

const MAX_SENTENCE = 2000;
const REGISTERED = new Set(ENTITY_REGISTRY.map((e) => e.slug));

/**
 * Another country than Vietnam and Laos, or a project or leader of one ("Laos–China railway",
 * "Tổng thống Obama"). Folded text, case-sensitive: "Thai Lan", "Trung Quoc" and "China" are names.
 */
const THIRD_COUNTRY =
	/\b(?:Bien Dong|South China Sea|East Sea|Tong thong|Quoc vuong|Belarus|Cuba|Mong Co|Mongolia|Mozambique|Bangladesh|Ukraine|nuoc Phap|France|nuoc Duc|CHLB Duc|Germany|nuoc Anh|Vuong quoc Anh|Britain|Thai Lan|Thailand|Thai|Trung Quoc|China|Chinese|Con Minh|Kunming|Campuchia|Cam-pu-chia|Cambodia|Cambodian|Myanmar|Mi-an-ma|Malaysia|Singapore|Indonesia|Philippines|Nhat Ban|Japan|Japanese|Han Quoc|Korea|Korean|Hoa Ky|nuoc My|phia My|(?:Ngoai truong|Bo truong|Bo Ngoai giao|Dai su|dai su|Chinh phu|chinh phu|Phia|Nha nuoc|ASEAN -|ASEAN) My|cua My(?! [A-Z])|(?:phia|Phia|cua|Dai su|dai su|Chinh phu|chinh phu|Bo truong|Ngoai truong) Duc|Obama|United States|Australia|An Do|India|Lien bang Nga|Russia|Russian|EU|European Union|Lien minh chau Au|Lien minh kinh te A - Au|Eurasian)\b/;
/** A multilateral grouping as the subject: "Các lãnh đạo GMS …", "Các nước …", "Ba nước …", "Members …". */
const MULTILATERAL_SUBJECT =
	/^(?:[^,.;]{0,40}, )?(?:[^,.;]{0,40}?\b)?(?:[Cc]ac (?:lanh dao|nha lanh dao|nuoc|thanh vien|quoc gia|ben tham gia|ben)\b|[Bb]on (?:nuoc|nen kinh te)|[Hh]oi nghi (?:cap cao )?(?:CLV|CLMV|GMS|ACMECS|Mekong)|[Bb]a (?:nuoc|ben|Thu tuong|Bo truong)|GMS|CLV|Tieu vung|Mekong(?! (?:River|river|Delta|delta|water))|ASEAN|APEC|[Tt]he (?:members|member states|three countries)|[Mm]ember (?:states|countries)|[Aa]ll parties)\b/;
/** Laos as a party, or a subject that stands for both parties ("hai bên", "the two sides"). */
const LAOS_OR_BOTH =
	/\b(?:Lao|Laos|Lao PDR|Vieng Chan|Vientiane|[Hh]ai (?:ben|nuoc|phia|Thu tuong|thu tuong|Chinh phu|Bo|bo|Bo truong|nganh|Dang|Nha nuoc|tinh|dia phuong|lanh dao|nha lanh dao|Quoc hoi|quan doi|Bo Chinh tri|Uy ban|to chuc|doanh nghiep)|[Tt]he two (?:sides|countries|leaders|ministers|prime ministers|governments|ministries|parties|nations|presidents|defence ministries)|[Bb]oth (?:sides|countries|leaders|governments|ministries|nations)|song phuong|bilateral|Viet - Lao|Viet-Lao|Lao - Viet|Lao-Viet)\b/;

/**
 * Whether a commitment is between Vietnam and Laos. Dropped:
 * - a passage whose sentence, up to the passage's end, names a third country ("Lào đồng ý bán điện
 *   cho Thái Lan …", "Việt Nam và Campuchia thống nhất xây cầu …", a trilateral plan) or has a
 *   multilateral grouping as its subject ("Các lãnh đạo GMS cam kết …"): another deal than ours;
 * - a passage in a sentence that names neither Laos nor both parties, and whose two predecessors do
 *   not either (`laosNearby`): domestic business of one country in an article that mentions Laos elsewhere.
 * A registered Vietnam–Laos project in the passage always makes it ours.
 */
function notBilateral(
	ctx: Context,
	sentence: Span,
	d: Detected,
	laosNearby: boolean,
	nearby: SidesNearby
): boolean {
	// "… với nhau và với các bên thứ ba trong khuôn khổ Hành lang Đông – Tây": a multilateral undertaking even around our own corridor.
	if (THIRD_PARTIES.test(ctx.text.slice(d.start, d.end))) return true;
	if (d.entities.some((e) => REGISTERED.has(e.slug) || e.slug.startsWith('vn-la-'))) return false;
	// "Ngân hàng X sẽ mở thêm chi nhánh tại Champasak", "đoàn được công ty X hỗ trợ …": a firm's own news or gift
	// with no government party (retold.ts).
	const subject = subjectOf(ctx, sentence);
	const placeless = `${ctx.text.slice(sentence.start, Math.max(sentence.end, d.end))}`.replace(
		AT_PLACE,
		' '
	);
	if (firmGift(ctx.text.slice(d.start, d.end), placeless)) return true;
	if (
		subject !== null &&
		firmAlone(subject, placeless, d.amount !== null || d.parts.own.some((h) => h.kind === 'pledge'))
	)
		return true;
	// The sentence's subject (up to its first cue) and the passage itself: a third country in a sibling
	// clause ("…, sớm họp nhóm ba nước Việt Nam – Lào – Thái Lan; nghiên cứu tuyến cao tốc …") is not this passage's party.
	const subjectEnd = Math.min(firstPositiveCue(ctx, sentence) ?? d.start, d.start);
	const t =
		`${ctx.text.slice(sentence.start, subjectEnd)} ${ctx.text.slice(d.start, d.end)}`.trimStart();
	if (THIRD_COUNTRY.test(t) || MULTILATERAL_SUBJECT.test(t) || OTHER_PAIR.test(t)) return true;
	const whole = ctx.text.slice(sentence.start, sentence.end);
	// "hợp tác CLMV cần chú trọng …": a grouping's agenda, unless the two of them act together inside it.
	if (MULTILATERAL_NAME.test(t) && !BOTH_PARTIES.test(whole)) return true;
	// "Lào đang tạm hoãn xây dựng nhiều dự án thủy điện": one country's own business.
	if (LAOS_ALONE.test(t) && !BOTH_PARTIES.test(whole) && !VIETNAM.test(whole)) return true;
	if (oneSideAlone(ctx, sentence, d, nearby)) return true;
	return !laosNearby && !LAOS_OR_BOTH.test(ctx.text.slice(sentence.start, sentence.end));
}

/** Vietnam or a Vietnamese body, firm or province (folded, case-sensitive: names). */
const VIETNAM_SIDE =
	/\b(?:Viet Nam|Vietnam|Vietnamese|VN|Vinachem|Viettel|EVN|PetroVietnam|PVN|Vinacomin|TKV|HAGL|Hoang Anh Gia Lai|THACO|Vietcombank|BIDV|Vietjet|Vietnam Airlines|Ha Noi|Hanoi|Ho Chi Minh|Da Nang|Dien Bien|Son La|Thanh Hoa|Nghe An|Ha Tinh|Quang Binh|Quang Tri|Thua Thien Hue|Quang Nam|Kon Tum|Gia Lai|Dak Lak|Quang Ngai|Phu Yen)\b/;
/** Laos or a Lao province or city (folded). */
const LAOS_SIDE =
	/\b(?:Lao|Laos|Vieng Chan|Vientiane|Luang Pha Bang|Luang Prabang|Luong Pha Bang|Savannakhet|Xavannakhet|Khammouane|Kham Muon|Bolikhamxay|Bolikhamsai|Bo Ly Kham Xay|Bolykhamxay|Hua Phan|Houaphan|Xieng Khouang|Xieng Khoang|Xiang Khoang|Champasak|Cham Pa Xac|Attapeu|Atapu|Sekong|Se Kong|Salavan|Saravan|Xa Ra Van|Phongsaly|Phong Xa Ly|Oudomxay|U Dom Xay|Luang Namtha|Bokeo|Xayaboury|Xaysomboun|Xaisomboun)\b/;
/** Words that make the passage reach a partner or the other side: "phối hợp với …", "nước bạn", "hai bên". */
const REACHES_PARTNER =
	/\b(?:phoi hop voi|hop tac voi|cung voi|ky ket voi|nuoc ban|phia ban|tinh ban|ban Lao|[Hh]ai (?:ben|nuoc|phia|tinh|Chinh phu|Dang|Nha nuoc)|song phuong|bilateral|the two|both (?:sides|countries)|cooperat\w* with|work(?:ing)? with|jointly)\b/;
/** "Chúng tôi", "tôi", "we", "I" as the subject: a speaker for one side, in a quote or reported speech. */
const SPEAKER_SUBJECT = /^(?:Chung toi|chung toi|Toi|We|we|I)\b/;

/** A place phrase: "tại tỉnh Sekong", "ở Lào", "in Vientiane" (up to the next comma or verb-free run of 40). */
const AT_PLACE =
	/\b(?:tai|o|sang|den|in|at|to)\s+(?:(?:tinh|thu do|nuoc|thanh pho|TP\.?|huyen)\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s*\([^)]{0,30}\))?/g;

/** Whether Vietnam / Laos were named in the two sentences before (see oneSideAlone). */
export interface SidesNearby {
	vn: boolean;
	la: boolean;
}
const BOTH_NEARBY: SidesNearby = { vn: true, la: true };

type Side = 'vn' | 'la' | 'speaker' | null;

/**
 * Who undertakes: the subject of the sentence's first forward-looking cue, after any leading adverbial
 * ("Phát biểu tại lễ, …", "Tại Lào, …" end at the last comma before the cue) and opening quotes. One side
 * when it names Vietnam (or a Vietnamese body, firm or province) and not Laos, or Laos and not Vietnam,
 * or is a speaker's "chúng tôi" / "we"; null when it names both, neither, or "hai bên".
 */
function subjectOf(ctx: Context, sentence: Span): string | null {
	const cue = firstPositiveCue(ctx, sentence);
	if (cue === null) return null;
	const head = ctx.text.slice(sentence.start, cue);
	return head
		.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(':')) + 1)
		.replace(/^[\s"'(]+/, '');
}

function undertakingSide(ctx: Context, sentence: Span): Side {
	const subject = subjectOf(ctx, sentence);
	if (subject === null) return null;
	if (SPEAKER_SUBJECT.test(subject)) return 'speaker';
	if (BOTH_PARTIES.test(subject) || REACHES_PARTNER.test(subject)) return null;
	// "dự án trường học tại tỉnh Sekong …": a place the subject is in is not who undertakes.
	const agent = subject.replace(AT_PLACE, ' ');
	const vn = VIETNAM_SIDE.test(agent);
	const la = LAOS_SIDE.test(agent);
	return vn === la ? null : vn ? 'vn' : 'la';
}

/**
 * With no party in the subject ("hơn 50 công trình thủy điện khác vẫn tiếp tục thi công ở Lào"), the one
 * country where the passage takes place ("ở Lào", "tại tỉnh Savannakhet", "trong nước") stands for who undertakes.
 */
function placeSide(ctx: Context, sentence: Span, d: Detected): Side {
	const cue = firstPositiveCue(ctx, sentence);
	const subject = ctx.text.slice(sentence.start, cue ?? sentence.start);
	if (
		VIETNAM_SIDE.test(subject) ||
		LAOS_SIDE.test(subject) ||
		BOTH_PARTIES.test(subject) ||
		SPEAKER_SUBJECT.test(subject.trimStart())
	)
		return null;
	// A named agent ("Vinamilk", "Bầu Đức", "Tập đoàn X"): a firm of either side may be investing in the other
	// country; only things and unnamed groups ("hơn 50 công trình", "một số người") are read by their place.
	if (/\s[A-Z][a-z]+/.test(subject.slice(Math.max(subject.lastIndexOf(','), 0)))) return null;
	const places = [...ctx.text.slice(d.start, d.end).matchAll(AT_PLACE)].map((m) => m[0]);
	const la = places.some((p) => LAOS_SIDE.test(p));
	const vn = places.some((p) => VIETNAM_SIDE.test(p));
	return la === vn ? null : la ? 'la' : 'vn';
}

/**
 * One country's own business reported in a Vietnam–Laos article: a Lao ministry's domestic programme, a
 * Lao leader's "chúng tôi cam kết …" on Lao dams, a Vietnamese bank's targets, one party's congress
 * resolution. The clause's subject is one side (above) and nothing in the sentence reaches the other side:
 * neither the other country (its name, a body, a province) nor a partner ("phối hợp với …", "nước bạn",
 * "hai bên"). A Vietnamese firm investing in Laos, Vietnam helping Laos or Laos opening to Vietnamese firms
 * name the other side and stay.
 */
function oneSideAlone(ctx: Context, sentence: Span, d: Detected, nearby: SidesNearby): boolean {
	if (briefsOwnWork(ctx.text, sentence, d)) return true;
	const whole = ctx.text.slice(sentence.start, Math.max(sentence.end, d.end));
	if (laoBodyAlone(ctx.text.slice(sentence.start, sentence.end), whole)) return true;
	const side = undertakingSide(ctx, sentence) ?? placeSide(ctx, sentence, d);
	if (side === null) return false;
	if (BOTH_PARTIES.test(whole) || REACHES_PARTNER.test(whole)) return false;
	// The other side named in the two sentences before is who the undertaking is toward ("The railway … by
	// Vietnamese and Lao investors. Vietnam's ministry will submit a study on its section …").
	if (side === 'vn') return !nearby.la && !LAOS_SIDE.test(whole);
	// "các bệnh viện tuyến trung ương của Lào đang …": a Lao body named as Lao's own acts on Lao affairs; Vietnam
	// named in the sentences before is the article's frame, not a party, so only this sentence can bring it in.
	if (side === 'la' && OWNED_BY_LAOS.test(subjectOf(ctx, sentence) ?? ''))
		return !VIETNAM_SIDE.test(whole);
	// "Chính phủ Lào đặt mục tiêu tăng trưởng 7%": the Lao state as the subject acts at home unless the sentence
	// itself brings Vietnam in (a leader's words at a bilateral meeting, "Thủ tướng Lào …", and a Lao ministry
	// still read the sentences before).
	if (side === 'la' && LAO_STATE_BODY.test(subjectOf(ctx, sentence) ?? ''))
		return !VIETNAM_SIDE.test(whole);
	if (side === 'la') return !nearby.vn && !VIETNAM_SIDE.test(whole);
	if (LAOS_SIDE.test(whole) || VIETNAM_SIDE.test(whole)) return false;
	// A speaker's "chúng tôi hứa …" just after sentences naming both sides answers the other side.
	return !(nearby.vn && nearby.la);
}

/**
 * The Lao state itself as the subject: "Chính phủ Lào", "Quốc hội Lào", "Nhà nước Lào". A Lao ministry is left to
 * the sentences before (a ministry licensing wind farms after a sentence on Vietnamese firms surveying them is
 * toward Vietnam: extract.oneside.test.ts).
 */
const LAO_STATE_BODY =
	/^(?:[^,;]{0,20}\s)?(?:Chinh phu|chinh phu|Quoc hoi|Nha nuoc)\s+(?:nuoc\s+)?(?:Lao|Laos|CHDCND Lao)\b(?!\s*(?:va|voi|-|and)\s)/;

/** A body owned by Laos in the subject: "các bệnh viện của Lào", "Bộ Y tế của nước Lào", "Lao's ministry". */
const OWNED_BY_LAOS =
	/\b(?:cua (?:nuoc |phia )?(?:Lao|CHDCND Lao)|Laos'|Lao's)(?!\s*(?:va|voi|-|and)\s)/;

/** Where the grammatical subject of a Vietnamese sentence ends: its first auxiliary or reporting verb. */
const SUBJECT_END =
	/\b(?:dang|se|da|tiep tuc|cung|van|vua|moi|du kien|cam ket|khang dinh|nhat tri|thong nhat|quyet dinh|co ke hoach|phan dau|is|are|will|has|have|plans?)\b/;

/**
 * A Lao body named as Laos's own at the head of the sentence ("Trong khi đó, các bệnh viện tuyến trung ương của
 * Lào đang …"): the sentence is Lao domestic news unless it brings Vietnam in itself (a Vietnamese body, firm
 * or province, a partner, both sides). Vietnam named in the sentences before is the article's frame.
 */
function laoBodyAlone(sentence: string, whole: string): boolean {
	const lead = sentence.replace(/^[^,;:]{0,40}, /, '');
	const end = SUBJECT_END.exec(lead);
	const subject = lead.slice(0, end ? end.index : 80);
	if (!OWNED_BY_LAOS.test(subject) || VIETNAM_SIDE.test(subject)) return false;
	return !VIETNAM_SIDE.test(whole) && !BOTH_PARTIES.test(whole) && !REACHES_PARTNER.test(whole);
}

/** "quan hệ Việt Nam - Italy", "lãnh đạo Việt - Trung": Vietnam paired with another country, by a name the list above does not have or by its short form. */
const OTHER_PAIR =
	/\b(?:Viet Nam|Vietnam)\s*-\s*(?!(?:Lao|Laos|Vieng|Vientiane)\b)[A-Z][a-z]{2,}\b|\bViet\s*-\s*(?:Trung|My|Nhat|Han|Nga|Phap|Duc|Anh|An|Thai|Campuchia|Cuba|Singapore|Trieu)\b/;
const THIRD_PARTIES = /\b(?:ben thu ba|third part(?:y|ies))\b/;
/** A grouping of which Vietnam and Laos are two members among several. */
const MULTILATERAL_NAME =
	/\b(?:CLMV|CLV|GMS|ACMECS|Lan Thuong|Lancang|bon nen kinh te|ba nuoc|cac nuoc(?! ban\b)|(?:quoc gia|nuoc) thanh vien|member (?:states|countries))\b/;
/** The two parties acting together. */
const BOTH_PARTIES =
	/\b(?:[Hh]ai (?:ben|nuoc|phia|Thu tuong|thu tuong|Chinh phu|Bo|bo|Bo truong|nganh|Dang|lanh dao|nha lanh dao|Quoc hoi|quan doi)|[Tt]he two (?:sides|countries|leaders|ministers|prime ministers|governments|parties|nations)|[Bb]oth (?:sides|countries|leaders|governments|nations)|song phuong|bilateral|Viet - Lao|Viet-Lao|Lao - Viet|Lao-Viet|Viet Nam (?:va|voi|-) Lao|Lao (?:va|voi|-) Viet Nam)\b/;
/** Laos (or "we", in a Lao official's words) as the subject at the start of the sentence. */
const LAOS_ALONE =
	/^(?:[^.;]{0,60}?, )?(?:Lao|Phia Lao|Chinh phu Lao|Laos|The Lao government)\s+(?:dang|se|tiep tuc|cam ket|van|luon|will|is|has)\b/;
/** Vietnam, or a Vietnamese firm often named alone in coverage of Laos. */
const VIETNAM =
	/\b(?:Viet Nam|Vietnam|Vietnamese|VN|Vinachem|Viettel|EVN|PetroVietnam|PVN|Vinacomin|TKV|HAGL|Hoang Anh Gia Lai|THACO|Vietcombank|BIDV|Vietjet|Vietnam Airlines)\b/;

/** Words of crime and court reporting (folded). */
const CRIME_WORD =
	/\b(?:ma tuy|heroin|hong phien|thuoc lac|doi tuong|bat giu|bat qua tang|khoi to|vu an|tang vat|bi can|bi cao|xet xu|truy na|buon lau|chuyen an|trinh sat|dieu tra|toi pham|duong day|drug trafficking|smuggl\w+|arrested|suspects?)\b/gi;

/** How many crime and court words a block holds. */
export function crimeWords(text: string): number {
	let n = 0;
	for (const _ of text.matchAll(CRIME_WORD)) n++;
	return n;
}

/**
 * A crime report: six or more crime and court words, at least one per 800 characters (a drug bust, a
 * trial, a smuggling ring). An article on cooperation that mentions drug control in one paragraph is not one.
 */
export function isCrimeReport(words: number, length: number): boolean {
	return words >= 6 && words * 800 >= length;
}

/**
 * An article that names the pair in few of its sentences: Lao or Vietnamese domestic news, a feature on one
 * country, a multilateral meeting, with the other side named in passing. Fewer than one sentence in four
 * names both sides (Vietnam or a Vietnamese body and Laos or a Lao place, or "hai bên"), over eight or more
 * sentences. Only passages whose own sentence names both sides are kept there.
 */
export function isPassingMention(bothSentences: number, sentences: number): boolean {
	return sentences >= 8 && bothSentences * 4 < sentences;
}

/**
 * In such an article, a passage is kept only when its sentence joins the two sides: both parties as one
 * subject ("hai bên", "Việt Nam và Lào", "Việt - Lào"), one side working with the other ("phối hợp với phía
 * Lào"), or a registered Vietnam–Laos project. Naming both is not enough there: "Đại sứ quán Việt Nam tại
 * Lào", "a Vietnamese firm's plantations in Laos" are one side's business in the other's country.
 */
export function joinsBothSides(text: string, sentence: Span, d: Detected): boolean {
	if (d.entities.some((e) => REGISTERED.has(e.slug) || e.slug.startsWith('vn-la-'))) return true;
	const t = text.slice(sentence.start, Math.max(sentence.end, d.end));
	return BOTH_PARTIES.test(t) || WITH_THE_OTHER_SIDE.test(t);
}

/** The authorities of one side working with Laos or with the other side: "phối hợp với lực lượng chức năng của Lào". */
const WITH_THE_OTHER_SIDE =
	/\b(?:phoi hop|hop tac|cung voi|cooperat\w*|coordinat\w*|work(?:ing)? with|jointly)\b[^.;]{0,80}?\b(?:Lao|Laos|nuoc ban|ban Lao|hai nuoc|hai ben|Viet Nam|Vietnam|Vietnamese)\b/;

/**
 * In a crime report, what a courier was promised, what the police will still investigate or where smugglers
 * will turn next are the story, not undertakings; only one side's authorities working with the other are kept.
 */
export function worksWithTheOtherSide(text: string, d: Span): boolean {
	return WITH_THE_OTHER_SIDE.test(text.slice(d.start, d.end));
}

/** Laos named outright: "hai bên" alone may be other parties in an article about them. */
const NAMES_LAOS_FOLDED = /\b(?:Lao|Laos|Vieng Chan|Vientiane)\b/;
/** A party other than Vietnam and Laos in a headline: another country, or a grouping. */
const OTHER_PARTY = /\b(?:ASEAN|Mekong|Me Kong|GMS|CLMV|APEC|Lien hop quoc|United Nations)\b/;

/**
 * A headline about another pair or grouping that does not name Laos ("Việt Nam và Campuchia …", "… ASEAN –
 * Mỹ"): in such an article "hai bên" and "hai nước" are those parties, so a passage is kept only when its
 * sentence names Laos itself.
 */
export function foreignHeadline(foldedHeadline: string): boolean {
	return (
		!NAMES_LAOS_FOLDED.test(foldedHeadline) &&
		(THIRD_COUNTRY.test(foldedHeadline) || OTHER_PARTY.test(foldedHeadline))
	);
}

/**
 * A sentence about another pair that leaves Laos out ("Năm 2018, quân y hai nước Việt Nam - Trung Quốc lần đầu phối
 * hợp …"): in the next sentence, "hai nước" and "hai bên" are that pair, unless it names Laos itself.
 */
export function namesOtherPairOnly(text: string, s: Span): boolean {
	const t = text.slice(s.start, s.end);
	return THIRD_COUNTRY.test(t) && !LAOS_SIDE.test(t);
}

/** Whether `s` names a country other than Vietnam and Laos (or one of its leaders or projects). */
export function namesThirdCountry(text: string, s: Span): boolean {
	return THIRD_COUNTRY.test(text.slice(s.start, s.end));
}

/** Whether a sentence names Laos itself (not only "hai bên"). */
export function namesLaos(text: string, s: Span): boolean {
	return NAMES_LAOS_FOLDED.test(text.slice(s.start, s.end));
}

/**
 * Which sides an article names anywhere: an article that never names one side is about the pair as a whole
 * (a wire item on a Lao province's road that never spells out Vietnam), so that side counts as near throughout.
 */
export function sidesInArticle(folded: string): SidesNearby {
	return {
		vn: VIETNAM_SIDE.test(folded) || BOTH_PARTIES.test(folded),
		la: LAOS_SIDE.test(folded) || BOTH_PARTIES.test(folded)
	};
}

/**
 * One side briefing the other on its own work: "<leader> thông tin / chia sẻ / giới thiệu về những hoạt động
 * (nổi bật) của <own body> / mà <own body> đang triển khai …", "reported on the activities of …". The owner
 * of the work (the text before the frame and just after it) is one side.
 */
const OWN_BRIEFING =
	/\b(?:thong tin|chia se|gioi thieu|bao cao|briefed|reported|informed)\s+(?:ve\s+|on\s+|about\s+)?(?:nhung\s+|cac\s+|the\s+)?(?:hoat dong|ket qua|ke hoach|chuong trinh|activities|achievements|plans)\b(?:\s+noi bat)?\s+(?:cua|ma|of)\b[^,;:]{0,60}/;

/**
 * A briefing on one side's own activities at a meeting of both: what the briefer lists is that side's own
 * programme, even with the other side named just before (it is the audience, not a party). Kept when the
 * passage after the frame reaches the other side ("… trong đó có chương trình trao đổi với thanh niên Lào").
 */
function briefsOwnWork(text: string, sentence: Span, d: Detected): boolean {
	const upTo = text.slice(sentence.start, d.end);
	const m = OWN_BRIEFING.exec(upTo);
	if (!m) return false;
	const owner = upTo.slice(0, m.index + m[0].length).replace(AT_PLACE, ' ');
	if (BOTH_PARTIES.test(owner) || REACHES_PARTNER.test(owner)) return false;
	const vn = VIETNAM_SIDE.test(owner);
	const la = LAOS_SIDE.test(owner);
	if (vn === la) return false;
	// What follows the frame to the sentence's end: a head that stops at the frame ("… mà Hội đang triển khai:")
	// is judged by the items it introduces.
	const after = text.slice(
		Math.max(d.start, sentence.start + m.index + m[0].length),
		Math.max(d.end, sentence.end)
	);
	return (
		!(vn ? LAOS_SIDE : VIETNAM_SIDE).test(after) &&
		!REACHES_PARTNER.test(after) &&
		!BOTH_PARTIES.test(after)
	);
}

/** Which sides a sentence names (Vietnam or Vietnamese bodies, Laos or Lao places; "hai bên" is both). */
export function sidesNamed(text: string, s: Span): SidesNearby {
	const t = text.slice(s.start, s.end);
	if (s.end - s.start > MAX_SENTENCE) return { vn: false, la: false };
	const both = BOTH_PARTIES.test(t);
	return { vn: both || VIETNAM_SIDE.test(t), la: both || LAOS_SIDE.test(t) };
}

/** Whether a sentence names Laos or both parties: the next two sentences may leave the subject out. */
export function namesLaosOrBoth(text: string, s: Span): boolean {
	return s.end - s.start <= MAX_SENTENCE && LAOS_OR_BOTH.test(text.slice(s.start, s.end));
}

/** A commemorative year's name ("Năm Đoàn kết hữu nghị Việt Nam - Lào 2017"): a label of the time, not a party. */
const YEAR_NAME =
	/\bNam (?:Doan ket|Huu nghi)(?: (?:huu nghi|doan ket|va hop tac))*\s*["\u201c\u201d]?\s*(?:Viet Nam|Viet)\s*[-\u2013]\s*Lao(?:\s*\d{4})?/gi;

/**
 * Whether a sentence names Laos or both parties for the sentences after it (see `laosNearby`): a
 * commemorative year's name ("Lễ khai trương thuộc chương trình Năm Đoàn kết hữu nghị Việt - Lào") does
 * not, so the next sentence about a facility at home is not read as a Vietnam–Laos matter.
 */
export function namesLaosForNext(text: string, s: Span): boolean {
	if (s.end - s.start > MAX_SENTENCE) return false;
	const t = text.slice(s.start, s.end);
	return LAOS_OR_BOTH.test(t.replace(YEAR_NAME, ''));
}
const AND_TO = /,?\s+and to (?=[a-z])/g;

/**
 * "agreed to raise X and to complete Y": two coordinated undertakings, each a clause of its own. The repeated
 * "to" marks a second undertaking, so it is not merged back into the first even on the same topic.
 */
interface Clause extends Span {
	infinitive?: boolean;
	/** Opens with a second agreement verb ("… and proposed to B"): its own undertaking, never merged back. */
	second?: boolean;
}

/**
 * "…, he said, adding that nine agreements were signed": what the speaker adds is a statement of its own, judged
 * apart, so a past signing there does not sink the undertaking before it (nor does the undertaking carry it).
 */
const ADDING = /,\s+(?:adding|noting|saying|explaining|stressing) that\s+/g;

function splitAdding(text: string, clause: Span): Span[] {
	const t = text.slice(clause.start, clause.end);
	ADDING.lastIndex = 0;
	if (!ADDING.test(t)) return [clause];
	const out: Span[] = [];
	let from = clause.start;
	ADDING.lastIndex = 0;
	for (let m = ADDING.exec(t); m; m = ADDING.exec(t)) {
		// Only after an undertaking of the speaker's own: "The support reflects …, he said, adding that …" stays one.
		if (!OPENED.test(text.slice(from, clause.start + m.index))) continue;
		out.push({ start: from, end: clause.start + m.index });
		from = clause.start + m.index + m[0].length;
	}
	out.push({ start: from, end: clause.end });
	return out;
}

function splitInfinitives(text: string, clause: Span): Clause[] {
	const out: Clause[] = [];
	let from = clause.start;
	AND_TO.lastIndex = 0;
	const t = text.slice(clause.start, clause.end);
	for (let m = AND_TO.exec(t); m; m = AND_TO.exec(t)) {
		out.push({ start: from, end: clause.start + m.index, infinitive: out.length > 0 });
		from = clause.start + m.index + m[0].length - 3;
	}
	out.push({ start: from, end: clause.end, infinitive: out.length > 0 });
	return out;
}

/**
 * English reporting style (issue #12): "pledged to step up X, expand Y and remove Z" lists several
 * undertakings after one "to"/modal; in a comma list each bare verb after ", " / ", and " / " and " starts
 * an item (quote from the verb), merged back by the clause rule when it shares its sector with the item before.
 */
const LIST_VERBS =
	'step up|boost|expand|remove|increase|coordinate|make|implement|promote|strengthen|enhance|accelerate|speed up|complete|build|upgrade|facilitate|develop|ensure|maintain|intensify|push|lift|raise|improve|effectively implement|work|cooperate|share|support|train|sign|conclude|finalise|finalize|review|organise|organize|establish|set up|create|deepen|broaden|consolidate|tighten|step|seek|study|encourage|connect|open|resolve|settle|address|prepare|launch|devise|provide|invest|attract|double|reach|combat|fight|manage|protect|search for|exchange|foster|bolster|advance|expedite|fast-track|hasten';
/**
 * The same verbs as gerunds, where a list is written "focus on A-ing; B-ing, and C-ing" or an item after ";" opens
 * "and creating conditions for …". Gerunds that are as often nouns (training, building, meeting, opening, working,
 * signing) are left out.
 */
const LIST_GERUNDS =
	'expanding|enhancing|strengthening|promoting|boosting|improving|developing|upgrading|implementing|accelerating|speeding up|stepping up|increasing|raising|facilitating|ensuring|maintaining|deepening|coordinating|supporting|completing|removing|creating|fostering|intensifying|tightening|establishing|encouraging|connecting|resolving|addressing|preparing|providing|investing|attracting|consolidating|bolstering|expediting|managing|protecting|exchanging|sharing';
/** A gerund item after ", and" belongs to a list that opened with one ("expanding X …, and enhancing Y"). */
const GERUND_ITEM = new RegExp(
	`(?:,\\s+(?:and\\s+|as well as\\s+)?)(?=(?:${LIST_GERUNDS})\\s+(?!(?:and|or|of|to|in|for|with|between|from|by|on|at)\\b)[a-z])`,
	'g'
);
const GERUND_OPENED = new RegExp(
	`^(?:and\\s+)?(?:${LIST_GERUNDS})\\b|\\b(?:on|to) (?:effectively |further |actively )?(?:${LIST_GERUNDS})\\b`
);
const VERB_ITEM = new RegExp(
	`(?:,\\s+(?:and\\s+|as well as\\s+)?|\\s+and\\s+)(?=(?:${LIST_VERBS})\\s+(?!(?:and|or|of|to|in|for|with|between|from|by|on|at)\\b)[A-Za-z])`,
	'g'
);
/** An item that is only "to <verb>" before " and <verb> X": the two verbs share the object. */
const SHARED_OBJECT = /\b(?:to|will|would|shall|should|must)\s+(?:[a-z]+ly\s+)?[a-z]+$/;
/** An undertaking already opened by "to <verb>", a modal or "will": only then are later bare verbs its siblings. */
const OPENED =
	/\b(?:to|will|would|shall|should|must)\s+(?:further\s+|also\s+|jointly\s+|effectively\s+|continue\s+to\s+)?[a-z]+/;

/**
 * "They concurred to do X and consented/proposed to do Y": a second agreement verb after "and" is a second
 * undertaking, but only once the part before has one of its own ("… met in Hanoi and agreed to …" is one).
 */
const AND_AGREED =
	/,?\s+and\s+(?=(?:also\s+)?(?:(?:agreed|consented|concurred|pledged|vowed|committed|promised|decided|undertook|proposed|suggested|resolved)\s+(?:to|on)\b|(?:suggested|proposed)\s+(?:that\s+)?(?:the two|both)\b))/g;

function splitAgreedPair(text: string, clause: Clause): Clause[] {
	const out: Clause[] = [];
	let from = clause.start;
	const t = text.slice(clause.start, clause.end);
	AND_AGREED.lastIndex = 0;
	for (let m = AND_AGREED.exec(t); m; m = AND_AGREED.exec(t)) {
		// "…, and suggested the two ministries offer …" names its own subject, so it stands apart even after a report.
		const ownSubject = /^(?:also\s+)?(?:suggested|proposed)\s+(?:that\s+)?(?:the two|both)\b/.test(
			t.slice(m.index + m[0].length)
		);
		if (!ownSubject && !OPENED.test(text.slice(from, clause.start + m.index))) continue;
		out.push({
			start: from,
			end: clause.start + m.index,
			infinitive: clause.infinitive && out.length === 0,
			second: out.length > 0
		});
		from = clause.start + m.index + m[0].length;
	}
	out.push({
		start: from,
		end: clause.end,
		infinitive: clause.infinitive && out.length === 0,
		second: out.length > 0
	});
	return out;
}

function splitVerbList(text: string, clause: Clause): Clause[] {
	const t = text.slice(clause.start, clause.end);
	if (GERUND_OPENED.test(t)) return splitGerundList(text, clause);
	// Only a comma list is a list of undertakings; "strengthen X and remove Y" alone stays one.
	VERB_ITEM.lastIndex = 0;
	if (![...t.matchAll(VERB_ITEM)].some((m) => m[0].startsWith(','))) return [clause];
	const out: Clause[] = [];
	let from = clause.start;
	VERB_ITEM.lastIndex = 0;
	for (let m = VERB_ITEM.exec(t); m; m = VERB_ITEM.exec(t)) {
		const cut = clause.start + m.index;
		if (!OPENED.test(text.slice(clause.start, cut))) continue;
		// "to sustainably use and manage X": two verbs sharing one object are one undertaking.
		if (SHARED_OBJECT.test(text.slice(from, cut))) continue;
		out.push({
			start: from,
			end: cut,
			infinitive: clause.infinitive && out.length === 0,
			second: clause.second && out.length === 0
		});
		from = cut + m[0].length;
	}
	out.push({
		start: from,
		end: clause.end,
		infinitive: clause.infinitive && out.length === 0,
		second: clause.second && out.length === 0
	});
	return out;
}

/**
 * "…; and creating conditions for Lao citizens to …": a clause of a gerund list after ";" is an item with a verb,
 * though a gerund after a comma ("will maintain the dialogue, expanding training …") only says how.
 */
const GERUND_START = new RegExp(`^(?:${LIST_GERUNDS})\\b`);
function opensGerundItem(text: string, start: number, t: string): boolean {
	if (!GERUND_START.test(t)) return false;
	const before = text.slice(Math.max(0, start - 240), start);
	if (/;\s*(?:and\s+)?$/.test(before)) return true;
	// "…; expanding X, and enhancing Y": a later item of a list that opened with a gerund after ";".
	const open = before.lastIndexOf(';');
	return (
		open >= 0 &&
		/,\s+(?:and\s+)?$/.test(before) &&
		GERUND_OPENED.test(before.slice(open + 1).trimStart())
	);
}

function splitGerundList(text: string, clause: Clause): Clause[] {
	const t = text.slice(clause.start, clause.end);
	const out: Clause[] = [];
	let from = clause.start;
	GERUND_ITEM.lastIndex = 0;
	for (let m = GERUND_ITEM.exec(t); m; m = GERUND_ITEM.exec(t)) {
		const cut = clause.start + m.index;
		// The list must have opened before the cut, and a couple of words is a shared object, not an item.
		if (!GERUND_OPENED.test(text.slice(clause.start, cut))) continue;
		if (text.slice(from, cut).split(' ').length < 4) continue;
		out.push({
			...clause,
			start: from,
			end: cut,
			infinitive: clause.infinitive && out.length === 0
		});
		from = cut + m[0].length;
	}
	out.push({
		...clause,
		start: from,
		end: clause.end,
		infinitive: clause.infinitive && out.length === 0
	});
	return out.length > 1 ? out : [clause];
}

const LIST_COLON = /:\s+/g;
const SIGNING =
	/\b(?:ky ket|ky|signed|signing)\b[^.;:]{0,40}?\b(?:\d+|cac|nhieu|mot so|nhung|hai|ba|bon|nam) (?:van kien|van ban|thoa thuan|hiep dinh|documents|agreements)\b/gi;

/**
 * ", <verb of an undertaking> …": journalism lists several undertakings after one cue ("nhất trí mở
 * rộng hợp tác đào tạo, đầu tư các dự án hạ tầng, hợp tác quản lý nguồn nước"). Each verb-led
 * segment is a clause of its own; clauses on the same topic are merged back afterwards (mergeable).
 * "… và nghiên cứu / xây dựng / nâng cấp / triển khai / đẩy nhanh …" joins a second undertaking the same way.
 */
const VERB_LED: Record<'vi' | 'en', RegExp> = {
	vi: /(?:\s*,\s+|\s+va\s+(?=(?:nghien cuu|xay dung|nang cap|trien khai|day nhanh) ))(?=(?:(?:tiep tuc|cung|som|tich cuc|khan truong|chu dong|quyet liet|nhat la|dac biet la|trong do) )?(?:day manh|tang cuong|thuc day|mo rong|dau tu (?:cac|vao|xay dung|phat trien|mo rong|nang cap)|phoi hop|trien khai|thuc hien|tap trung|nang cao|phan dau|hoan thanh|hoan tat|xay dung|ho tro|tao dieu kien|khuyen khich|uu tien|nang cap|dam bao|duy tri|chuan bi|ra soat|thao go|giai quyet|cai thien|hoan thien|ung ho|cung co|xuc tien|day nhanh|phat huy|khai thac|giup do|no luc|nghien cuu|quyet tam|chi dao|hop tac (?:quan ly|su dung|khai thac|tot|chat che)|tang ket noi|co (?:cac |nhung )?(?:bien phap|giai phap|co che|chinh sach))\b)/g,
	en: /\s*,\s+(?:and\s+)?(?=(?:(?:further|jointly|actively|also|continue to|work to) )?(?:boost|boosting|expand|expanding|accelerate|accelerating|promote|promoting|strengthen|strengthening|enhance|enhancing|step up|stepping up|speed up|speeding up|push|pushing|improve|improving|implement|implementing|maintain|maintaining|develop|developing|build|building|upgrade|upgrading|facilitate|facilitating|support|supporting|coordinate|coordinating|review|reviewing|prepare|preparing|remove|removing|increase|increasing|raise|raising|foster|fostering|deepen|deepening|intensify|intensifying|ensure|ensuring|complete|completing|share|sharing|create|creating)\b)/g
};

/**
 * The verb-led segments of a clause that stand as commitments on their own: a segment is cut off
 * only when both it and what precedes it would be accepted alone and they differ in topic (sector)
 * or the new one has its own figure or name; otherwise it stays with the segment before it.
 */
function undertakings(
	ctx: Context,
	clause: Span,
	inherited: CueHit[]
): (Span & { project?: boolean })[] {
	const projects = new Set<number>();
	const pieces = splitVerbLed(ctx.text, clause, ctx.language).flatMap((p) =>
		splitProjects(ctx.text, p, projects)
	);
	if (pieces.length === 1) return pieces;
	const out: (Span & { project?: boolean })[] = [];
	let cur: Span & { project?: boolean } = pieces[0]!;
	// A piece is governed by the cues of the clause before it ("hai bên thống nhất A, thúc đẩy B, mở rộng C").
	const headsBefore = (at: number): CueHit[] => [
		...inherited,
		...cuesIn(ctx, { start: clause.start, end: at }).filter(
			(h) => INHERITED.has(h.kind) || RENEWING.has(h.kind)
		)
	];
	for (const p of pieces.slice(1)) {
		const a = evaluate(ctx, {
			...cur,
			item: false,
			inherited: headsBefore(cur.start),
			continuation: false
		});
		const b = evaluate(ctx, {
			...p,
			item: false,
			inherited: headsBefore(p.start),
			continuation: false
		});
		// A part rejected for a ceremony, visit or past result must not drag the undertaking next to it down with it,
		// whether it comes first or second ("tiếp tục bồi dưỡng cán bộ …, chỉ đạo các tỉnh duy trì hoạt động tình nguyện hè").
		const cutOff = a
			? b
				? b.amount ||
					b.entities.length > 0 ||
					(b.sector !== a.sector && b.breadth > 0) ||
					projects.has(p.start)
				: hasNegative(ctx, p)
			: b && hasNegative(ctx, cur);
		// "…, nhất là bảo đảm thông suốt các tuyến đường biên giới", "…, đặc biệt là nâng cấp …": an elaboration of
		// the undertaking before it, not one of its own, unless it brings its own figure or name.
		const elaborates =
			ELABORATION.test(ctx.text.slice(p.start, p.start + 32)) &&
			!(b && (b.amount || b.entities.length > 0));
		// "quản lý đường biên với Trung Quốc, hoàn thành cắm mốc biên giới Việt Nam - Lào, phối hợp với Campuchia
		// …": a third country named in one piece and not in the other makes them different parties' undertakings.
		if (elaborates) cur = { ...cur, end: p.end };
		else if (
			cutOff ||
			((a || b) && namesThirdCountry(ctx.text, cur) !== namesThirdCountry(ctx.text, p))
		) {
			out.push(cur);
			cur = { ...p, project: projects.has(p.start) };
		} else cur = { ...cur, end: p.end };
	}
	out.push(cur);
	return out;
}

/**
 * ", dự án A …, dự án B … và đặc biệt là dự án C …": a clause that names two or more projects by the noun
 * lists them, each with its own status ("đã khánh thành", "dự kiến hoàn thành năm 2020", "đang được triển
 * khai"); each project's segment is a piece of its own (`starts` collects where they begin).
 */
const PROJECT_ITEM =
	/\s*(?:,\s+|\s+va\s+)(?:(?:dac biet|nhat) la\s+)?(?=(?:(?:cac|nhung) )?(?:du an|cong trinh)\s|(?:Hiep dinh|Nghi dinh thu|Thoa thuan|Ban ghi nho|De an|Quy hoach) )/g;
const PROJECT_NOUN = /\b(?:du an|cong trinh)\s/g;
/** Named documents, capitalised inside a sentence: "triển khai Nghị định thư về …, Hiệp định về …" lists two of them. */
const DOCUMENT_NOUN =
	/(?<=\S )(?:Hiep dinh|Nghi dinh thu|Thoa thuan|Ban ghi nho|De an|Quy hoach) /g;

function splitProjects(text: string, piece: Span, starts: Set<number>): Span[] {
	const t = text.slice(piece.start, piece.end);
	if ((t.match(PROJECT_NOUN)?.length ?? 0) < 2 && (t.match(DOCUMENT_NOUN)?.length ?? 0) < 2)
		return [piece];
	const out: Span[] = [];
	let from = piece.start;
	PROJECT_ITEM.lastIndex = 0;
	for (let m = PROJECT_ITEM.exec(t); m; m = PROJECT_ITEM.exec(t)) {
		const at = piece.start + m.index;
		if (text.slice(from, at).split(' ').length < 4) continue;
		out.push({ start: from, end: at });
		from = at + m[0].length;
		starts.add(from);
	}
	out.push({ start: from, end: piece.end });
	return out;
}

function splitVerbLed(text: string, clause: Span, language: 'vi' | 'en'): Span[] {
	const re = VERB_LED[language];
	const out: Span[] = [];
	let from = clause.start;
	const t = text.slice(clause.start, clause.end);
	re.lastIndex = 0;
	for (let m = re.exec(t); m; m = re.exec(t)) {
		const at = clause.start + m.index;
		// A segment of a couple of words is a shared-object pair ("hợp tác quản lý, sử dụng …"), not an item.
		if (text.slice(from, at).split(' ').length < 4) continue;
		out.push({ start: from, end: at });
		from = at + m[0].length;
	}
	out.push({ start: from, end: clause.end });
	return out;
}

/** "… các nhiệm vụ trọng tâm gồm: - Đẩy mạnh …", "agreed to: prioritise …": the list head and its first item are separate candidates. */
function splitColon(text: string, clause: Span): Span[] {
	const out: Span[] = [];
	let from = clause.start;
	const t = text.slice(clause.start, clause.end);
	LIST_COLON.lastIndex = 0;
	for (let m = LIST_COLON.exec(t); m; m = LIST_COLON.exec(t)) {
		// The head keeps its colon: a list-head cue ("các nhiệm vụ trọng tâm gồm:") ends with it and must fall inside.
		out.push({ start: from, end: clause.start + m.index + 1 });
		from = clause.start + m.index + m[0].length;
	}
	out.push({ start: from, end: clause.end });
	return out.filter((c) => c.end > c.start);
}

/**
 * Cues of `sentence` that govern what follows it: the agreement, pledge, future, obligation or
 * continuation cues a list item or a "Đồng thời …" sentence inherits.
 */
export function governingCues(ctx: BlockContext, sentence: Span): CueHit[] {
	// Like detection, this skips runs of text that are not prose (no sentence end for 2,000 characters).
	if (sentence.end - sentence.start > MAX_SENTENCE) return [];
	return cuesIn(ctx, sentence).filter((h) => INHERITED.has(h.kind) || RENEWING.has(h.kind));
}

/** Cue kinds that state an undertaking (rather than going on with one): see retoldPast. */
const STATING: ReadonlySet<CueKind> = new Set(['agreement', 'pledge', 'target', 'future', 'start']);

/** Whether the sentence retells an event before the article ("Trước đó, …", "Năm 1962, …"; retold.ts). */
function retoldSentence(ctx: Context, sentence: Span): boolean {
	const hits = cuesIn(ctx, sentence).filter((h) => POSITIVE_KINDS.has(h.kind));
	const first = hits[0];
	if (!first) return false;
	const t = ctx.text.slice(sentence.start, sentence.end);
	const head = t.slice(0, first.index);
	// Cheap test first: most sentences neither open with a date or "Trước đó" nor say "Cách đây".
	if (!/^\W*(?:[A-Z]\w*\s+)*(?:\d|nam|thang|ngay|quy)|^\W*(?:Truoc|TRUOC|Hoi)|ach day/.test(head))
		return false;
	return retoldPast(head, t, ctx.refYear(), STATING.has(first.kind));
}

/**
 * `carriedIn`: cues inherited from an earlier sentence (a list head ending in ":" before bullet
 * lines, or the sentence before "Đồng thời …"); they count as the first clause's inherited cues.
 * A continuation with a cue of its own does not take them; a list item (`list`) does.
 */
export function detectInSentence(
	ctx: BlockContext,
	sentence: Sentence,
	carriedIn: CueHit[] = [],
	list = false,
	laosNearby = true,
	nearby: SidesNearby = BOTH_NEARBY
): Detected[] {
	if (sentence.caption || sentence.heading || sentence.end - sentence.start > MAX_SENTENCE)
		return [];
	const own = hasPositiveCue(ctx, sentence);
	if (own && ctx.language === 'vi' && retoldSentence(ctx, sentence)) return [];
	// "Đồng thời, hai bên sẽ …" speaks for itself; only a list item takes its head's cues on top of its own.
	const carried = own && !list ? [] : carriedIn;
	if (!own && carried.length === 0) return [];
	const text = ctx.text;
	const out: Detected[] = [];
	const inherited: CueHit[] = [...carried];
	let prevClauseAccepted = false;
	const english: Clause[] =
		ctx.language === 'en'
			? sentence.clauses
					.flatMap((c) => splitAdding(text, c))
					.flatMap((c) => splitInfinitives(text, c))
					.flatMap((c) => splitAgreedPair(text, c))
					.flatMap((c) => splitVerbList(text, c))
			: sentence.clauses;
	// "… and to <verb> Y": the second of two coordinated undertakings.
	const secondInfinitive = new Set(english.filter((c) => c.infinitive).map((c) => c.start));
	const secondAgreed = new Set(english.filter((c) => c.second).map((c) => c.start));
	const clauses = english.flatMap((c) => splitColon(text, c));
	const proposedFrom = proposalStart(ctx, sentence);
	// Vietnamese clauses are cut on ", <verb>" too: real journalism lists undertakings that way (docs/extraction.md).
	// Each clause is cut when reached, so its pieces are judged with the cues the clauses before it passed on.
	for (const whole of clauses)
		for (const clause of undertakings(ctx, whole, inherited)) {
			const clauseCues = cuesIn(ctx, clause);
			const continuation =
				/^[A-Z]/.test(text.charAt(clause.start)) && clause.start !== sentence.clauses[0]!.start;
			const ents = entitiesIn(ctx, clause);
			const candidates =
				new Set(ents.map((e) => e.slug)).size >= 2 ||
				(ents.length > 0 && amountBefore(ctx, clause.start, ents[0]!.start))
					? splitList(ctx, clause, ents, [...inherited], continuation)
					: splitTargets(ctx, {
							...clause,
							end: ents.length ? trimCeremonyTail(ctx, clause, ents) : clause.end,
							item: false,
							inherited: [...inherited],
							continuation
						});
			let accepted = false;
			for (const cand of candidates) {
				const d = evaluate(ctx, cand);
				if (d && notBilateral(ctx, sentence, d, laosNearby, nearby)) continue;
				if (d && proposedFrom !== null && cand.start > proposedFrom && !agreesItself(ctx, cand))
					continue;
				if (!d) {
					if (prevClauseAccepted && !accepted && candidates.length === 1)
						extendWithTail(ctx, out[out.length - 1], clause);
					continue;
				}
				const prev = out[out.length - 1];
				// "… 3.000 MW vào năm 2025 và lên 5.000 MW vào năm 2030": a step of a target chain says no
				// sector words of its own; it shares the sector of the step before it.
				if (cand.step && d.sector === 'other')
					d.sector = prev?.sector ?? sectorOfClause(ctx, clause, d.amount);
				// "… for 2016-2020 and to draft a strategy until 2030": a second infinitive with a deadline of its own is its own undertaking.
				const ownDeadline =
					secondInfinitive.has(clause.start) &&
					d.targetYear !== null &&
					d.targetYear !== prev?.targetYear;
				const ownStrong =
					clauseCues.some((h) => h.kind === 'agreement' || h.kind === 'pledge') ||
					ownDeadline ||
					secondAgreed.has(clause.start) ||
					numberedItem(text, clause.start) ||
					clause.project === true ||
					opensClearingObstacles(text, clause.start);
				// "…; tích cực tháo gỡ các khó khăn, vướng mắc": a clause of its own that names no field works in
				// the field of the clause before it.
				if (ownStrong && prev && !cand.item && d.breadth === 0 && d.sector === 'other')
					d.sector = prev.sector;
				if (prev && prevClauseAccepted && !accepted && mergeable(prev, d, ownStrong)) {
					prev.end = d.end;
					prev.cues = [...new Set([...prev.cues, ...d.cues])];
				} else out.push(d);
				accepted = true;
			}
			prevClauseAccepted = accepted;
			// "… đã nhất trí và ký kết 4 văn kiện: A; B; C" lists what was signed: its cue does not govern the list.
			for (const h of clauseCues)
				if ((INHERITED.has(h.kind) || RENEWING.has(h.kind)) && !signedBefore(text, clause, h))
					inherited.push(h);
		}
	return out;
}

/**
 * Where a proposal or request governs the rest of the sentence: "Tổng Bí thư đề nghị hai bên cần thúc đẩy
 * A, tiếp tục triển khai B; thúc đẩy C, phấn đấu đạt 5 tỷ USD …" proposes every piece after it, whatever
 * target or future words a piece has, until a piece with an agreement or pledge of its own ("…, Thủ tướng
 * Lào khẳng định sẽ …"). Null when the sentence has no request, or agrees before it.
 */
function proposalStart(ctx: Context, sentence: Sentence): number | null {
	const first = sentence.clauses[0]!.start;
	const last = sentence.clauses[sentence.clauses.length - 1]!.end;
	for (const h of cuesIn(ctx, { start: first, end: last })) {
		if (h.kind === 'agreement' || h.kind === 'pledge') return null;
		if (h.kind === 'request') return first + h.index;
	}
	return null;
}

function agreesItself(ctx: Context, span: Span): boolean {
	return cuesIn(ctx, span).some((h) => h.kind === 'agreement' || h.kind === 'pledge');
}

/**
 * Whether the cue `h` (index relative to the clause) reports documents signed: the clause's signing
 * phrase ends after the cue. A signing phrase before the cue is a run-in subheading (a heading "Ký 3
 * văn kiện" glued to "Năm tới, hai bên thống nhất …") and the agreement after it still governs.
 */
function signedBefore(text: string, clause: Span, h: CueHit): boolean {
	return [...text.slice(clause.start, clause.end).matchAll(SIGNING)].some(
		(m) => m.index + m[0].length > h.index
	);
}

/**
 * A clause with no cue, no sector and no negative cue of its own that follows an accepted
 * clause finishes that clause's thought ("…; tích cực tháo gỡ các khó khăn, vướng mắc").
 */
function extendWithTail(ctx: Context, prev: Detected | undefined, clause: Span): void {
	if (!prev || prev.item) return;
	const span = trimEdges(ctx.text, clause.start, clause.end);
	const t = ctx.text.slice(span.start, span.end);
	// "…; góp phần tuyên truyền …", "… qua cặp cửa khẩu A - B": a route, means or purpose rejected on its own
	// says how or why the accepted clause before it is done, whatever its sector or cues.
	const purpose = opensAsMeansOrPurpose(t, cuesIn(ctx, span));
	// A tail about a third country ("…, làm tốt việc quản lý đường biên với Trung Quốc") is another party's matter.
	if (namesThirdCountry(ctx.text, span) && !namesThirdCountry(ctx.text, prev)) return;
	if (!purpose && (profileSectors(t).breadth > 0 || cuesIn(ctx, clause).length > 0)) return;
	prev.end = span.end;
}

/** "Lễ khởi công Công viên X và chứng kiến lễ ký kết …": the ceremony tail is not part of the project. */
function trimCeremonyTail(ctx: Context, clause: Span, ents: EntityMatch[]): number {
	const last = ents[ents.length - 1]!;
	const segs = listSegments(ctx.text, clause.start, clause.end, ents);
	for (let i = 1; i < segs.length; i++)
		if (segs[i]!.start >= last.end && hasNegative(ctx, segs[i]!)) return segs[i - 1]!.end;
	return clause.end;
}
