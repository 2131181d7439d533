import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, type Article } from '../db/schema';
import { processArticle } from '../track/pipeline';
import { parseArticle } from './parse';
import { findProvenance } from './provenance';
import { notAnArticleReason } from './kind';
import { decodeArticle } from './read';

export type ImportOutcome =
	| { outcome: 'added'; article: Article }
	| { outcome: 'duplicate'; articleId: number; title: string }
	| { outcome: 'error'; reason: string };

/**
 * Imports one article file: decode, parse, then store, extract and link it in a single transaction. The content
 * hash is unique, so the same story arriving twice (or from ten imports at once) is stored once.
 */
export async function importArticle(db: Db, source: string, bytes: Uint8Array): Promise<ImportOutcome> {
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) return { outcome: 'error', reason: decoded.reason };
	const refused = notAnArticleReason(source, decoded.text);
	if (refused) return { outcome: 'error', reason: refused };
	const parsed = parseArticle(decoded.text, source);
	if (parsed.blocks.length === 0) return { outcome: 'error', reason: 'no article text was found in the file' };

	return db.transaction(async (tx) => {
		const [inserted] = await tx
			.insert(articles)
			.values({
				source,
				title: parsed.title,
				publishedOn: parsed.published,
				dateSource: parsed.dateSource,
				language: parsed.language,
				rawText: parsed.raw,
				cleanText: parsed.clean,
				blocks: parsed.blocks,
				contentHash: parsed.contentHash,
				outlet: parsed.provenance.outlet,
				outletFrom: parsed.provenance.outletFrom,
				url: parsed.provenance.url,
				sourceRef: parsed.provenance.sourceRef,
				needsReview: parsed.published === null
			})
			.onConflictDoNothing({ target: articles.contentHash })
			.returning();
		if (inserted) {
			// Extraction and linking share the article's transaction: all of it is stored, or none.
			await processArticle(tx, inserted);
			const [processed] = await tx.select().from(articles).where(eq(articles.id, inserted.id));
			return { outcome: 'added', article: processed ?? inserted } as const;
		}
		const [existing] = await tx
			.select({ id: articles.id, title: articles.title })
			.from(articles)
			.where(eq(articles.contentHash, parsed.contentHash));
		if (!existing) throw new Error('content hash conflicted but no article holds it');
		return { outcome: 'duplicate', articleId: existing.id, title: existing.title } as const;
	});
}

/** Finds outlet, URL and dataset reference for articles stored before provenance was read (outlet_from null). */
export async function backfillProvenance(db: Db): Promise<number> {
	const rows = await db.select({ id: articles.id, rawText: articles.rawText }).from(articles).where(isNull(articles.outletFrom));
	for (const r of rows) {
		const p = findProvenance(r.rawText);
		await db.update(articles).set({ outlet: p.outlet, outletFrom: p.outletFrom, url: p.url, sourceRef: p.sourceRef }).where(and(eq(articles.id, r.id), isNull(articles.outletFrom)));
	}
	return rows.length;
}
