/**
 * The data path, in order: ingest (decode and parse the bytes, src/lib/server/ingest) → store the
 * article → extract (src/lib/server/extract) → link and store (src/lib/server/track), all in one
 * transaction (process.ts). Files, fetched links and the editor's import jobs all enter here.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { decodeHtml, looksLikeHtml, parseHtmlArticle } from '../ingest/html';
import { parseArticle } from '../ingest/parse';
import type { ImportOutcome, PageOrigin, ParsedArticle } from '../ingest/types';
import { findProvenance } from '../ingest/provenance';
import { notAnArticleReason } from '../ingest/kind';
import { MAX_ARTICLE_BYTES, decodeArticle, tooLargeReason } from '../ingest/read';
import { fetchLink, type FetchedPage } from '../ingest/web';
import type { FetchOptions } from '../ingest/fetch';
import { processArticle } from './process';

export type { ImportOutcome, PageOrigin };

/**
 * Imports one article file: decode, parse, then store, extract and link it in a single transaction. The content
 * hash is unique, so the same story arriving twice (or from ten imports at once) is stored once. A saved web
 * page (`.html`, or bytes that open like HTML) goes through `importHtml`.
 */
export async function importArticle(
	db: Db,
	source: string,
	bytes: Uint8Array
): Promise<ImportOutcome> {
	if (looksLikeHtml(source, bytes))
		return importHtml(db, source, bytes, { url: null, contentType: null });
	const decoded = decodeArticle(bytes);
	if (!decoded.ok) return { outcome: 'error', reason: decoded.reason };
	const refused = notAnArticleReason(source, decoded.text);
	if (refused) return { outcome: 'error', reason: refused };
	const parsed = parseArticle(decoded.text, source);
	if (parsed.blocks.length === 0)
		return { outcome: 'error', reason: 'no article text was found in the file' };
	return storeParsed(db, source, parsed, null);
}

/**
 * Imports a web page, fetched (`origin.url`) or saved from a browser. Besides the content hash, a page
 * whose canonical URL is already an article's URL is a duplicate: the same story served under two
 * addresses, or re-published with a corrected typo.
 */
export async function importHtml(
	db: Db,
	source: string,
	bytes: Uint8Array,
	origin: PageOrigin
): Promise<ImportOutcome> {
	const decoded = decodeHtml(bytes, origin.contentType);
	if (!decoded.ok) return { outcome: 'error', reason: decoded.reason };
	const parsed = parseHtmlArticle(decoded.html, source, origin.url);
	if (parsed.blocks.length === 0)
		return { outcome: 'error', reason: 'no article text was found in the page' };
	return storeParsed(db, source, parsed, parsed.html);
}

async function storeParsed(
	db: Db,
	source: string,
	parsed: ParsedArticle,
	html: string | null
): Promise<ImportOutcome> {
	return db.transaction(async (tx) => {
		const url = parsed.provenance.url;
		if (html !== null && url) {
			// Two imports of one URL at once (two instances, two editors) take turns here, so the
			// second sees the first's article; the lock ends with the transaction.
			await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`article-url:${url}`}))`);
			const [sameUrl] = await tx
				.select({ id: articles.id, title: articles.title })
				.from(articles)
				.where(eq(articles.url, url))
				.orderBy(articles.id)
				.limit(1);
			if (sameUrl)
				return {
					outcome: 'duplicate',
					articleId: sameUrl.id,
					title: sameUrl.title,
					by: 'url'
				} as const;
		}
		const [inserted] = await tx
			.insert(articles)
			.values({
				source,
				title: parsed.title,
				publishedOn: parsed.published,
				dateSource: parsed.dateSource,
				language: parsed.language,
				rawText: parsed.raw,
				rawHtml: html,
				cleanText: parsed.clean,
				blocks: parsed.blocks,
				contentHash: parsed.contentHash,
				outlet: parsed.provenance.outlet,
				outletFrom: parsed.provenance.outletFrom,
				url,
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
		return {
			outcome: 'duplicate',
			articleId: existing.id,
			title: existing.title,
			by: 'content'
		} as const;
	});
}

/** Finds outlet, URL and dataset reference for articles stored before provenance was read (outlet_from null). */
export async function backfillProvenance(db: Db): Promise<number> {
	const rows = await db
		.select({ id: articles.id, rawText: articles.rawText })
		.from(articles)
		.where(isNull(articles.outletFrom));
	for (const r of rows) {
		const p = findProvenance(r.rawText);
		await db
			.update(articles)
			.set({ outlet: p.outlet, outletFrom: p.outletFrom, url: p.url, sourceRef: p.sourceRef })
			.where(and(eq(articles.id, r.id), isNull(articles.outletFrom)));
	}
	return rows.length;
}

/** Imports a file from disk; an oversized file is refused from its size, without reading it. */
export async function importFile(db: Db, file: string): Promise<ImportOutcome> {
	const { size } = await stat(file);
	if (size > MAX_ARTICLE_BYTES) return { outcome: 'error', reason: tooLargeReason(size) };
	return importArticle(db, path.basename(file), await readFile(file));
}

/** Stores a fetched page (ingest/web.ts's fetchLink); `link` (what was asked for) is the article's source. */
export function importFetched(db: Db, link: string, page: FetchedPage): Promise<ImportOutcome> {
	return importHtml(db, link.trim(), page.bytes, { url: page.url, contentType: page.contentType });
}

/** Fetches a link and imports the page, as `npm run import -- https://…` does. */
export async function importUrl(
	db: Db,
	link: string,
	options: FetchOptions = {}
): Promise<ImportOutcome> {
	const fetched = await fetchLink(db, link, options);
	return 'done' in fetched ? fetched.done : importFetched(db, link, fetched.page);
}
