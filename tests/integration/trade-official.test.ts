import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, officialTradeFigures } from '../../src/lib/server/db/schema';
import { listOfficialFigures, loadOfficialSeries } from '../../src/lib/server/queries/official';
import {
	importOfficialFigures,
	loadBundledOfficialFigures,
	parseOfficialCsv,
	readBundledCsv
} from '../../src/lib/server/track/trade-official';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { dbEnv, runScript } from '../helpers/cli';

const HEADER = 'year,value_usd,status,reporter,source,url,retrieved_on';
const row = (
	year: number | string,
	value: string,
	extra: Partial<Record<'status' | 'reporter' | 'source' | 'url' | 'retrieved', string>> = {}
) =>
	[
		year,
		value,
		extra.status ?? 'final',
		extra.reporter ?? 'VN',
		`"${extra.source ?? 'Test ministry, year-end report: final figure'}"`,
		extra.url ?? 'https://example.org/report',
		extra.retrieved ?? '2026-12-01'
	].join(',');

describe(`official trade figures (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('the shipped CSV is valid, cites a source for every year, and loads once', async () => {
		const parsed = parseOfficialCsv(readBundledCsv());
		expect(parsed.rejected).toEqual([]);
		expect(parsed.rows.length).toBeGreaterThanOrEqual(10);
		for (const { data } of parsed.rows) {
			expect(data.url).toMatch(/^https?:\/\//);
			expect(data.source.length).toBeGreaterThan(20);
		}
		const first = await loadBundledOfficialFigures(t.db);
		expect(first.written).toBe(parsed.rows.length);
		// Loading again (every start) writes nothing: the rows are the same.
		const again = await loadBundledOfficialFigures(t.db);
		expect(again).toEqual({ written: 0, removed: 0 });
		const rows = await listOfficialFigures(t.db);
		expect(rows.map((r) => r.year)).toEqual(parsed.rows.map((r) => r.data.year));
		const y2017 = rows.find((r) => r.year === 2017)!;
		expect(Number(y2017.valueUsd)).toBe(892_900_000);
		expect(y2017.origin).toBe('bundled');
		// The rate each source states is kept beside its figure, and only where it states one.
		const series = await loadOfficialSeries(t.db, '2026-12-02');
		expect(series.find((p) => p.year === 2025)!.growthPct).toBe(32.7);
		expect(series.find((p) => p.year === 2022)!.growthPct).toBeNull();
	});

	it("keeps the growth rate an editor's file states, accepts files without that column, and refuses a rate that is not a number", async () => {
		const withRate = await importOfficialFigures(
			t.db,
			[
				`${HEADER},growth_pct`,
				`${row(2008, '424000000')},-4.5`,
				`${row(2009, '500000000')},rose`
			].join('\n'),
			null
		);
		expect(withRate.added).toEqual([2008]);
		expect(withRate.rejected).toEqual([{ line: 3, code: 'growth_pct', value: 'rose' }]);
		const [y2008] = await t.db
			.select()
			.from(officialTradeFigures)
			.where(eq(officialTradeFigures.year, 2008));
		expect(y2008!.growthPct).toBe('-4.5');
		// A file written before the column existed still imports; a changed rate alone is a correction.
		const old = await importOfficialFigures(
			t.db,
			[HEADER, row(2007, '400000000')].join('\n'),
			null
		);
		expect(old.added).toEqual([2007]);
		const corrected = await importOfficialFigures(
			t.db,
			[`${HEADER},growth_pct`, `${row(2008, '424000000')},-4`].join('\n'),
			null
		);
		expect(corrected.updated).toEqual([2008]);
	});

	it('only years that have ended are in the series as of a date', async () => {
		const series = await loadOfficialSeries(t.db, '2024-06-30');
		expect(series.at(-1)!.year).toBe(2023);
		expect(series.every((p) => p.url && p.source)).toBe(true);
	});

	it('an import adds and corrects years, reports bad rows by line and reason, and writes one audit entry', async () => {
		const csv = [
			HEADER,
			row(2013, '1100000000'), // line 2: new year
			row(2017, '893000000', { source: 'Corrected customs figure, final' }), // line 3: correction
			row(2019, 'about 1bn'), // line 4: bad amount
			row(2013, '1200000000'), // line 5: same year twice
			row(2030, '5000000000'), // line 6: a year not yet over when retrieved
			row(2012, '866000000', { status: 'maybe' }), // line 7: bad status
			row(2011, '700000000', { url: 'ftp://example.org/x' }) // line 8: bad url
		].join('\n');
		const report = await importOfficialFigures(t.db, csv, null);
		expect(report.added).toEqual([2013]);
		expect(report.updated).toEqual([2017]);
		expect(report.rejected).toEqual([
			{ line: 4, code: 'value_usd', value: 'about 1bn' },
			{ line: 5, code: 'duplicate_year', value: '2013', firstLine: 2 },
			{ line: 6, code: 'year_not_over', value: '2030' },
			{ line: 7, code: 'status', value: 'maybe' },
			{ line: 8, code: 'url', value: 'ftp://example.org/x' }
		]);
		const [y2017] = await t.db
			.select()
			.from(officialTradeFigures)
			.where(eq(officialTradeFigures.year, 2017));
		expect(Number(y2017!.valueUsd)).toBe(893_000_000);
		expect(y2017!.origin).toBe('import');
		const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.id, report.auditId!));
		expect(audit!.action).toBe('official_trade.import');
		expect(
			(audit!.before as { year: number; valueUsd: string }[]).map((b) => [b.year, b.valueUsd])
		).toEqual([[2017, '892900000']]);
		expect((audit!.after as { year: number }[]).map((a) => a.year)).toEqual([2013, 2017]);

		// A restart reloads the shipped file but keeps the editor's correction.
		await loadBundledOfficialFigures(t.db);
		const after = await listOfficialFigures(t.db);
		expect(Number(after.find((r) => r.year === 2017)!.valueUsd)).toBe(893_000_000);
		expect(after.find((r) => r.year === 2013)!.origin).toBe('import');

		// The same file again changes nothing and writes no audit entry.
		const repeat = await importOfficialFigures(t.db, csv, null);
		expect(repeat.added).toEqual([]);
		expect(repeat.updated).toEqual([]);
		expect(repeat.unchanged).toEqual([2013, 2017]);
		expect(repeat.auditId).toBeNull();
	});

	it('refuses a file without the required columns or that is not CSV, writing nothing', async () => {
		const before = await listOfficialFigures(t.db);
		const noHeader = await importOfficialFigures(t.db, 'year,value\n2010,1', null);
		expect(noHeader.rejected).toEqual([
			{ line: 1, code: 'header', value: 'value_usd, status, reporter, source, url, retrieved_on' }
		]);
		const broken = await importOfficialFigures(t.db, `${HEADER}\n2010,"unclosed`, null);
		expect(broken.rejected[0]!.code).toBe('csv');
		expect(await listOfficialFigures(t.db)).toEqual(before);
	});
});

describe(`npm run import:stats (${backendName})`, () => {
	let dir: string;
	let t: TestDatabase;
	beforeAll(async () => {
		dir = mkdtempSync(path.join(tmpdir(), 'camket-stats-'));
		t = await createTestDatabase();
		if (!t.url) await t.destroy();
	});
	afterAll(async () => {
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('imports the good rows, lists each refused row with its line and reason, and exits 1', async () => {
		const file = path.join(dir, 'figures.csv');
		writeFileSync(
			file,
			[HEADER, row(2026, '3100000000', { status: 'estimate' }), row(2025, '-5')].join('\n')
		);
		const env = dbEnv(t, path.join(dir, 'data'));
		const result = await runScript('scripts/import-stats.ts', [file], env);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(1);
		expect(result.stdout).toMatch(/^added\s+1 year\(s\): 2026$/m);
		expect(result.stdout).toMatch(
			/^rejected\s+line 3 → value_usd must be a positive amount.*: "-5"$/m
		);
		expect(result.stdout).toMatch(/^audit entry #\d+$/m);

		const good = path.join(dir, 'good.csv');
		writeFileSync(good, [HEADER, row(2026, '3100000000', { status: 'estimate' })].join('\n'));
		const again = await runScript('scripts/import-stats.ts', [good], env);
		expect(again.code).toBe(0);
		expect(again.stdout).toMatch(/^unchanged 1 year\(s\): 2026$/m);
	}, 240_000);

	it('asks for a file when given none', async () => {
		const result = await runScript('scripts/import-stats.ts', [], dbEnv(t, path.join(dir, 'data')));
		expect(result.code).toBe(2);
		expect(result.stderr).toContain('give one CSV file');
	}, 120_000);
});
