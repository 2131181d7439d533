/**
 * The link rule: does an extracted commitment restate an item we already track, and if so
 * which one? Pure functions over plain objects, so the rule is unit-tested without a database.
 *
 * In order:
 * 1. reprint — the article is a copy of an earlier one and the same (folded) quote is already
 *    evidence for an item: link there.
 * 2. entity — the commitment names a project/programme an item also names: link to the item
 *    sharing the most entities. If both carry a target in the same unit and the targets
 *    differ, it is not the same pledge: a new item, chained as a revision (see chains.ts).
 * 3. target — same sector, unit, scope (the same set of entities, usually none) and the same
 *    value (and upper bound); years equal, or one of them unstated.
 * 4. key — neither side has a value target, and both state the same semantic key (keys.ts: the
 *    action and its object, synonyms folded): two keys in common, or the head key of both, or
 *    the head key of one with the same article (the same meeting) or shared content words. The
 *    sector must agree; otherwise it is a near miss.
 * 5. similar — neither side has a target or an entity, same sector and kind, and the titles
 *    share at least 60 % of their words (Jaccard).
 * Otherwise a new item. A new item that nearly met rule 4 or 5 names the item it nearly joined
 * (`nearMiss`), so an editor is asked whether to merge them instead of the engine deciding.
 * Every decision carries its reason, stored on the mention.
 */
import { decimalEquals } from '../../decimal';
import { contentWords, OCCASION, semanticKeys, titleActions } from './keys';
import { foldText } from '../extract/fold';
import { jaccard, words } from './text';

export interface LinkInput {
	title: string;
	sector: string;
	kind: string;
	quote: string;
	target_value: string | null;
	target_value_max: string | null;
	unit: string | null;
	target_year: number | null;
	entities: string[];
}

export interface LinkCandidate {
	id: number;
	title: string;
	sector: string;
	kind: string;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	targetYear: number | null;
	entitySlugs: string[];
	/** Folded quotes of the item's mentions in the article this one copies (rule 1 only). */
	copiedQuotes?: string[];
	/** Semantic keys of the item's quotes, and the head key of each quote (rule 4). */
	keys?: string[];
	headKeys?: string[];
	/** The item's quotes and their articles, loaded only for items sharing a key (rule 4). */
	quotes?: string[];
	articleIds?: number[];
	/** Every quote of an item that names no programme, for rule "purpose" (loaded when the article names one). */
	allQuotes?: string[];
	/** The numbered meetings reported by the articles its quotes come from (`articleMeeting`). */
	meetings?: string[];
	/** Articles of this import run that gave the item a quote, whatever its keys (rule 2's milestones). */
	storyIds?: number[];
}

/** Where the commitment being linked comes from: its article, for "the same meeting". */
export interface LinkContext {
	copiedFrom?: boolean;
	articleId?: number;
	/**
	 * Entities named by the frame of the commitment's sentence ("Within the framework of the 47th
	 * session, the two sides will review …; agree on …"): every clause of that sentence is on the
	 * meeting's agenda, though only the first names it.
	 */
	frame?: string[];
	/** The numbered meeting the article reports, named in its headline or lead (`articleMeeting`). */
	meeting?: string;
}

export interface LinkReason extends Record<string, unknown> {
	rule: 'reprint' | 'entity' | 'frame' | 'target' | 'key' | 'purpose' | 'similar' | 'title' | 'new';
	entity?: string[];
	/** Rule 4: the semantic keys both state, and what else agreed. */
	keys?: string[];
	sameArticle?: boolean;
	overlap?: number;
	/** The numbered meeting the quote's article reports, so later quotes can tell another session's pledges apart. */
	meeting?: string;
	/**
	 * A new item that nearly joined another: which one and why, for an editor to decide. `why` is
	 * the engine's own note; `whyKey` is what the queue words in the editor's language.
	 */
	nearMiss?: { id: number; why: string; whyKey: LinkWhy; score: number };
	target?: { value: string; max: string | null; unit: string; year: number | null };
	score: number;
	/** Item ids considered and why they were not taken (first few), for an editor undoing a link. */
	rejected?: { id: number; why: string }[];
}

/** Why a near miss was not linked, as a message key and its parameters ($lib/i18n/system-text linkWhy). */
export type LinkWhy =
	| { key: 'titles_some' }
	| { key: 'quote_repeats_title' }
	| { key: 'shares_but'; keys: string[]; short: KeyShort };

type KeyShort = 'one_key' | 'not_main' | 'sectors_differ';
const KEY_SHORT: Record<KeyShort, string> = {
	one_key: 'only one key in common, in another article, with few other words in common',
	not_main: 'the key is not what either mainly says',
	sectors_differ: 'the sectors differ'
};

export type LinkDecision =
	| { action: 'link'; commitmentId: number; reason: LinkReason }
	| { action: 'create'; reason: LinkReason };

export const SIMILAR_THRESHOLD = 0.6;
/** Titles this alike, short of SIMILAR_THRESHOLD, are worth an editor's look. */
export const NEAR_SIMILAR = 0.4;
/** Content-word overlap (Jaccard) that backs up a single shared key that is the head of one side only. */
export const KEY_OVERLAP = 0.3;

export function hasTarget(x: { target_value: string | null; unit: string | null }): boolean {
	return x.target_value !== null && x.unit !== null;
}

function sameTarget(c: LinkInput, k: LinkCandidate): boolean {
	return (
		k.unit === c.unit &&
		decimalEquals(k.targetValue, c.target_value) &&
		decimalEquals(k.targetValueMax, c.target_value_max) &&
		(k.targetYear === null || c.target_year === null || k.targetYear === c.target_year)
	);
}

/**
 * Both state a target (value in the same unit, or only a year) and the two differ. Years alone do
 * not conflict within one article: a story about a project gives its milestones (groundbreaking in
 * 2017, handover in 2020), and a re-pledged deadline is a later statement, not the same story's.
 */
function conflicts(c: LinkInput, k: LinkCandidate, articleId?: number): boolean {
	if (hasTarget(c) && k.targetValue !== null && k.unit === c.unit) return !sameTarget(c, k);
	if (!hasTarget(c) && k.targetValue === null && c.target_year !== null && k.targetYear !== null)
		return (
			c.target_year !== k.targetYear &&
			!(articleId !== undefined && k.storyIds?.includes(articleId))
		);
	return false;
}

function sameSet(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

export function normalizeQuote(q: string): string {
	return words(q).join(' ');
}

export function decideLink(
	c: LinkInput,
	candidates: LinkCandidate[],
	ctx: LinkContext | boolean = {}
): LinkDecision {
	const {
		copiedFrom = false,
		articleId,
		frame = [],
		meeting
	} = typeof ctx === 'boolean' ? { copiedFrom: ctx } : ctx;
	const rejected: { id: number; why: string }[] = [];
	// A policy line restated at the next numbered session (the committee's 40th after its 39th) is
	// that session's pledge: the rules on wording alone (key, similar, title) do not join the two.
	const otherMeeting = (k: LinkCandidate): boolean => {
		if (!meetingsDiffer(meeting, k)) return false;
		if (rejected.length < 5 && !rejected.some((r) => r.id === k.id))
			rejected.push({
				id: k.id,
				why: `stated at meeting ${meeting}, the item at meeting ${k.meetings!.join(', ')}: another session's pledge`
			});
		return true;
	};

	if (copiedFrom) {
		const q = normalizeQuote(c.quote);
		const hit = candidates.find((k) => k.copiedQuotes?.includes(q));
		if (hit) return { action: 'link', commitmentId: hit.id, reason: { rule: 'reprint', score: 1 } };
	}

	const mine = new Set(c.entities);
	if (mine.size > 0) {
		let best: { k: LinkCandidate; shared: string[]; score: number } | null = null;
		for (const k of candidates) {
			const shared = k.entitySlugs.filter((s) => mine.has(s));
			if (shared.length === 0) continue;
			if (conflicts(c, k, articleId)) {
				rejected.push({
					id: k.id,
					why: 'same entity, different target or deadline: a revision, not the same pledge'
				});
				continue;
			}
			const score = shared.length / new Set([...k.entitySlugs, ...c.entities]).size;
			if (!best || score > best.score || (score === best.score && k.id < best.k.id))
				best = { k, shared, score };
		}
		if (best)
			return {
				action: 'link',
				commitmentId: best.k.id,
				reason: {
					rule: 'entity',
					entity: best.shared.sort(),
					score: round(best.score),
					...(rejected.length ? { rejected } : {})
				}
			};
	}

	if (mine.size === 0 && frame.length && !hasTarget(c)) {
		// The agenda of a named meeting: one item with the meeting, whatever year each clause names.
		const k = candidates.find(
			(x) => x.targetValue === null && x.entitySlugs.some((s) => frame.includes(s))
		);
		if (k)
			return {
				action: 'link',
				commitmentId: k.id,
				reason: {
					rule: 'frame',
					entity: k.entitySlugs.filter((s) => frame.includes(s)).sort(),
					score: 0.9
				}
			};
	}

	if (hasTarget(c)) {
		for (const k of candidates) {
			if (k.sector !== c.sector || k.targetValue === null || !sameSet(k.entitySlugs, c.entities))
				continue;
			if (sameTarget(c, k)) {
				return {
					action: 'link',
					commitmentId: k.id,
					reason: {
						rule: 'target',
						target: {
							value: c.target_value!,
							max: c.target_value_max,
							unit: c.unit!,
							year: c.target_year ?? k.targetYear
						},
						score: k.targetYear === c.target_year ? 1 : 0.9,
						...(rejected.length ? { rejected } : {})
					}
				};
			}
			if (k.unit === c.unit && rejected.length < 5)
				rejected.push({ id: k.id, why: 'same unit and scope, different value or year' });
		}
	}

	const usable = candidates.filter((k) => !otherMeeting(k));
	let nearMiss: LinkReason['nearMiss'];
	if (!hasTarget(c)) {
		const byKey = keyMatch(c, usable, articleId);
		if (byKey?.link)
			return {
				action: 'link',
				commitmentId: byKey.k.id,
				reason: {
					rule: 'key',
					keys: byKey.shared,
					score: byKey.score,
					...byKey.why,
					...(rejected.length ? { rejected } : {})
				}
			};
		if (byKey)
			nearMiss = {
				id: byKey.k.id,
				why: `shares ${byKey.shared.join(', ')} but ${KEY_SHORT[byKey.short]}`,
				whyKey: { key: 'shares_but', keys: byKey.shared, short: byKey.short },
				score: byKey.score
			};
	}

	if (!hasTarget(c)) {
		const byPurpose = purposeMatch(c, candidates);
		if (byPurpose)
			return {
				action: 'link',
				commitmentId: byPurpose.id,
				reason: {
					rule: 'purpose',
					score: byPurpose.score,
					...(rejected.length ? { rejected } : {})
				}
			};
	}

	if (!hasTarget(c) && mine.size === 0) {
		const w = new Set(words(c.title));
		let best: { k: LinkCandidate; score: number } | null = null;
		for (const k of usable) {
			if (
				k.sector !== c.sector ||
				k.kind !== c.kind ||
				k.targetValue !== null ||
				k.entitySlugs.length > 0 ||
				sessionsDiffer(c, k)
			)
				continue;
			const score = jaccard(w, new Set(words(k.title)));
			if (score >= NEAR_SIMILAR && (!best || score > best.score)) best = { k, score };
		}
		if (best && best.score >= SIMILAR_THRESHOLD)
			return {
				action: 'link',
				commitmentId: best.k.id,
				reason: { rule: 'similar', score: round(best.score) }
			};
		if (best && !nearMiss)
			nearMiss = {
				id: best.k.id,
				why: 'titles share some of their words, not most',
				whyKey: { key: 'titles_some' },
				score: round(best.score)
			};
	}

	if (!hasTarget(c)) {
		const named = namedInQuote(c, usable);
		// Every word of a long enough title, restated in the quote: the same pledge, not a near miss.
		if (
			named &&
			named.score >= 1 &&
			named.words >= TITLE_WHOLE_WORDS &&
			!PROGRAMME_TITLE.test(foldText(candidates.find((k) => k.id === named.id)!.title))
		)
			return {
				action: 'link',
				commitmentId: named.id,
				reason: { rule: 'title', score: named.score, ...(rejected.length ? { rejected } : {}) }
			};
		if (named && !nearMiss)
			nearMiss = { id: named.id, why: named.why, whyKey: named.whyKey, score: named.score };
	}

	return {
		action: 'create',
		reason: {
			rule: 'new',
			score: 0,
			...(rejected.length ? { rejected } : {}),
			...(nearMiss ? { nearMiss } : {})
		}
	};
}

/** Words of a programme's name that say what kind of document it is or when it runs, not what it does. */
const NAME_FORM = new Set(
	(
		'de an chuong trinh ke hoach nghi dinh thu chien luoc hiep dinh thoa thuan giai doan linh vuc nam ' +
		'scheme programme program plan protocol strategy agreement period field project'
	).split(' ')
);
/** A programme's purpose: at least this many words of its name beyond its form and period. */
export const PURPOSE_WORDS = 6;
/** Share of those words a restatement must repeat. */
export const PURPOSE_CONTAINED = 0.9;

export function purposeWords(title: string): Set<string> {
	return new Set([...contentWords(title)].filter((w) => !NAME_FORM.has(w) && !/^\d+$/.test(w)));
}

/**
 * Rule "purpose": a named programme and a pledge that names no programme but repeats what the
 * programme's name says it does, nearly word for word ("Scheme on raising the quality and
 * effectiveness of education cooperation and human resource development 2021–2030" and "raise the
 * quality and effectiveness of education and training cooperation, develop human resources"). Same
 * sector, no value target, deadlines that do not contradict. Either may come first.
 */
function purposeMatch(
	c: LinkInput,
	candidates: LinkCandidate[]
): { id: number; score: number } | null {
	let best: { id: number; score: number } | null = null;
	for (const k of candidates) {
		if (k.sector !== c.sector || k.targetValue !== null) continue;
		if (c.entities.length > 0 === k.entitySlugs.length > 0) continue;
		if (c.target_year !== null && k.targetYear !== null && c.target_year !== k.targetYear) continue;
		const name = purposeWords(c.entities.length ? c.title : k.title);
		if (name.size < PURPOSE_WORDS) continue;
		const texts = c.entities.length ? [k.title, ...(k.allQuotes ?? k.quotes ?? [])] : [c.quote];
		const score = round(
			Math.max(
				...texts.map((q) => {
					const said = contentWords(q);
					let inter = 0;
					for (const w of name) if (said.has(w)) inter++;
					return inter / name.size;
				})
			)
		);
		if (score >= PURPOSE_CONTAINED && (!best || score > best.score)) best = { id: k.id, score };
	}
	return best;
}

/** Share of an item's title words a quote must contain to be worth asking about. */
export const TITLE_CONTAINED = 0.6;
/** A programme's title restated by its purpose stays a question for an editor (rule "purpose" needs its registry name). */
const PROGRAMME_TITLE =
	/^(?:de an|chuong trinh|ke hoach|nghi dinh thu|chien luoc|hiep dinh|du an|scheme|programme|program|plan|protocol|strategy|project)\b/i;
/** Fewer content words than this in an item's title are too few to ask about (rule "title"). */
export const TITLE_MIN_WORDS = 4;
/** A quote containing every content word of a title this long restates it (rule "title"). */
export const TITLE_WHOLE_WORDS = 6;

/**
 * A near miss on wording: the quote repeats most of the words of an item's title (at least four
 * of them), in the same sector, e.g. a programme restated by its purpose instead of its name.
 */
function namedInQuote(
	c: LinkInput,
	candidates: LinkCandidate[]
): (NonNullable<LinkReason['nearMiss']> & { words: number }) | undefined {
	const mine = contentWords(c.quote);
	let best: (NonNullable<LinkReason['nearMiss']> & { words: number }) | undefined;
	for (const k of candidates) {
		if (k.sector !== c.sector || k.targetValue !== null) continue;
		if (c.entities.length && k.entitySlugs.length) continue; // two named things: the entity rule already said no
		if (c.target_year !== null && k.targetYear !== null && c.target_year !== k.targetYear) continue;
		if (sessionsDiffer(c, k)) continue;
		const title = contentWords(k.title);
		if (title.size < TITLE_MIN_WORDS) continue;
		let inter = 0;
		for (const w of title) if (mine.has(w)) inter++;
		const score = round(inter / title.size);
		if (
			score >= TITLE_CONTAINED &&
			(!best || score > best.score || (score === best.score && title.size > best.words))
		)
			best = {
				id: k.id,
				why: 'the quote repeats most of the words of its title',
				whyKey: { key: 'quote_repeats_title' },
				score,
				words: title.size
			};
	}
	return best;
}

interface KeyMatch {
	k: LinkCandidate;
	shared: string[];
	score: number;
	link: boolean;
	why: { sameArticle?: boolean; overlap?: number };
	/** For a near miss: what was missing. */
	short: KeyShort;
}

/**
 * Rule 4. Only between statements without a value target (a target links by rule 3 or starts a
 * chain), whose deadlines and projects do not contradict each other.
 */
function keyMatch(
	c: LinkInput,
	candidates: LinkCandidate[],
	articleId: number | undefined
): KeyMatch | null {
	const keys = semanticKeys(c.quote);
	if (keys.length === 0) return null;
	const head = keys[0]!;
	const mine = contentWords(c.quote);
	let best: KeyMatch | null = null;
	for (const k of candidates) {
		if (k.targetValue !== null || !k.keys?.length) continue;
		if (c.target_year !== null && k.targetYear !== null && c.target_year !== k.targetYear) continue;
		if (
			c.entities.length &&
			k.entitySlugs.length &&
			!k.entitySlugs.some((s) => c.entities.includes(s))
		)
			continue;
		const shared = keys.filter((x) => k.keys!.includes(x));
		if (shared.length === 0) continue;
		// Only "an occasion" in common: the same one when one side names none ("the celebrations")
		// and both come from one article; two named occasions with nothing else shared are two.
		const named = (ks: string[]) => ks.some((x) => x.startsWith('celebrate:') && x !== OCCASION);
		const onlyOccasion = shared.every((x) => x === OCCASION);
		if (onlyOccasion && named(keys) && named(k.keys)) continue;
		const strong = shared.filter((x) => x !== OCCASION);
		// "The friendship year 2017" and "… 2022" are two occasions, though both are a friendship year.
		if (yearsDiffer(keys, k.keys)) continue;
		// "the agreements of the 39th session" and "of the 40th session" are two pledges.
		if (sessionsDiffer(c, k)) continue;
		const heads = k.headKeys ?? [];
		const headBoth = heads.includes(head);
		const headOne = headBoth || k.keys.includes(head) || heads.some((h) => keys.includes(h));
		const sameArticle = articleId !== undefined && (k.articleIds ?? []).includes(articleId);
		const overlap = round(
			Math.max(0, ...(k.quotes ?? [k.title]).map((q) => jaccard(mine, contentWords(q))))
		);
		const agree = onlyOccasion
			? sameArticle
			: strong.length >= 2 || headBoth || (headOne && (sameArticle || overlap >= KEY_OVERLAP));
		// Carrying out what was agreed is one pledge whatever field the sector rule saw in the sentence;
		// so is what both mainly say at one meeting (one article), e.g. removing obstacles said of the
		// key projects and of the investors.
		const link =
			agree &&
			(sameField(k.sector, c.sector) ||
				(headBoth && (SECTORLESS.has(head) || sameArticle)) ||
				shared.every((x) => x.startsWith('celebrate:')));
		const score = round(
			Math.min(
				1,
				0.5 + 0.2 * strong.length + (headBoth ? 0.2 : 0) + (sameArticle ? 0.1 : 0) + overlap / 2
			)
		);
		const short: KeyShort = !agree ? (headOne ? 'one_key' : 'not_main') : 'sectors_differ';
		const m: KeyMatch = {
			k,
			shared,
			score,
			link,
			why: { ...(sameArticle ? { sameArticle } : {}), overlap },
			short
		};
		if (
			!best ||
			Number(m.link) - Number(best.link) > 0 ||
			(m.link === best.link && m.score > best.score)
		)
			best = m;
	}
	return best;
}

/**
 * Trade and investment are one field for a restated pledge: "hợp tác kinh tế-thương mại-đầu tư" and
 * "hợp tác thương mại, đầu tư" name both, and which one the sector rule puts first is a coin toss.
 */
const ECONOMIC = new Set(['trade', 'investment']);
export function sameField(a: string, b: string): boolean {
	return a === b || (ECONOMIC.has(a) && ECONOMIC.has(b));
}

/** The numbers of the meetings a text names: "Kỳ họp lần thứ 39", "kỳ họp thứ 40", "the 40th session". */
export function sessionNumbers(text: string): string[] {
	const f = foldText(text.replace(/_/g, ' '));
	return [
		...f.matchAll(
			/\b(?:ky hop|phien hop|hoi nghi)(?: lan)?(?: thu)? (\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th) (?:session|meeting)\b/g
		)
	].map((m) => m[1] ?? m[2]!);
}

/** Characters of an article that hold its headline and lead: where it says which meeting it reports. */
export const LEAD_CHARS = 500;

/**
 * The numbered meeting an article reports: the first one its headline or lead names ("Kỳ họp lần
 * thứ 40 Ủy ban liên Chính phủ …"). A session named only further down is a reference to an earlier
 * one ("the agreements reached at the 39th session"), not the occasion of the story.
 */
export function articleMeeting(raw: string): string | undefined {
	return sessionNumbers(raw.slice(0, LEAD_CHARS))[0];
}

/**
 * The numbered meeting a quote was agreed at: the last one named before it in its paragraph or the
 * one before ("Early last year the two prime ministers chaired the 39th session. \n In 2017 the two
 * sides agreed …" is the 39th's agenda, even in a story previewing the 40th); else the meeting the
 * article reports.
 */
export function quoteMeeting(raw: string, start: number): string | undefined {
	const para = raw.lastIndexOf('\n', start - 1);
	let prev = para;
	while (prev > 0 && raw[prev - 1] === '\n') prev--;
	prev = prev > 0 ? raw.lastIndexOf('\n', prev - 1) : -1;
	const near = sessionNumbers(raw.slice(prev + 1, start));
	return near.length ? near[near.length - 1] : articleMeeting(raw);
}

/** The article reports one numbered meeting and every quote of the item comes from reports of others. */
function meetingsDiffer(meeting: string | undefined, k: LinkCandidate): boolean {
	return meeting !== undefined && !!k.meetings?.length && !k.meetings.includes(meeting);
}

/** Both name numbered meetings, and none in common: "the 39th session's agreements" is not "the 40th's". */
function sessionsDiffer(c: LinkInput, k: LinkCandidate): boolean {
	const mine = sessionNumbers(c.quote);
	if (mine.length === 0) return false;
	const theirs = new Set(
		[k.title, ...(k.quotes ?? []), ...(k.allQuotes ?? [])].flatMap(sessionNumbers)
	);
	return theirs.size > 0 && !mine.some((n) => theirs.has(n));
}

/** Both name the year of a dated occasion (`celebrate:friendship-year-2017`), and no year in common. */
function yearsDiffer(a: string[], b: string[]): boolean {
	const years = (ks: string[]) => ks.filter((x) => /^celebrate:friendship-year-\d+$/.test(x));
	const [x, y] = [years(a), years(b)];
	return x.length > 0 && y.length > 0 && !x.some((v) => y.includes(v));
}

/** Keys whose pledge belongs to no field: the head of both sides links across sectors. */
const SECTORLESS = new Set(['implement:agreements']);

/** The sector of an item joined across trade and investment: trade, whichever came first. */
export function joinedSector(itemSector: string, quoteSector: string): string {
	return itemSector !== quoteSector && sameField(itemSector, quoteSector) ? 'trade' : itemSector;
}

/**
 * An item joined by the key rule is titled by what the key says: when its title does not open with
 * the action of any key the two share and the linked quote's title does ("Thiết lập, tổ chức các cơ
 * chế mới đã được lãnh đạo cấp cao hai nước thống nhất triển khai" and "Triển khai hiệu quả các Tuyên
 * bố chung", both `implement:agreements`), the quote's title is the better one: a short action phrase
 * of the pledge they share, not a side clause of the first quote found.
 */
export function keyTitleBetter(itemTitle: string, quoteTitle: string, keys: string[]): boolean {
	const actions = new Set(keys.map((k) => k.split(':')[0]!));
	const opens = (t: string) => [...titleActions(t)].some((a) => actions.has(a));
	return !opens(itemTitle) && opens(quoteTitle);
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
