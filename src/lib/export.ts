/** The filtered commitments list as files: CSV for spreadsheets, JSON for scripts. */
import type { CommitmentSummary } from '$lib/commitment';

const COLUMNS = [
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
	'url'
] as const;

/** Quotes a cell; text that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number | boolean | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function commitmentRecord(item: CommitmentSummary, origin: string) {
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
		url: `${origin}/commitments/${item.id}`
	};
}

/** RFC 4180 lines with a byte-order mark, so spreadsheet programs read the Vietnamese right. */
export function toCsv(items: CommitmentSummary[], origin: string): string {
	const lines = [COLUMNS.join(',')];
	for (const item of items) {
		const record = commitmentRecord(item, origin);
		lines.push(COLUMNS.map((c) => csvCell(record[c])).join(','));
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}
