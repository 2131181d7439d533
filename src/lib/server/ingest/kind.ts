import path from 'node:path';

/**
 * Whether a file is a news article at all. A folder of articles often carries its own
 * README and an index table beside the stories; those must be refused with a reason, not
 * stored as articles whose "commitments" are documentation.
 */
const ARTICLE_EXTENSIONS = new Set(['', '.txt', '.text']);

/** Null for a plausible article; otherwise why the file is refused, for the per-file report. */
export function notAnArticleReason(fileName: string, text: string): string | null {
	// What the content is says more than the name, so it is reported first.
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
	if (isTable(lines))
		return 'not an article: the file is a table (tab-separated columns on most lines), such as an index of files';
	if (isMarkdownDocument(lines))
		return 'not an article: the file is a Markdown document (headings, tables or code blocks), such as a README';
	const ext = path.extname(fileName).toLowerCase();
	if (!ARTICLE_EXTENSIONS.has(ext))
		return `not an article: ${ext} files are not imported (articles are plain-text .txt files or saved web pages, .html)`;
	return null;
}

/** Most lines split by tabs into the same number (two or more) of columns. */
function isTable(lines: string[]): boolean {
	if (lines.length < 2) return false;
	const columns = new Map<number, number>();
	for (const l of lines) {
		const n = l.split('\t').length;
		if (n >= 3) columns.set(n, (columns.get(n) ?? 0) + 1);
	}
	const commonest = Math.max(0, ...columns.values());
	return commonest >= 0.8 * lines.length;
}

/** News text has no "# " headings, pipe tables or code fences; documentation has several. */
function isMarkdownDocument(lines: string[]): boolean {
	const headings = lines.filter((l) => /^#{1,6}\s+\S/.test(l)).length;
	const tableRules = lines.filter((l) =>
		/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l)
	).length;
	const fences = lines.filter((l) => /^\s*(```|~~~)/.test(l)).length;
	return headings >= 2 || (headings >= 1 && (tableRules >= 1 || fences >= 2)) || tableRules >= 2;
}
