import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	evaluateArticle,
	matchSpans,
	spansMatch,
	summarise,
	type GoldArticle
} from '../../src/lib/server/extract/evaluate';
import { extractArticle } from '../../src/lib/server/extract/index';
import { parseArticle } from '../../src/lib/server/ingest/parse';

const GOLD_DIR = 'tests/fixtures/gold';
const DEV_DIR = 'tests/fixtures/dev';

function loadGold(goldDir = GOLD_DIR, textDir = 'seeds'): { raw: string; gold: GoldArticle }[] {
	return readdirSync(goldDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldArticle;
			return { gold, raw: readFileSync(join(textDir, gold.file), 'utf8') };
		});
}

describe('match rule', () => {
	it('needs half the gold span and a fifth of the predicted span', () => {
		expect(spansMatch({ start: 0, end: 100 }, { start: 0, end: 50 })).toBe(true);
		expect(spansMatch({ start: 0, end: 100 }, { start: 0, end: 49 })).toBe(false);
		expect(spansMatch({ start: 0, end: 20 }, { start: 0, end: 100 })).toBe(true);
		expect(spansMatch({ start: 0, end: 19 }, { start: 0, end: 100 })).toBe(false);
	});

	it('matches one-to-one, largest overlap first', () => {
		const gold = [{ start: 0, end: 10 }];
		const pred = [
			{ start: 0, end: 6 },
			{ start: 0, end: 10 }
		];
		expect(matchSpans(gold, pred)).toEqual([[0, 1]]);
	});
});

describe('seed gold set', () => {
	const articles = loadGold();
	const reports = articles.map(({ raw, gold }) =>
		evaluateArticle(raw, gold, extractArticle(parseArticle(raw, gold.file)))
	);
	const summary = summarise(reports);

	it('covers all five seeds, with gold quotes exact', () => {
		expect(articles).toHaveLength(5);
		for (const { raw, gold } of articles)
			for (const x of [...gold.commitments, ...gold.trade_observations])
				expect(raw.slice(x.start, x.end)).toBe(x.quote);
	});

	it('cuts every predicted quote exactly from the raw text', () => {
		expect(summary.inexact).toBe(0);
	});

	it('keeps F1 at or above 0.9 for commitments and for trade observations', () => {
		expect(summary.commitments.f1).toBeGreaterThanOrEqual(0.9);
		expect(summary.trade.f1).toBeGreaterThanOrEqual(0.9);
	});
});

describe('dev set (our own articles, annotated before tuning)', () => {
	const articles = loadGold(DEV_DIR, DEV_DIR);
	const reports = articles.map(({ raw, gold }) =>
		evaluateArticle(raw, gold, extractArticle(parseArticle(raw, gold.file)))
	);
	const summary = summarise(reports);

	it('has a dozen articles in both languages, with gold quotes exact', () => {
		expect(articles.length).toBeGreaterThanOrEqual(10);
		expect(new Set(articles.map(({ raw, gold }) => parseArticle(raw, gold.file).language))).toEqual(
			new Set(['vi', 'en'])
		);
		for (const { raw, gold } of articles)
			for (const x of [...gold.commitments, ...gold.trade_observations])
				expect(raw.slice(x.start, x.end)).toBe(x.quote);
	});

	it('cuts every predicted quote exactly and keeps F1 at or above 0.85', () => {
		expect(summary.inexact).toBe(0);
		expect(summary.commitments.f1).toBeGreaterThanOrEqual(0.85);
		expect(summary.trade.f1).toBeGreaterThanOrEqual(0.85);
	});
});
