/**
 * What ingestion knows about one article file, before it touches the database.
 * Every offset is a UTF-16 code-unit index into `raw`, the file's text exactly as read,
 * so that `raw.slice(start, end)` is always the quote a reader can find in the source.
 */
import type { Article } from '../db/schema';
import type { Provenance } from './provenance';

export type Language = 'vi' | 'en';

/** How `published` was found: from the ` date YYYY-MM-DD` header, from a web page's markup (JSON-LD, meta tags), from the body text, or not at all. */
export type DateSource = 'header' | 'markup' | 'text' | 'none';

/** One paragraph of article body kept by the cleaner: `raw.slice(start, end)`, verbatim. */
export interface Block {
	start: number;
	end: number;
}

export interface ParsedArticle {
	raw: string;
	title: string;
	/** ISO date `YYYY-MM-DD`, or null when nothing in the file says when it was published. */
	published: string | null;
	dateSource: DateSource;
	language: Language;
	/** Body paragraphs in reading order, site chrome removed. */
	blocks: Block[];
	/** The blocks' text joined by blank lines: what the article page shows. */
	clean: string;
	/** Hex SHA-256 of the normalised body text: equal for reprints of the same file. */
	contentHash: string;
	/** Outlet, URL and dataset reference, as the text gives them. */
	provenance: Provenance;
}

/** What importing one file or link came to (pipeline/import.ts), as the CLI and the import jobs report it. */
export type ImportOutcome =
	| { outcome: 'added'; article: Article }
	/** `by`: the same text (the default), or the same canonical URL as a stored web page. */
	| { outcome: 'duplicate'; articleId: number; title: string; by?: 'content' | 'url' }
	| { outcome: 'error'; reason: string };

/** Where a web page came from: its address and the server's Content-Type (for the charset). */
export interface PageOrigin {
	url: string | null;
	contentType: string | null;
}
