/** The filtered commitments list as files: CSV for spreadsheets, JSON for scripts. */
import type { CommitmentSummary } from '$lib/commitment';

export const EXPORT_COLUMNS = [
	'id',
	'title',
	'title_en',
	'sector',
	'kind',
	'status',
	'overdue',
	'quiet',
	'target_value',
	'target_value_max',
	'unit',
	'target_year',
	'deadline',
	'first_mentioned',
	'last_mentioned',
	'source_count',
	'mention_count',
	'entities',
	'url',
	'evidence_score',
	'quotes',
	'quote_article_ids',
	'quote_outlets',
	'quote_source_urls',
	'quote_published_on',
	'quote_confidences'
] as const;

/** One piece of evidence: a quote and the article it is from. */
export interface ExportEvidence {
	quote: string;
	articleId: number;
	outlet: string | null;
	/** The article's original URL, or its dataset reference when it has none. */
	sourceUrl: string | null;
	publishedOn: string | null;
	confidence: number;
}

/** Separates the quotes in one CSV cell; the quote_* cells list their values in the same order. */
export const LIST_SEPARATOR = ' || ';

/** Quotes a cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number | boolean | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function commitmentRecord(
	item: CommitmentSummary,
	origin: string,
	evidence: ExportEvidence[] = []
) {
	return {
		id: item.id,
		title: item.title,
		title_en: item.titleEn,
		sector: item.sector,
		kind: item.kind,
		status: item.status,
		overdue: item.overdue,
		quiet: item.quiet,
		target_value: item.targetValue,
		target_value_max: item.targetValueMax,
		unit: item.unit,
		target_year: item.targetYear,
		deadline: item.deadline,
		first_mentioned: item.firstMentioned,
		last_mentioned: item.lastMentioned,
		source_count: item.sourceCount,
		mention_count: item.mentionCount,
		entities: item.entities.map((e) => e.slug).join(';'),
		url: `${origin}/commitments/${item.id}`,
		evidence_score: item.evidenceScore,
		evidence: evidence.map((e) => ({
			quote: e.quote,
			article_id: e.articleId,
			article_url: `${origin}/articles/${e.articleId}`,
			outlet: e.outlet,
			source_url: e.sourceUrl,
			published_on: e.publishedOn,
			confidence: e.confidence
		}))
	};
}

function csvRecord(
	item: CommitmentSummary,
	origin: string,
	evidence: ExportEvidence[]
): Record<(typeof EXPORT_COLUMNS)[number], string | number | boolean | null> {
	const { evidence: _nested, ...flat } = commitmentRecord(item, origin, evidence);
	const list = (f: (e: ExportEvidence) => string | number | null) =>
		evidence.map((e) => f(e) ?? '').join(LIST_SEPARATOR);
	return {
		...flat,
		quotes: list((e) => e.quote),
		quote_article_ids: list((e) => e.articleId),
		quote_outlets: list((e) => e.outlet),
		quote_source_urls: list((e) => e.sourceUrl),
		quote_published_on: list((e) => e.publishedOn),
		quote_confidences: list((e) => e.confidence)
	};
}

/** RFC 4180 lines with a byte-order mark, so spreadsheet programs read the Vietnamese right. */
export function toCsv(
	items: CommitmentSummary[],
	origin: string,
	evidence: Map<number, ExportEvidence[]> = new Map()
): string {
	const lines = [EXPORT_COLUMNS.join(',')];
	for (const item of items) {
		const record = csvRecord(item, origin, evidence.get(item.id) ?? []);
		lines.push(EXPORT_COLUMNS.map((c) => csvCell(record[c])).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
