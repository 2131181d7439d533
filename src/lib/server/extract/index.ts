/**
 * The extraction engine's public API. Pure: no network, no database, no SvelteKit imports,
 * so tsx scripts and the pipeline can both import it by relative path.
 *
 * Only the article's `blocks` (cleaned body paragraphs, as raw ranges) are read. Each block is
 * folded, segmented and matched on the folded copy; every quote is then cut from `raw`.
 */
import { aspectOf } from './aspect';
import {
	blockContext,
	COMMEMORATION,
	continuesUndertaking,
	crimeWords,
	detectInSentence,
	foreignHeadline,
	governingCues,
	isBullet,
	isCrimeReport,
	isPassingMention,
	joinsBothSides,
	namesLaos,
	namesOtherPairOnly,
	namesLaosOrBoth,
	namesLaosForNext,
	namesThirdCountry,
	sidesInArticle,
	sidesNamed,
	worksWithTheOtherSide,
	type Detected
} from './commitments';
import type { CueHit } from './cues';
import { fold } from './fold';
import { trackedKind } from './kind';
import type { NumberStyle } from './numbers';
import {
	featuresOf,
	probabilityOf,
	shippedScorer,
	type PassageContext,
	type Scorer
} from './scorer';
import { segmentBlock } from './segment';
import { trimEdges } from './spans';
import { titleFor } from './titles';
import {
	articleYearGuess,
	findTradeInSentence,
	lastYearNamed,
	mentionsTrade,
	noteSentence,
	continuesTrade,
	type TradeContext
} from './trade';
import type { ArticleInput, ExtractedCommitment, Extraction, TradeObservation } from './types';

export type {
	ArticleInput,
	Aspect,
	CommitmentKind,
	ExtractedCommitment,
	Extraction,
	Novelty,
	Sector,
	TradeObservation
} from './types';
export { SECTORS } from './types';
export { ENTITY_REGISTRY, PROJECT_KINDS, type EntityKind, type RegistryEntity } from './registry';
export { findEntities, type EntityMatch } from './entities';
export { findAmounts, parseNumber, scaleDecimal, type Amount } from './numbers';
export { findTargetYear } from './years';
export { aspectOf } from './aspect';
export { fold, foldKey, slugify } from './fold';
export { segmentBlock, type Sentence, type Span } from './segment';
export { CUES, findCues, type Cue, type CueKind } from './cues';

function yearOf(published: string | null): number | null {
	const m = published ? /^(\d{4})/.exec(published) : null;
	return m ? +m[1]! : null;
}

function monthOf(published: string | null): number | null {
	const m = published ? /^\d{4}-(\d{2})/.exec(published) : null;
	return m ? +m[1]! : null;
}

const CONFIDENCE_MIDPOINT = 3.5;

/** The rules' score mapped to (0, 1): the confidence while the fitted scorer is off (USE_SCORER). */
function ruleConfidence(score: number): number {
	const p = 1 / (1 + Math.exp(-(score - CONFIDENCE_MIDPOINT) / 1.5));
	return Math.round(Math.min(0.99, Math.max(0.05, p)) * 100) / 100;
}

/** The fitted scorer's probability, rounded, as the commitment's confidence (when USE_SCORER is on). */
function modelConfidence(p: number): number {
	return Math.round(Math.min(0.99, Math.max(0.01, p)) * 100) / 100;
}

/**
 * Whether the fitted scorer (scorer.ts) vetoes candidates and gives the confidence. Off: fitted on the tuned
 * splits it gained in cross-validation (real F1 0.813 → 0.822) but not on the held-back half (0.582 → 0.574),
 * so the rules decide (docs/extraction.md, "The fitted scorer"). Retrain and re-measure after a rule change.
 */
const USE_SCORER = false;

function toCommitment(
	raw: string,
	d: Detected,
	toRaw: (i: number) => number,
	base: number,
	language: 'vi' | 'en',
	folded: string,
	confidence: number
): ExtractedCommitment {
	const start = base + toRaw(d.start);
	const end = base + toRaw(d.end);
	const { title, title_en } = titleFor(raw, folded, d, (i) => base + toRaw(i), language);
	const entities = [...new Set(d.entities.map((e) => e.slug))];
	const passage = folded.slice(d.start, d.end);
	return {
		title,
		title_en,
		sector: d.sector,
		quote: raw.slice(start, end),
		start,
		end,
		target_value: d.amount?.value ?? null,
		target_value_max: d.amount?.max ?? null,
		unit: d.amount?.unit ?? null,
		target_year: d.targetYear,
		novelty: d.novelty,
		aspect: aspectOf(folded.slice(d.start, d.end), language, d.cues),
		entities,
		confidence,
		kind: trackedKind(d.kind, passage, entities, COMMEMORATION.test(passage)),
		cues: d.cues
	};
}

/**
 * Cues that reach past their sentence: a list head ("… gồm:", "agreed to:") governs the bullet
 * items after it (and the first item even without a bullet); any sentence governs a following
 * one that opens with "Đồng thời", "Ngoài ra", "In addition" … and has no cue of its own.
 */
interface Carry {
	cues: CueHit[];
	/** From a list head: bullets inherit; `fresh` until the first item has been read. */
	list: boolean;
	fresh: boolean;
}

const NAMES_LAOS = /L\u00e0o|La\u0300o|\bLaos\b|\bLao\b|Vi\u00eang Ch\u0103n|Vientiane/;
/** A head that reports documents signed or handed over. Folded "kỳ họp" and "trao đổi" read "ky", "trao": not signings. */
const SIGNED_LIST =
	/\b(?:ky ket|(?:da|vua|cung) ky|ky (?:cac|nhung|\d+|hiep dinh|thoa thuan|van kien|van ban|ban ghi nho)|signed|signing|exchanged|trao (?:cac|\d+|van kien|ban ghi nho|hiep dinh))\b/i;

/**
 * An item of an agenda list: the first sentence after its head, a bullet or numbered line, or a
 * sentence that opens with a bare verb of an undertaking ("Tăng cường …", "Đồng thời phối hợp …"),
 * so a list written as sentences goes on past its first item.
 */
function inherited(carry: Carry | null, text: string, s: { start: number; end: number }): CueHit[] {
	if (!carry) return [];
	if (carry.list)
		return carry.fresh || isBullet(text, s.start) || continuesUndertaking(text, s.start, s.end)
			? carry.cues
			: [];
	return continuesUndertaking(text, s.start, s.end) ? carry.cues : [];
}

function nextCarry(
	carry: Carry | null,
	inherit: CueHit[],
	own: CueHit[],
	text: string,
	s: { start: number; end: number }
): Carry | null {
	// An item of a list keeps the head's cues for the items after it, even when it has cues of its own or
	// a topic label of its own ("b) Về kinh tế: …"); a label with nothing after it heads the next lines too.
	if (carry?.list && inherit.length) {
		const colon = text.lastIndexOf(':', s.end);
		const subhead = colon >= s.start && !/:\s*\S/.test(text.slice(colon, s.end));
		return {
			cues: subhead
				? [...carry.cues, ...own.filter((h) => !carry.cues.some((c) => c.name === h.name))]
				: carry.cues,
			list: true,
			fresh: subhead
		};
	}
	const cues = own.length ? own : inherit;
	// A head that reports documents signed ("đã nhất trí và ký kết 4 văn kiện:") lists what was signed, not what is promised.
	if (
		cues.length &&
		text.lastIndexOf(':', s.end) >= s.start &&
		!SIGNED_LIST.test(text.slice(s.start, s.end))
	)
		return {
			cues,
			list: true,
			fresh: !/:\s*\S/.test(text.slice(text.lastIndexOf(':', s.end), s.end))
		};
	if (carry?.list && inherit.length) return { ...carry, fresh: false };
	return cues.length ? { cues, list: false, fresh: false } : null;
}

/** Commitments and trade observations of one parsed article. Never throws on odd text. */
export function extractArticle(article: ArticleInput): Extraction {
	return run(article, USE_SCORER ? shippedScorer() : null, false).extraction;
}

/**
 * For the training script: every candidate the rules accept, before the fitted scorer decides, with its
 * features (n-grams unfiltered). `features[i]` belongs to `extraction.commitments[i]`.
 */
export function extractCandidates(article: ArticleInput): {
	extraction: Extraction;
	features: Map<string, number>[];
} {
	return run(article, null, true);
}

function run(
	article: ArticleInput,
	scorer: Scorer | null,
	collect: boolean
): { extraction: Extraction; features: Map<string, number>[] } {
	const { raw, language } = article;
	const features: Map<string, number>[] = [];
	const style: NumberStyle = language === 'en' ? 'en' : 'vi';
	const publishedYear = yearOf(article.published);
	const commitments: ExtractedCommitment[] = [];
	const trade: TradeObservation[] = [];
	let carry: Carry | null = null;
	const tradeContext: TradeContext = {
		publishedYear,
		publishedMonth: monthOf(article.published),
		contextYear: null
	};
	// An undated article that reports trade: the latest year it names is the best guess at when it was written.
	if (publishedYear === null) {
		let guess: number | null | undefined;
		tradeContext.guessYear = () =>
			guess === undefined ? (guess = articleYearGuess(fold(raw).text)) : guess;
	}
	// The article's year for telling a retold event (retold.ts); an undated one is guessed only when asked.
	let yearGuess: number | null | undefined;
	const refYear = (): number | null =>
		publishedYear ??
		(yearGuess === undefined ? (yearGuess = articleYearGuess(fold(raw).text)) : yearGuess);
	// Only an article that names Laos somewhere can hold a passage about something else: otherwise the
	// article as a whole is the context (a wire item about the pair that never spells the country out).
	const checkLaos = NAMES_LAOS.test(raw);
	const otherParties = foreignHeadline(fold(headlineOf(article)).text);
	/** Crime and court words so far, and per commitment whether it has one side working with the other (see isCrimeReport). */
	let crime = 0;
	let length = 0;
	const withOtherSide: boolean[] = [];
	/** Per commitment whether its own sentence names both sides; and how many sentences of the article do (see isPassingMention). */
	const bothInSentence: boolean[] = [];
	let bothSentences = 0;
	let bodySentences = 0;
	/** Sentences since the last one that named Laos or both parties (a subject may be left out for two). */
	let sinceLaos = 99;
	/** Sentences since the last one that named Vietnam, and Laos (see oneSideAlone in commitments.ts). */
	let sinceVn = 99;
	let sinceLa = 99;
	const named = sidesInArticle(fold(raw).text);
	/** The sentence before was about another pair and left Laos out (see namesOtherPairOnly). */
	let otherPairBefore = false;
	let sentenceIndex = 0;
	/** The lead: the first block with a sentence of the body (not a headline or caption), and its trade figures. */
	let leadBlock = -1;
	const leadTrade: TradeObservation[] = [];
	for (const [blockIndex, block] of article.blocks.entries()) {
		const base = Math.max(0, Math.min(block.start, raw.length));
		const stop = Math.max(base, Math.min(block.end, raw.length));
		const f = fold(raw.slice(base, stop));
		const sentences = segmentBlock(f.text);
		const ctx = blockContext(f.text, language, publishedYear, sentences, carry?.list === true);
		ctx.refYear = refYear;
		const trading = mentionsTrade(f.text);
		crime += crimeWords(f.text);
		length += f.text.length;
		for (const sentence of sentences) {
			if (sentence.caption || sentence.heading) continue;
			if (leadBlock < 0) leadBlock = blockIndex;
			const inherit = inherited(carry, f.text, sentence);
			const names = namesLaosOrBoth(f.text, sentence);
			const here = sidesNamed(f.text, sentence);
			const bothHere = here.vn && here.la;
			bodySentences++;
			if (bothHere) bothSentences++;
			for (const d of detectInSentence(
				ctx,
				sentence,
				inherit,
				carry?.list === true,
				!checkLaos || sinceLaos <= 2,
				{ vn: !named.vn || sinceVn <= 2, la: !named.la || sinceLa <= 2 }
			)) {
				if ((otherParties || otherPairBefore) && !namesLaos(f.text, sentence)) continue;
				// Under a headline about another grouping (Mekong–Japan, ASEAN, a third country), a passage that also
				// names a third country is that grouping's agenda, even when it lists a Vietnam–Laos project in it.
				if (otherParties && namesThirdCountry(f.text, d)) continue;
				let confidence = ruleConfidence(d.score);
				if (scorer || collect) {
					const where = passageContext(f.text, sentence, d, language, sentenceIndex, {
						vn: sinceVn <= 2,
						la: sinceLa <= 2
					});
					if (collect) features.push(featuresOf(d, where, null));
					if (scorer) {
						const p = probabilityOf(scorer, d, where);
						if (p < scorer.weights.threshold) continue;
						confidence = modelConfidence(p);
					}
				}
				commitments.push(toCommitment(raw, d, f.toRaw, base, language, f.text, confidence));
				withOtherSide.push(worksWithTheOtherSide(f.text, d));
				bothInSentence.push(bothHere && joinsBothSides(f.text, sentence, d));
			}
			sentenceIndex++;
			otherPairBefore = namesOtherPairOnly(f.text, sentence);
			sinceLaos = names && namesLaosForNext(f.text, sentence) ? 1 : sinceLaos + 1;
			sinceVn = here.vn ? 1 : sinceVn + 1;
			sinceLa = here.la ? 1 : sinceLa + 1;
			carry = nextCarry(carry, inherit, governingCues(ctx, sentence), f.text, sentence);
			if (!trading && !continuesTrade(tradeContext, f.text.slice(sentence.start, sentence.end))) {
				tradeContext.contextYear =
					lastYearNamed(f.text, sentence.start, sentence.end, publishedYear) ??
					tradeContext.contextYear;
				noteSentence(tradeContext, f.text.slice(sentence.start, sentence.end));
				continue;
			}
			for (const h of findTradeInSentence(
				f.text.slice(sentence.start, sentence.end),
				sentence.clauses.map((c) => ({
					start: c.start - sentence.start,
					end: c.end - sentence.start
				})),
				style,
				tradeContext
			)) {
				// A lead's figure repeated in the body (same value, year and period) is one observation. Only the
				// lead's: two mentions further down are annotated apart (seed 004), as each states the figure.
				if (
					leadBlock !== blockIndex &&
					leadTrade.some(
						(t) => t.year === h.year && t.value_usd === h.value_usd && t.period === h.period
					)
				)
					continue;
				const span = trimEdges(f.text, sentence.start + h.start, sentence.start + h.end);
				const start = base + f.toRaw(span.start);
				const end = base + f.toRaw(span.end);
				const observation: TradeObservation = {
					year: h.year,
					value_usd: h.value_usd,
					period: h.period,
					is_estimate: h.is_estimate,
					growth_pct: h.growth_pct,
					quote: raw.slice(start, end),
					start,
					end
				};
				trade.push(observation);
				if (leadBlock === blockIndex) leadTrade.push(observation);
			}
			tradeContext.contextYear =
				lastYearNamed(f.text, sentence.start, sentence.end, publishedYear) ??
				tradeContext.contextYear;
			noteSentence(tradeContext, f.text.slice(sentence.start, sentence.end));
		}
	}
	const passing = isPassingMention(bothSentences, bodySentences);
	const crimeReport = isCrimeReport(crime, length);
	if (passing || crimeReport) {
		const keep = (_: unknown, i: number): boolean =>
			(!passing || bothInSentence[i] === true) && (!crimeReport || withOtherSide[i] === true);
		return {
			extraction: { commitments: commitments.filter(keep), trade_observations: trade },
			features: features.filter(keep)
		};
	}
	return { extraction: { commitments, trade_observations: trade }, features };
}

/** Where a candidate stands, for the fitted scorer: which sides and third countries are named around it. */
function passageContext(
	text: string,
	sentence: { start: number; end: number },
	d: Detected,
	language: 'vi' | 'en',
	sentenceIndex: number,
	before: { vn: boolean; la: boolean }
): PassageContext {
	const sentenceSides = sidesNamed(text, sentence);
	const thirdInSentence = namesThirdCountry(text, sentence);
	return {
		passage: text.slice(d.start, d.end),
		language,
		// The passage lies inside its sentence: it names a side only if the sentence does.
		passageSides: sentenceSides.vn || sentenceSides.la ? sidesNamed(text, d) : sentenceSides,
		sentenceSides,
		nearSides: { vn: sentenceSides.vn || before.vn, la: sentenceSides.la || before.la },
		thirdInPassage: thirdInSentence && namesThirdCountry(text, d),
		thirdInSentence,
		sentenceIndex,
		kind: d.kind,
		novelty: d.novelty,
		sector: d.sector
	};
}

/** The headline: the first non-empty line of the file (parsed articles keep it in `raw`, before or as the first block). */
function headlineOf(article: ArticleInput): string {
	return (
		article.raw
			.slice(0, 300)
			.split('\n')
			.find((l) => l.trim() !== '') ?? ''
	);
}
