/**
 * The official yearly trade series: a CSV of published figures, one per year, each with its
 * source. The bundled file (static/data, also a download for readers) is loaded at every start;
 * editors bring in later years or corrections with the same CSV format (CLI or editor page).
 * This is the write side; what pages read of the series is in queries/official.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq, inArray, notInArray, sql, and } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { officialTradeFigures, type OfficialTradeFigure } from '../db/schema';
import { writeAudit } from '../editor/audit';
import { normalizeDecimal } from '../../decimal';
import { today } from '../../as-of';

export const BUNDLED_CSV = 'static/data/vn-laos-trade-official.csv';
export const CSV_COLUMNS = [
	'year',
	'value_usd',
	'status',
	'reporter',
	'source',
	'url',
	'retrieved_on'
] as const;

/** Why a row was refused: a code the CLI words in English and the editor page in the reader's language. */
export type RejectCode =
	| 'year'
	| 'value_usd'
	| 'status'
	| 'reporter'
	| 'source'
	| 'url'
	| 'retrieved_on'
	| 'growth_pct'
	| 'retrieved_future'
	| 'year_not_over'
	| 'duplicate_year'
	| 'csv'
	| 'header'
	| 'empty';

export interface Rejection {
	/** Line in the file (1 is the header); 0 when the whole file is refused. */
	line: number;
	code: RejectCode;
	/** The offending value, shortened, when there is one. */
	value?: string;
	/** duplicate_year: the line that gave the year first. */
	firstLine?: number;
}

const code = (c: RejectCode) => ({ message: c });

export const OfficialRow = z
	.object({
		year: z
			.string()
			.trim()
			.regex(/^\d{4}$/, code('year'))
			.transform(Number)
			.pipe(z.number().int().min(1990, code('year')).max(2100, code('year'))),
		value_usd: z
			.string()
			.trim()
			.regex(/^\d{1,15}(\.\d{1,2})?$/, code('value_usd'))
			.refine((v) => /[1-9]/.test(v), code('value_usd'))
			.transform(normalizeDecimal),
		status: z.enum(['final', 'estimate'], code('status')),
		reporter: z.enum(['VN', 'LA'], code('reporter')),
		source: z.string().trim().min(10, code('source')).max(600, code('source')),
		url: z.url({ protocol: /^https?$/, ...code('url') }).max(500, code('url')),
		retrieved_on: z.iso.date(code('retrieved_on')),
		// Optional column: files written before it existed still import, with no stated growth.
		growth_pct: z
			.string()
			.trim()
			.regex(/^(?:-?\d{1,4}(?:\.\d{1,2})?)?$/, code('growth_pct'))
			.optional()
			.transform((v) => (v ? normalizeDecimal(v) : null))
	})
	// A figure for a year is only known once the year is under way; one retrieved later than today is a typo.
	.refine((r) => r.year <= Number(r.retrieved_on.slice(0, 4)), {
		...code('year_not_over'),
		path: ['year']
	})
	.refine((r) => r.retrieved_on <= today(), {
		...code('retrieved_future'),
		path: ['retrieved_on']
	});
export type OfficialRowData = z.output<typeof OfficialRow>;

export interface ParsedCsv {
	rows: { line: number; data: OfficialRowData }[];
	rejected: Rejection[];
}

const short = (v: unknown) =>
	typeof v === 'string' ? (v.length > 60 ? `${v.slice(0, 57)}…` : v) : undefined;

/** Reads and checks every row; a row that fails any check is reported with its line and reason, never half-used. */
export function parseOfficialCsv(text: string): ParsedCsv {
	let records: { record: Record<string, string>; info: { lines: number } }[];
	try {
		records = parse(text.replace(/^\uFEFF/, ''), {
			columns: true,
			skip_empty_lines: true,
			relax_column_count: true,
			info: true,
			bom: true
		});
	} catch (e) {
		const line = (e as { lines?: number }).lines ?? 0;
		return {
			rows: [],
			rejected: [{ line, code: 'csv', value: short(e instanceof Error ? e.message : String(e)) }]
		};
	}
	const header = text
		.replace(/^\uFEFF/, '')
		.split(/\r?\n/, 1)[0]!
		.split(',')
		.map((h) => h.trim());
	const missing = CSV_COLUMNS.filter((c) => !header.includes(c));
	if (missing.length)
		return { rows: [], rejected: [{ line: 1, code: 'header', value: missing.join(', ') }] };
	if (records.length === 0) return { rows: [], rejected: [{ line: 0, code: 'empty' }] };
	const rows: ParsedCsv['rows'] = [];
	const rejected: Rejection[] = [];
	const seen = new Map<number, number>();
	for (const { record, info } of records) {
		const line = info.lines;
		const parsed = OfficialRow.safeParse(record);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const field = String(issue.path[0] ?? '');
			rejected.push({ line, code: issue.message as RejectCode, value: short(record[field]) });
			continue;
		}
		const first = seen.get(parsed.data.year);
		if (first !== undefined) {
			rejected.push({
				line,
				code: 'duplicate_year',
				value: String(parsed.data.year),
				firstLine: first
			});
			continue;
		}
		seen.set(parsed.data.year, line);
		rows.push({ line, data: parsed.data });
	}
	return { rows, rejected };
}

const REASONS: Record<RejectCode, string> = {
	year: 'year must be a four-digit year from 1990 to 2100',
	value_usd: 'value_usd must be a positive amount in US dollars, digits only (e.g. 1630000000)',
	status: 'status must be "final" or "estimate"',
	reporter: 'reporter must be "VN" or "LA" (whose statistics)',
	source: 'source must say who published the figure and what it says (10 to 600 characters)',
	url: 'url must be an http(s) address of the source',
	retrieved_on: 'retrieved_on must be a date written YYYY-MM-DD',
	growth_pct:
		'growth_pct, when given, must be the per-cent change the source states (e.g. 32.7 or -4), or blank',
	retrieved_future: 'retrieved_on is after today',
	year_not_over: 'the year is after the date the figure was retrieved',
	duplicate_year: 'the year appears twice in the file',
	csv: 'the file is not valid CSV',
	header: 'the header lacks required columns',
	empty: 'the file has no data rows'
};

/** One line of the command-line report, in English. */
export function describeRejection(r: Rejection): string {
	const where = r.line > 0 ? `line ${r.line}` : 'file';
	const extra =
		r.code === 'duplicate_year'
			? ` (first on line ${r.firstLine})`
			: r.value !== undefined
				? `: ${JSON.stringify(r.value)}`
				: '';
	return `rejected  ${where} → ${REASONS[r.code]}${extra}`;
}

const rowValues = (d: OfficialRowData) => ({
	year: d.year,
	valueUsd: d.value_usd,
	status: d.status,
	reporter: d.reporter,
	source: d.source,
	url: d.url,
	retrievedOn: d.retrieved_on,
	growthPct: d.growth_pct
});

/** Columns a row is compared on, so an unchanged row is never rewritten. */
const differs = sql`(${officialTradeFigures.valueUsd}, ${officialTradeFigures.status}, ${officialTradeFigures.reporter}, ${officialTradeFigures.source}, ${officialTradeFigures.url}, ${officialTradeFigures.retrievedOn}, ${officialTradeFigures.growthPct})
	is distinct from (excluded.value_usd, excluded.status, excluded.reporter, excluded.source, excluded.url, excluded.retrieved_on, excluded.growth_pct)`;

export function readBundledCsv(root = process.cwd()): string {
	return readFileSync(path.join(root, BUNDLED_CSV), 'utf8');
}

/**
 * Loads the shipped CSV: adds its years, follows its corrections and drops years it no longer
 * has, but never touches a year an editor imported. Idempotent; one transaction.
 * A shipped file with a bad row is a bug, so it throws instead of loading part of it.
 */
export async function loadBundledOfficialFigures(
	db: Db,
	text = readBundledCsv()
): Promise<{ written: number; removed: number }> {
	const { rows, rejected } = parseOfficialCsv(text);
	if (rejected.length)
		throw new Error(`${BUNDLED_CSV}: ${rejected.map(describeRejection).join('; ')}`);
	return db.transaction(async (tx) => {
		const written = await tx
			.insert(officialTradeFigures)
			.values(rows.map((r) => ({ ...rowValues(r.data), origin: 'bundled' })))
			.onConflictDoUpdate({
				target: officialTradeFigures.year,
				set: {
					valueUsd: sql`excluded.value_usd`,
					status: sql`excluded.status`,
					reporter: sql`excluded.reporter`,
					source: sql`excluded.source`,
					url: sql`excluded.url`,
					retrievedOn: sql`excluded.retrieved_on`,
					growthPct: sql`excluded.growth_pct`,
					updatedAt: sql`now()`
				},
				setWhere: and(eq(officialTradeFigures.origin, 'bundled'), differs)
			})
			.returning({ year: officialTradeFigures.year });
		const removed = await tx
			.delete(officialTradeFigures)
			.where(
				and(
					eq(officialTradeFigures.origin, 'bundled'),
					notInArray(
						officialTradeFigures.year,
						rows.map((r) => r.data.year)
					)
				)
			)
			.returning({ year: officialTradeFigures.year });
		return { written: written.length, removed: removed.length };
	});
}

export interface ImportReport {
	added: number[];
	updated: number[];
	unchanged: number[];
	rejected: Rejection[];
	auditId: number | null;
}

/**
 * An editor's CSV: every valid row is added or replaces that year's figure, in one transaction
 * with one audit entry (before and after of each changed year); invalid rows are reported and skipped.
 */
export async function importOfficialFigures(
	db: Db,
	text: string,
	userId: number | null
): Promise<ImportReport> {
	const { rows, rejected } = parseOfficialCsv(text);
	const report: ImportReport = { added: [], updated: [], unchanged: [], rejected, auditId: null };
	if (rows.length === 0) return report;
	return db.transaction(async (tx) => {
		const years = rows.map((r) => r.data.year);
		const before = await tx
			.select()
			.from(officialTradeFigures)
			.where(inArray(officialTradeFigures.year, years))
			.for('update');
		const byYear = new Map(before.map((b) => [b.year, b]));
		const changedBefore: OfficialTradeFigure[] = [];
		const changedAfter: ReturnType<typeof rowValues>[] = [];
		for (const { data } of rows) {
			const old = byYear.get(data.year);
			const next = rowValues(data);
			if (old && sameFigure(old, next)) {
				report.unchanged.push(data.year);
				continue;
			}
			await tx
				.insert(officialTradeFigures)
				.values({ ...next, origin: 'import', updatedBy: userId })
				.onConflictDoUpdate({
					target: officialTradeFigures.year,
					set: { ...next, origin: 'import', updatedBy: userId, updatedAt: sql`now()` }
				});
			(old ? report.updated : report.added).push(data.year);
			if (old) changedBefore.push(old);
			changedAfter.push(next);
		}
		if (changedAfter.length)
			report.auditId = await writeAudit(tx, {
				userId,
				action: 'official_trade.import',
				entityType: 'official_trade',
				entityId: null,
				before: changedBefore.map(auditView),
				after: changedAfter
			});
		return report;
	});
}

function sameFigure(old: OfficialTradeFigure, next: ReturnType<typeof rowValues>): boolean {
	return (
		normalizeDecimal(old.valueUsd) === next.valueUsd &&
		old.status === next.status &&
		old.reporter === next.reporter &&
		old.source === next.source &&
		old.url === next.url &&
		old.retrievedOn === next.retrievedOn &&
		nullableDecimal(old.growthPct) === next.growthPct
	);
}

const auditView = (r: OfficialTradeFigure) => ({
	year: r.year,
	valueUsd: normalizeDecimal(r.valueUsd),
	status: r.status,
	reporter: r.reporter,
	source: r.source,
	url: r.url,
	retrievedOn: r.retrievedOn,
	growthPct: nullableDecimal(r.growthPct),
	origin: r.origin
});

const nullableDecimal = (v: string | null) => (v === null ? null : normalizeDecimal(v));
