/** What each export column means, in the reader's language: the methodology page's codebook. */
import { m } from '$lib/paraglide/messages';
import { EXPORT_COLUMNS } from '$lib/export';
import { SECTORS } from '$lib/vocabulary';

/**
 * Where a meaning names codes (column names, sector values), its message holds this mark and the
 * page sets the codes there as <code>, so identifiers read as identifiers in either language.
 */
export const CODE_MARK = '\u0001';
const marked = (message: (p: { codes: string }) => string) => () => message({ codes: CODE_MARK });

/** The fields of each quote in the JSON export, which the codebook's introduction lists. */
export const QUOTE_FIELDS = [
	'quote',
	'article_id',
	'article_url',
	'outlet',
	'source_url',
	'published_on',
	'confidence'
] as const;
export const codebookIntro = marked(m.codebook_intro);

/** Typed by the export's own columns, so a new column without a meaning does not compile. */
const MEANINGS: Record<(typeof EXPORT_COLUMNS)[number], () => string> = {
	id: m.codebook_id,
	title: m.codebook_title,
	title_en: m.codebook_title_en,
	sector: marked(m.codebook_sector),
	kind: m.codebook_kind,
	status: marked(m.codebook_status),
	overdue: m.codebook_overdue,
	quiet: m.codebook_quiet,
	target_value: m.codebook_target_value,
	target_value_max: m.codebook_target_value_max,
	unit: m.codebook_unit,
	target_year: m.codebook_target_year,
	deadline: m.codebook_deadline,
	first_mentioned: m.codebook_first_mentioned,
	last_mentioned: m.codebook_last_mentioned,
	source_count: m.codebook_source_count,
	mention_count: m.codebook_mention_count,
	entities: m.codebook_entities,
	url: m.codebook_url,
	evidence_score: m.codebook_evidence_score,
	quotes: m.codebook_quotes,
	quote_article_ids: m.codebook_quote_article_ids,
	quote_outlets: m.codebook_quote_outlets,
	quote_source_urls: m.codebook_quote_source_urls,
	quote_published_on: m.codebook_quote_published_on,
	quote_confidences: m.codebook_quote_confidences
};

/** The codes a meaning's mark stands for. */
const CODES: Partial<Record<(typeof EXPORT_COLUMNS)[number], readonly string[]>> = {
	sector: SECTORS,
	status: ['as_of']
};

export const CODEBOOK: [string, () => string, readonly string[]][] = EXPORT_COLUMNS.map((c) => [
	c,
	MEANINGS[c],
	CODES[c] ?? []
]);
