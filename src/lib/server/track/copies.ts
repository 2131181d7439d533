/**
 * Reprints and near-copies: an article whose 5-word shingles overlap another's by
 * Jaccard ≥ 0.8 is a copy of the earliest of them (by date, then import order). Its
 * evidence still shows, but counts once in source counts and evidence scores.
 * Candidates come from shared MinHash bands (minhash.ts); each is then compared exactly.
 */
import { and, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articleShingleBands, articles, type Article } from '../db/schema';
import { bandKeys } from './minhash';
import { jaccard, shingles } from './text';

export const COPY_THRESHOLD = 0.8;

export async function findCopyOf(tx: Db, article: Article): Promise<number | null> {
	const mine = shingles(article.cleanText);
	const keys = bandKeys(mine);
	if (keys.length === 0) return article.copyOfId;
	await tx
		.insert(articleShingleBands)
		.values(keys.map((bandKey) => ({ articleId: article.id, bandKey })))
		.onConflictDoNothing();
	const candidates = tx
		.selectDistinct({ id: articleShingleBands.articleId })
		.from(articleShingleBands)
		.where(
			and(inArray(articleShingleBands.bandKey, keys), ne(articleShingleBands.articleId, article.id))
		);
	const others = await tx
		.select({
			id: articles.id,
			cleanText: articles.cleanText,
			copyOfId: articles.copyOfId,
			publishedOn: articles.publishedOn
		})
		.from(articles)
		// Copies point at their original; comparing with originals only keeps a much-reprinted story cheap.
		.where(and(inArray(articles.id, candidates), isNull(articles.copyOfId)));
	const matches = others.filter((o) => jaccard(mine, shingles(o.cleanText)) >= COPY_THRESHOLD);
	if (matches.length === 0) return article.copyOfId;
	const key = (a: { id: number; publishedOn: string | null }) =>
		`${a.publishedOn ?? '9999-12-31'}:${String(a.id).padStart(10, '0')}`;
	const earliest = [...matches].sort((a, b) => key(a).localeCompare(key(b)))[0]!;
	if (key(earliest) > key(article)) return article.copyOfId;
	const original = earliest.copyOfId ?? earliest.id;
	if (original !== article.copyOfId)
		await tx.update(articles).set({ copyOfId: original }).where(eq(articles.id, article.id));
	return original;
}
