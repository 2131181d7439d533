/**
 * Importing a link: fetch the page (with fetch.ts's guards); pipeline/import.ts then imports it
 * as a web page. Shared by `npm run import -- https://…` and the editor's import jobs, so both refuse and
 * report in the same words. Fetching and storing are separate steps so that a worker can
 * fetch outside any database transaction (see import-worker.ts).
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { fetchPage, parseHttpUrl, type FetchOptions } from './fetch';
import type { ImportOutcome } from './types';

/** Whether a command-line argument is meant as a link (any scheme, so `file://` is refused, not read). */
export function isLink(arg: string): boolean {
	return /^[a-z][a-z0-9+.-]*:\/\//i.test(arg.trim());
}

export interface FetchedPage {
	/** Where the page was finally found, after redirects. */
	url: string;
	bytes: Uint8Array;
	contentType: string | null;
}

/** The page behind a link, or the outcome already known without storing anything (refused, failed, or a URL we hold). */
export async function fetchLink(
	db: Db,
	link: string,
	options: FetchOptions = {}
): Promise<{ done: ImportOutcome } | { page: FetchedPage }> {
	const parsed = parseHttpUrl(link);
	if (!parsed.ok) return { done: { outcome: 'error', reason: parsed.reason } };
	const url = parsed.url.toString();
	// A link already imported is not fetched again (a feed lists the same items poll after poll).
	const [known] = await db
		.select({ id: articles.id, title: articles.title })
		.from(articles)
		.where(eq(articles.url, url))
		.limit(1);
	if (known)
		return { done: { outcome: 'duplicate', articleId: known.id, title: known.title, by: 'url' } };
	const page = await fetchPage(url, options);
	if (!page.ok) return { done: { outcome: 'error', reason: page.reason } };
	return { page: { url: page.url, bytes: page.bytes, contentType: page.contentType } };
}
