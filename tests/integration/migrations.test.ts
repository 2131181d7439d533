import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { backendName, createTestDatabase } from '../helpers/db';

describe('migrations', () => {
	it(`create every table on ${backendName} and can run again without change`, async () => {
		const t = await createTestDatabase();
		try {
			await expect(runMigrations(t)).resolves.toBeUndefined();
			const rows = await t.db.execute(
				sql`select table_name from information_schema.tables where table_schema = current_schema() order by 1`
			);
			const names =
				(rows as unknown as { rows?: { table_name: string }[] }).rows ??
				(rows as unknown as { table_name: string }[]);
			expect(names.map((r) => r.table_name)).toEqual(
				expect.arrayContaining([
					'articles',
					'users',
					'sessions',
					'commitments',
					'mentions',
					'status_events',
					'trade_observations'
				])
			);
		} finally {
			await t.destroy();
		}
	});

	it('match the schema module: regenerating produces no new migration', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'camket-drizzle-'));
		try {
			cpSync('drizzle', dir, { recursive: true });
			const before = readdirSync(dir).length;
			execFileSync(
				'npx',
				[
					'drizzle-kit',
					'generate',
					'--dialect=postgresql',
					'--schema=src/lib/server/db/schema.ts',
					`--out=${dir}`
				],
				{
					stdio: 'pipe'
				}
			);
			expect(readdirSync(dir).length).toBe(before);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
