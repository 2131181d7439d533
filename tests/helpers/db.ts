import { randomBytes } from 'node:crypto';
import type { Logger } from 'drizzle-orm/logger';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';

export interface TestDatabase extends Database {
	/** The postgres:// URL of this test's own database (undefined on PGlite). */
	url?: string;
	/** Drops everything this test created. */
	destroy(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: PGlite in memory, or — when
 * TEST_DATABASE_URL is set — a new database on that PostgreSQL server, dropped afterwards.
 * (A schema per test is not enough: drizzle-kit's SQL names "public" in foreign keys.)
 */
export async function createTestDatabase(options: { logger?: Logger } = {}): Promise<TestDatabase> {
	const serverUrl = process.env.TEST_DATABASE_URL;
	if (!serverUrl) {
		const database = openDatabase({ logger: options.logger });
		await runMigrations(database);
		return { ...database, destroy: () => database.close() };
	}
	const name = `camket_test_${randomBytes(6).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	const database = openDatabase({ url: url.toString(), max: 5, logger: options.logger });
	await runMigrations(database);
	return {
		...database,
		url: url.toString(),
		destroy: async () => {
			await database.close();
			await admin.unsafe(`drop database "${name}" with (force)`);
			await admin.end();
		}
	};
}

export const backendName = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';
