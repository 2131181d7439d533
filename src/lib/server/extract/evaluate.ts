/**
 * Scoring extraction against a gold set. A prediction matches a gold item when their quote spans
 * overlap on at least half of the gold span and at least a fifth of the predicted span; matching
 * is one-to-one, largest overlaps first. Matched pairs are then compared field by field.
 */
import type { ExtractedCommitment, TradeObservation } from './types';

export interface Span {
	start: number;
	end: number;
	quote: string;
}

export type GoldCommitment = Span &
	Pick<ExtractedCommitment, 'sector' | 'target_value' | 'target_value_max' | 'unit' | 'target_year' | 'novelty' | 'entities'>;
export type GoldTrade = Span & Pick<TradeObservation, 'year' | 'value_usd' | 'period' | 'is_estimate' | 'growth_pct'>;

export interface GoldArticle {
	file: string;
	commitments: GoldCommitment[];
	trade_observations: GoldTrade[];
}

export const COMMITMENT_FIELDS = ['sector', 'target_value', 'target_value_max', 'unit', 'target_year', 'novelty', 'entities'] as const;
export const TRADE_FIELDS = ['year', 'value_usd', 'period', 'is_estimate', 'growth_pct'] as const;

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
}

export interface EvaluationReport {
	articles: ArticleReport[];
	commitments: Scores;
	trade: Scores;
	overall: Scores;
	fields: Record<string, { right: number; total: number; accuracy: number }>;
	inexact: number;
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
	return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function spansMatch(gold: { start: number; end: number }, pred: { start: number; end: number }): boolean {
	const o = overlap(gold, pred);
	return o > 0 && o >= (gold.end - gold.start) / 2 && o >= (pred.end - pred.start) / 5;
}

/** One-to-one matching, largest overlap first. Returns [goldIndex, predIndex] pairs. */
export function matchSpans(gold: { start: number; end: number }[], pred: { start: number; end: number }[]): [number, number][] {
	const pairs: [number, number, number][] = [];
	gold.forEach((g, gi) => pred.forEach((p, pi) => spansMatch(g, p) && pairs.push([gi, pi, overlap(g, p)])));
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
	if (field === 'entities') return JSON.stringify([...(a as string[])].sort()) === JSON.stringify([...(b as string[])].sort());
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
	gold.forEach((g, i) => matchedG.has(i) || report.misses.push({ kind, quote: g.quote, start: g.start }));
	pred.forEach((p, i) => matchedP.has(i) || report.falseAlarms.push({ kind, quote: p.quote, start: p.start }));
	for (const [gi, pi] of pairs) {
		const g = gold[gi] as unknown as Record<string, unknown>;
		const p = pred[pi] as unknown as Record<string, unknown>;
		for (const f of fields) {
			const key = `${kind}.${f}`;
			const slot = (report.fields[key] ??= { right: 0, total: 0 });
			slot.total++;
			if (same(f, g[f], p[f])) slot.right++;
			else report.fieldErrors.push({ field: key, gold: g[f], predicted: p[f], quote: (g.quote as string).slice(0, 80) });
		}
	}
	return { tp: pairs.length, fp: pred.length - pairs.length, fn: gold.length - pairs.length };
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
		fields: {}
	};
	for (const s of [...predicted.commitments, ...predicted.trade_observations, ...gold.commitments, ...gold.trade_observations])
		if (raw.slice(s.start, s.end) !== s.quote) report.inexact.push({ quote: s.quote, start: s.start, end: s.end });
	report.commitments = compare('commitment', gold.commitments, predicted.commitments, COMMITMENT_FIELDS, report);
	report.trade = compare('trade', gold.trade_observations, predicted.trade_observations, TRADE_FIELDS, report);
	return report;
}

function sum(list: Counts[]): Counts {
	return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
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
		inexact: articles.reduce((n, a) => n + a.inexact.length, 0)
	};
}
