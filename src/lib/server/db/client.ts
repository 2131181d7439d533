import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { prepareDataDir } from './data-dir';
import * as schema from './schema';

/** Either backend, typed by what they share, so queries never care which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	backend: 'pglite' | 'postgres';
	close(): Promise<void>;
}

export interface DatabaseConfig {
	/** A postgres:// URL selects postgres.js; otherwise PGlite. */
	url?: string;
	/** PGlite's folder; omitted, PGlite runs in memory (tests). */
	dataDir?: string;
	/** Pool size for postgres.js. */
	max?: number;
}

export function openDatabase(config: DatabaseConfig): Database {
	if (config.url) return openPostgres(config.url, config.max ?? 10);
	return openPglite(config.dataDir);
}

function openPostgres(url: string, max: number): Database {
	const client = postgres(url, {
		max,
		onnotice: () => {}
	});
	return {
		db: drizzlePostgres(client, { schema }) as unknown as Db,
		backend: 'postgres',
		close: () => client.end({ timeout: 5 })
	};
}

function openPglite(dataDir: string | undefined): Database {
	if (dataDir) prepareDataDir(dataDir);
	const client = dataDir ? new PGlite(dataDir) : new PGlite();
	return {
		db: drizzlePglite(client, { schema }) as unknown as Db,
		backend: 'pglite',
		close: () => client.close()
	};
}
