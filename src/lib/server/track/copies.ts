/**
 * Reprints and near-copies: an article whose 5-word shingles overlap another's by
 * Jaccard ≥ 0.8 is a copy of the earliest of them (by date, then import order). Its
 * evidence still shows, but counts once in source counts and evidence scores.
 */
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, type Article } from '../db/schema';
import { jaccard, shingles } from './text';

export const COPY_THRESHOLD = 0.8;

export async function findCopyOf(tx: Db, article: Article): Promise<number | null> {
	const len = article.cleanText.length;
	// Jaccard ≥ 0.8 needs sizes within a factor 0.8 of each other: the length filter keeps this cheap.
	const others = await tx
		.select({ id: articles.id, cleanText: articles.cleanText, copyOfId: articles.copyOfId, publishedOn: articles.publishedOn })
		.from(articles)
		.where(and(ne(articles.id, article.id), sql`length(${articles.cleanText}) between ${Math.floor(len * 0.7)} and ${Math.ceil(len / 0.7)}`));
	const mine = shingles(article.cleanText);
	const matches = others.filter((o) => jaccard(mine, shingles(o.cleanText)) >= COPY_THRESHOLD);
	if (matches.length === 0) return article.copyOfId;
	const key = (a: { id: number; publishedOn: string | null }) => `${a.publishedOn ?? '9999-12-31'}:${String(a.id).padStart(10, '0')}`;
	const earliest = [...matches].sort((a, b) => key(a).localeCompare(key(b)))[0]!;
	if (key(earliest) > key(article)) return article.copyOfId;
	const original = earliest.copyOfId ?? earliest.id;
	if (original !== article.copyOfId) await tx.update(articles).set({ copyOfId: original }).where(eq(articles.id, article.id));
	return original;
}
