/**
 * Scoring extraction against a gold set. A prediction matches a gold item when their quote spans
 * overlap on at least half of the gold span and at least a fifth of the predicted span; matching
 * is one-to-one, largest overlaps first. Matched pairs are then compared field by field.
 *
 * Real-text gold (tests/fixtures/real, format in the team's ANNOTATION.md) carries offsets but no
 * quotes, because the corpus may not be copied into the repository: `loadRealGold` cuts each quote
 * from the corpus file at run time and refuses a file whose sha256 differs from the annotated one.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SECTORS, type ExtractedCommitment, type TradeObservation } from './types';

export interface Span {
	start: number;
	end: number;
	quote: string;
}

export const ASPECTS = ['future', 'ongoing', 'done'] as const;
export type Aspect = (typeof ASPECTS)[number];

export type GoldCommitment = Span &
	Pick<
		ExtractedCommitment,
		'sector' | 'target_value' | 'target_value_max' | 'unit' | 'target_year' | 'novelty' | 'entities'
	> & {
		/** Real-text gold only; scored when the prediction has it too. */
		aspect?: Aspect;
		/** Real-text gold only: the label shared by every restatement of one pledge (not scored here). */
		item?: string;
	};
export type GoldTrade = Span &
	Pick<TradeObservation, 'year' | 'value_usd' | 'period' | 'is_estimate' | 'growth_pct'>;
/** A passage between Vietnam or Laos and a third country: keeping it as a commitment is a false positive. */
export type GoldThirdCountry = Span & { parties: string };

export interface GoldArticle {
	file: string;
	commitments: GoldCommitment[];
	trade_observations: GoldTrade[];
	third_country?: GoldThirdCountry[];
}

export const COMMITMENT_FIELDS = [
	'sector',
	'target_value',
	'target_value_max',
	'unit',
	'target_year',
	'novelty',
	'entities',
	'aspect'
] as const;
export const TRADE_FIELDS = ['year', 'value_usd', 'period', 'is_estimate', 'growth_pct'] as const;
/** Fields compared only when both gold and prediction carry them (added to the gold before the engine has them). */
const OPTIONAL_FIELDS = new Set<string>(['aspect']);

export interface Counts {
	tp: number;
	fp: number;
	fn: number;
}

export interface Scores extends Counts {
	precision: number;
	recall: number;
	f1: number;
}

export interface ArticleReport {
	file: string;
	commitments: Counts;
	trade: Counts;
	misses: { kind: 'commitment' | 'trade'; quote: string; start: number }[];
	falseAlarms: { kind: 'commitment' | 'trade'; quote: string; start: number }[];
	fieldErrors: { field: string; gold: unknown; predicted: unknown; quote: string }[];
	/** Predictions (or gold items) whose quote is not the raw text at their offsets. */
	inexact: { quote: string; start: number; end: number }[];
	fields: Record<string, { right: number; total: number }>;
	/** Third-country passages in the gold, and how many of them a false-positive commitment matched. */
	thirdCountry: {
		total: number;
		kept: number;
		keptQuotes: { quote: string; start: number; parties: string }[];
	};
}

export interface EvaluationReport {
	articles: ArticleReport[];
	commitments: Scores;
	trade: Scores;
	overall: Scores;
	fields: Record<string, { right: number; total: number; accuracy: number }>;
	inexact: number;
	thirdCountry: { total: number; kept: number };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(
	gold: { start: number; end: number },
	pred: { start: number; end: number }
): boolean {
	const o = overlap(gold, pred);
	return o > 0 && o >= (gold.end - gold.start) / 2 && o >= (pred.end - pred.start) / 5;
}

/** One-to-one matching, largest overlap first. Returns [goldIndex, predIndex] pairs. */
export function matchSpans(
	gold: { start: number; end: number }[],
	pred: { start: number; end: number }[]
): [number, number][] {
	const pairs: [number, number, number][] = [];
	gold.forEach((g, gi) =>
		pred.forEach((p, pi) => spansMatch(g, p) && pairs.push([gi, pi, overlap(g, p)]))
	);
	pairs.sort((a, b) => b[2] - a[2] || a[0] - b[0] || a[1] - b[1]);
	const usedG = new Set<number>();
	const usedP = new Set<number>();
	const out: [number, number][] = [];
	for (const [gi, pi] of pairs) {
		if (usedG.has(gi) || usedP.has(pi)) continue;
		usedG.add(gi);
		usedP.add(pi);
		out.push([gi, pi]);
	}
	return out;
}

export function scores(c: Counts): Scores {
	const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
	const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { ...c, precision, recall, f1 };
}

function same(field: string, a: unknown, b: unknown): boolean {
	if (field === 'entities')
		return (
			JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort())
		);
	return a === b;
}

function compare<G extends Span, P extends Span>(
	kind: 'commitment' | 'trade',
	gold: G[],
	pred: P[],
	fields: readonly string[],
	report: ArticleReport
): Counts {
	const pairs = matchSpans(gold, pred);
	const matchedG = new Set(pairs.map(([g]) => g));
	const matchedP = new Set(pairs.map(([, p]) => p));
	gold.forEach(
		(g, i) => matchedG.has(i) || report.misses.push({ kind, quote: g.quote, start: g.start })
	);
	pred.forEach(
		(p, i) => matchedP.has(i) || report.falseAlarms.push({ kind, quote: p.quote, start: p.start })
	);
	for (const [gi, pi] of pairs) {
		const g = gold[gi] as unknown as Record<string, unknown>;
		const p = pred[pi] as unknown as Record<string, unknown>;
		for (const f of fields) {
			if (OPTIONAL_FIELDS.has(f) && (g[f] === undefined || p[f] === undefined)) continue;
			const key = `${kind}.${f}`;
			const slot = (report.fields[key] ??= { right: 0, total: 0 });
			slot.total++;
			if (same(f, g[f], p[f])) slot.right++;
			else
				report.fieldErrors.push({
					field: key,
					gold: g[f],
					predicted: p[f],
					quote: (g.quote as string).slice(0, 80)
				});
		}
	}
	return { tp: pairs.length, fp: pred.length - pairs.length, fn: gold.length - pairs.length };
}

/** Third-country passages matched (same overlap rule, one-to-one) by a predicted commitment that matched no gold commitment. */
function thirdCountryKept(
	gold: GoldArticle,
	predicted: ExtractedCommitment[],
	report: ArticleReport
): void {
	const third = gold.third_country ?? [];
	const matched = new Set(matchSpans(gold.commitments, predicted).map(([, p]) => p));
	const falsePositives = predicted.filter((_, i) => !matched.has(i));
	const kept = matchSpans(third, falsePositives).map(([t]) => third[t]!);
	report.thirdCountry = {
		total: third.length,
		kept: kept.length,
		keptQuotes: kept.map((t) => ({ quote: t.quote, start: t.start, parties: t.parties }))
	};
}

export function evaluateArticle(
	raw: string,
	gold: GoldArticle,
	predicted: { commitments: ExtractedCommitment[]; trade_observations: TradeObservation[] }
): ArticleReport {
	const report: ArticleReport = {
		file: gold.file,
		commitments: { tp: 0, fp: 0, fn: 0 },
		trade: { tp: 0, fp: 0, fn: 0 },
		misses: [],
		falseAlarms: [],
		fieldErrors: [],
		inexact: [],
		fields: {},
		thirdCountry: { total: 0, kept: 0, keptQuotes: [] }
	};
	const gold3 = gold.third_country ?? [];
	for (const s of [
		...predicted.commitments,
		...predicted.trade_observations,
		...gold.commitments,
		...gold.trade_observations,
		...gold3
	])
		if (raw.slice(s.start, s.end) !== s.quote)
			report.inexact.push({ quote: s.quote, start: s.start, end: s.end });
	report.commitments = compare(
		'commitment',
		gold.commitments,
		predicted.commitments,
		COMMITMENT_FIELDS,
		report
	);
	report.trade = compare(
		'trade',
		gold.trade_observations,
		predicted.trade_observations,
		TRADE_FIELDS,
		report
	);
	thirdCountryKept(gold, predicted.commitments, report);
	return report;
}

function sum(list: Counts[]): Counts {
	return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), {
		tp: 0,
		fp: 0,
		fn: 0
	});
}

export function summarise(articles: ArticleReport[]): EvaluationReport {
	const commitments = sum(articles.map((a) => a.commitments));
	const trade = sum(articles.map((a) => a.trade));
	const fields: EvaluationReport['fields'] = {};
	for (const a of articles)
		for (const [k, v] of Object.entries(a.fields)) {
			const slot = (fields[k] ??= { right: 0, total: 0, accuracy: 0 });
			slot.right += v.right;
			slot.total += v.total;
			slot.accuracy = slot.right / slot.total;
		}
	return {
		articles,
		commitments: scores(commitments),
		trade: scores(trade),
		overall: scores(sum([commitments, trade])),
		fields,
		inexact: articles.reduce((n, a) => n + a.inexact.length, 0),
		thirdCountry: {
			total: articles.reduce((n, a) => n + a.thirdCountry.total, 0),
			kept: articles.reduce((n, a) => n + a.thirdCountry.kept, 0)
		}
	};
}

// ---- Real-text gold: offsets only, quotes cut from the corpus at run time ----

const offsets = { start: z.number().int().nonnegative(), end: z.number().int().positive() };
const decimal = z
	.string()
	.regex(/^-?\d+(\.\d+)?$/)
	.nullable();

export const RealGoldSchema = z
	.object({
		file: z.string().regex(/^[\w.-]+\.txt$/),
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		annotator: z.string().min(1),
		published_guess: z
			.string()
			.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
			.nullable(),
		commitments: z.array(
			z.object({
				...offsets,
				// digital_telecom is being added to SECTORS; accept it before and after.
				sector: z
					.string()
					.refine(
						(v) => (SECTORS as readonly string[]).includes(v) || v === 'digital_telecom',
						'unknown sector'
					),
				target_value: decimal,
				target_value_max: decimal,
				unit: z.string().min(1).nullable(),
				target_year: z.number().int().nullable(),
				novelty: z.enum(['new', 'reaffirmed', 'unclear']),
				aspect: z.enum(ASPECTS),
				entities: z.array(z.string().min(1)),
				item: z.string().min(1)
			})
		),
		trade_observations: z.array(
			z.object({
				...offsets,
				year: z.number().int(),
				value_usd: z.string().regex(/^\d+(\.\d+)?$/),
				period: z.string().regex(/^(full_year|M\d{1,2}(-M?\d{1,2})?)$/),
				is_estimate: z.boolean(),
				growth_pct: z.number().nullable()
			})
		),
		third_country: z.array(z.object({ ...offsets, parties: z.string().min(1) })).default([])
	})
	.strict();
export type RealGold = z.infer<typeof RealGoldSchema>;

export function sha256(text: string | Buffer): string {
	return createHash('sha256').update(text).digest('hex');
}

/** Fills in each span's quote from the corpus text; throws when a span lies outside it. */
export function goldFromOffsets(raw: string, real: RealGold): GoldArticle {
	const cut = <T extends { start: number; end: number }>(s: T): T & { quote: string } => {
		if (s.end <= s.start || s.end > raw.length)
			throw new Error(`${real.file}: span ${s.start}-${s.end} is outside the text (${raw.length})`);
		return { ...s, quote: raw.slice(s.start, s.end) };
	};
	return {
		file: real.file,
		commitments: real.commitments.map((c) => cut(c) as GoldCommitment),
		trade_observations: real.trade_observations.map(cut),
		third_country: real.third_country.map(cut)
	};
}

export type RealGoldLoad =
	{ ok: true; raw: string; gold: GoldArticle } | { ok: false; file: string; reason: string };

/**
 * Reads every `<file>.json` in goldDir and its corpus file from corpusDir. An article whose corpus
 * file is missing or changed (sha256) is returned as skipped with the reason, not scored.
 */
export function loadRealGold(goldDir: string, corpusDir: string): RealGoldLoad[] {
	if (!existsSync(goldDir)) return [];
	return readdirSync(goldDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f): RealGoldLoad => {
			const real = RealGoldSchema.parse(JSON.parse(readFileSync(join(goldDir, f), 'utf8')));
			const path = join(corpusDir, real.file);
			if (!existsSync(path))
				return { ok: false, file: real.file, reason: `corpus file ${real.file} is missing` };
			const bytes = readFileSync(path);
			const digest = sha256(bytes);
			if (digest !== real.sha256)
				return {
					ok: false,
					file: real.file,
					reason: `sha256 of ${real.file} is ${digest.slice(0, 12)}…, the annotation was made on ${real.sha256.slice(0, 12)}…`
				};
			const raw = bytes.toString('utf8');
			return { ok: true, raw, gold: goldFromOffsets(raw, real) };
		});
}
