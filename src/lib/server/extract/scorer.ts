/**
 * The fitted scorer: a logistic regression over the candidates the rules in commitments.ts accept.
 * The rules (cues, vetoes, splitting) still decide what a candidate is; the model decides whether a
 * candidate is a commitment, and its probability is the commitment's `confidence`.
 *
 * Features are binary (1 when present) unless noted: the structural ones the judge already computes
 * (cue names and kinds, own or inherited, negative cues, concreteness parts, list and continuation
 * flags, kind, sector, length, which sides and third countries are named near the passage, where in
 * the article it stands) plus folded word unigrams and bigrams of the passage. Only the n-grams of
 * the fitted vocabulary (those in the weights file) are emitted; an unknown word weighs nothing.
 *
 * Weights: scorer-weights.json, written by `npm run train:extract` (scripts/train-extract.ts).
 * No network, no model download: the file is part of the source.
 */
import { z } from 'zod';
import type { Detected } from './commitments';
import { CUES, POSITIVE_KINDS, type CueKind } from './cues';
import { SECTORS, type CommitmentKind, type Novelty } from './types';
import rawWeights from './scorer-weights.json';

export const ScorerWeightsSchema = z.object({
	/** Which splits and commit the weights were fitted on, and the cross-validated figures. */
	trained: z.object({
		splits: z.array(z.string()),
		commit: z.string(),
		note: z.string()
	}),
	bias: z.number(),
	/** A candidate the rules keep is dropped when its probability is under this (chosen by cross-validation). */
	threshold: z.number().min(0).max(1),
	weights: z.record(z.string(), z.number())
});
export type ScorerWeights = z.infer<typeof ScorerWeightsSchema>;

/** Where a passage stands and which parties are named around it (computed in index.ts). */
export interface PassageContext {
	/** Folded text of the passage. */
	passage: string;
	language: 'vi' | 'en';
	/** Vietnam / Laos (or both, or their bodies) named in the passage, its sentence, or up to two sentences before. */
	passageSides: { vn: boolean; la: boolean };
	sentenceSides: { vn: boolean; la: boolean };
	nearSides: { vn: boolean; la: boolean };
	thirdInPassage: boolean;
	thirdInSentence: boolean;
	/** Ordinal of the sentence in the article (0: the first one read). */
	sentenceIndex: number;
	kind: CommitmentKind;
	novelty: Novelty;
	sector: string;
}

const ALL_KINDS: CueKind[] = [
	'agreement',
	'pledge',
	'target',
	'future',
	'reaffirmation',
	'assignment',
	'obligation',
	'ongoing',
	'start',
	'past',
	'hedge',
	'forecast',
	'boilerplate',
	'event',
	'descriptive',
	'discussion',
	'request'
];
const LENGTH_BUCKETS = [60, 120, 200, 320];
const LENGTH_NAMES = [...LENGTH_BUCKETS, 0].map((_, i) => `len:${i}`);

/** Every structural feature the scorer can emit (the n-grams aside): the weights file names each one. */
export const STRUCTURAL_FEATURES: readonly string[] = [
	...new Set([
		...CUES.map((c) => `cue:${c.name}`),
		...ALL_KINDS.filter((k) => POSITIVE_KINDS.has(k)).map((k) => `own:${k}`),
		...ALL_KINDS.filter((k) => POSITIVE_KINDS.has(k)).map((k) => `inh:${k}`),
		...ALL_KINDS.filter((k) => !POSITIVE_KINDS.has(k)).map((k) => `neg:${k}`),
		'no-own-cue',
		'best',
		'kinds',
		'negsum',
		'rule',
		'amount',
		'entities',
		'programme',
		'concrete:1',
		'concrete:2+',
		'relation',
		'item',
		'continuation',
		'step',
		'breadth:0',
		'breadth:2+',
		...['target', 'project', 'programme', 'policy'].map((k) => `ckind:${k}`),
		...SECTORS.map((s) => `sector:${s}`),
		'novelty:reaffirmed',
		'novelty:unclear',
		...LENGTH_BUCKETS.map((_, i) => `len:${i}`),
		`len:${LENGTH_BUCKETS.length}`,
		'pass:vn',
		'pass:la',
		'sent:vn',
		'sent:la',
		'near:vn',
		'near:la',
		'third:pass',
		'third:sent',
		'pos:first',
		'pos:lead',
		'lang:en'
	])
];

/** Folded words of a passage, lower-cased: letters and digits only (digits collapse to "0"). */
export function words(folded: string): string[] {
	return folded
		.toLowerCase()
		.replace(/\d+(?:[.,]\d+)*/g, '0')
		.split(/[^a-z0-9]+/)
		.filter((w) => w !== '');
}

/** Unigrams and bigrams of a passage, as feature names ("w:hai", "w:hai ben"), each once. */
export function ngrams(folded: string): string[] {
	const ws = words(folded);
	const out = new Set<string>();
	for (let i = 0; i < ws.length; i++) {
		out.add(`w:${ws[i]}`);
		if (i + 1 < ws.length) out.add(`w:${ws[i]} ${ws[i + 1]}`);
	}
	return [...out];
}

/** Feature names built from a prefix and a cue name or kind, made once each (the hot path looks them up per candidate). */
const named = new Map<string, Map<string, string>>();
function name(prefix: string, key: string): string {
	let byKey = named.get(prefix);
	if (byKey === undefined) named.set(prefix, (byKey = new Map()));
	let v = byKey.get(key);
	if (v === undefined) byKey.set(key, (v = prefix + key));
	return v;
}

/**
 * Emits the features of one candidate, name and value, each once. N-grams are emitted only when
 * `vocabulary` has them (null: all of them, for training, which builds the vocabulary).
 */
function emitFeatures(
	d: Detected,
	c: PassageContext,
	vocabulary: ReadonlySet<string> | ReadonlyMap<string, number> | null,
	emit: (name: string, value: number) => void
): void {
	const p = d.parts;
	const seen = new Set<string>();
	const once = (name: string): void => {
		if (!seen.has(name)) {
			seen.add(name);
			emit(name, 1);
		}
	};
	let best = -Infinity;
	const kinds = new Set<string>();
	for (const h of p.own) {
		once(name('cue:', h.name));
		once(name('own:', h.kind));
		best = Math.max(best, h.weight);
		kinds.add(h.kind);
	}
	for (const h of p.inherited) {
		once(name('inh:', h.kind));
		best = Math.max(best, h.weight);
		kinds.add(h.kind);
	}
	let negsum = 0;
	for (const h of p.negatives) {
		once(name('cue:', h.name));
		once(name('neg:', h.kind));
		negsum += h.weight;
	}
	if (p.own.length === 0) emit('no-own-cue', 1);
	emit('best', best - 3);
	emit('kinds', kinds.size - 1);
	emit('negsum', negsum / 2);
	emit('rule', (d.score - 3) / 2);
	if (p.amount) emit('amount', 1);
	if (p.entities) emit('entities', 1);
	if (p.programme) emit('programme', 1);
	if (p.concreteHits === 1) emit('concrete:1', 1);
	if (p.concreteHits >= 2) emit('concrete:2+', 1);
	if (p.relation) emit('relation', 1);
	if (d.item) emit('item', 1);
	if (p.continuation) emit('continuation', 1);
	if (p.step) emit('step', 1);
	if (d.breadth === 0) emit('breadth:0', 1);
	if (d.breadth >= 2) emit('breadth:2+', 1);
	emit(name('ckind:', c.kind), 1);
	emit(name('sector:', c.sector), 1);
	if (c.novelty !== 'new') emit(name('novelty:', c.novelty), 1);
	const bucket = LENGTH_BUCKETS.findIndex((b) => c.passage.length < b);
	emit(LENGTH_NAMES[bucket === -1 ? LENGTH_BUCKETS.length : bucket]!, 1);
	if (c.passageSides.vn) emit('pass:vn', 1);
	if (c.passageSides.la) emit('pass:la', 1);
	if (c.sentenceSides.vn) emit('sent:vn', 1);
	if (c.sentenceSides.la) emit('sent:la', 1);
	if (c.nearSides.vn) emit('near:vn', 1);
	if (c.nearSides.la) emit('near:la', 1);
	if (c.thirdInPassage) emit('third:pass', 1);
	if (c.thirdInSentence) emit('third:sent', 1);
	if (c.sentenceIndex === 0) emit('pos:first', 1);
	else if (c.sentenceIndex < 3) emit('pos:lead', 1);
	if (c.language === 'en') emit('lang:en', 1);
	for (const g of ngrams(c.passage)) if (!vocabulary || vocabulary.has(g)) emit(g, 1);
}

/** The features of one candidate: name → value (n-grams filtered by `vocabulary` unless null). */
export function featuresOf(
	d: Detected,
	c: PassageContext,
	vocabulary: ReadonlySet<string> | null
): Map<string, number> {
	const f = new Map<string, number>();
	emitFeatures(d, c, vocabulary, (k, v) => f.set(k, v));
	return f;
}

export interface Scorer {
	weights: ScorerWeights;
	/** The weights as a map, for lookup on the hot path. */
	table: ReadonlyMap<string, number>;
}

export function makeScorer(weights: ScorerWeights): Scorer {
	return { weights, table: new Map(Object.entries(weights.weights)) };
}

/** The probability that a candidate is a commitment, under the scorer's weights. */
export function probabilityOf(scorer: Scorer, d: Detected, c: PassageContext): number {
	let z = scorer.weights.bias;
	emitFeatures(d, c, scorer.table, (k, v) => (z += (scorer.table.get(k) ?? 0) * v));
	return 1 / (1 + Math.exp(-z));
}

/** The probability for a feature map (the training script's check that both paths agree). */
export function probability(weights: ScorerWeights, f: Map<string, number>): number {
	let z = weights.bias;
	for (const [k, v] of f) z += (weights.weights[k] ?? 0) * v;
	return 1 / (1 + Math.exp(-z));
}

let shipped: Scorer | null = null;

/**
 * The shipped scorer (scorer-weights.json), checked on first use: lazily, so that the training script, which
 * imports the engine, still runs when the file is stale or of an older shape.
 */
export function shippedScorer(): Scorer {
	return (shipped ??= makeScorer(ScorerWeightsSchema.parse(rawWeights)));
}
