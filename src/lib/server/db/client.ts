import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Logger } from 'drizzle-orm/logger';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { prepareDataDir } from './data-dir';
import { lockFolder } from './folder-lock';
import { checkBeforeOpen, diagnoseOpenFailure } from './pglite-folder';
import * as schema from './schema';

/** Either backend, typed by what they share, so queries never care which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
	db: Db;
	backend: 'pglite' | 'postgres';
	/** Settles once the database has opened; rejects with what is wrong with it. */
	ready: Promise<void>;
	close(): Promise<void>;
}

export interface DatabaseConfig {
	/** A postgres:// URL selects postgres.js; otherwise PGlite. */
	url?: string;
	/** PGlite's folder; omitted, PGlite runs in memory (tests). */
	dataDir?: string;
	/** Pool size for postgres.js. */
	max?: number;
	/**
	 * PostgreSQL's statement_timeout for every statement on this pool, in ms: a stuck query
	 * ends with an error instead of holding a request (and a connection) without end.
	 */
	statementTimeoutMs?: number;
	/** Sees every statement drizzle sends (tests count an import's statements with it). */
	logger?: Logger;
}

/** A silent network must not hang the first query: postgres.js waits 30 s by default. */
const CONNECT_TIMEOUT_S = 5;
/** Idle connections are closed, so a pool does not hold sockets a dead network has already cut. */
const IDLE_TIMEOUT_S = 30;
/** A transaction left open (its client gone quiet) gives up its row locks after this. */
const IDLE_IN_TRANSACTION_MS = 60_000;

export function openDatabase(config: DatabaseConfig): Database {
	if (config.url)
		return openPostgres(config.url, config.max ?? 10, config.statementTimeoutMs, config.logger);
	return openPglite(config.dataDir, config.logger);
}

function openPostgres(
	url: string,
	max: number,
	statementTimeoutMs: number | undefined,
	logger: Logger | undefined
): Database {
	const client = postgres(url, {
		max,
		connect_timeout: CONNECT_TIMEOUT_S,
		idle_timeout: IDLE_TIMEOUT_S,
		connection: {
			idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
			...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {})
		},
		onnotice: () => {}
	});
	return {
		db: drizzlePostgres(client, { schema, logger }) as unknown as Db,
		backend: 'postgres',
		ready: Promise.resolve(),
		close: () => client.end({ timeout: 5 })
	};
}

function openPglite(dataDir: string | undefined, logger: Logger | undefined): Database {
	if (!dataDir) {
		const client = new PGlite();
		return {
			db: drizzlePglite(client, { schema, logger }) as unknown as Db,
			backend: 'pglite',
			ready: client.waitReady,
			close: () => client.close()
		};
	}
	prepareDataDir(dataDir);
	const lock = lockFolder(dataDir);
	try {
		const problem = checkBeforeOpen(dataDir);
		if (problem) throw Object.assign(new Error(problem), { code: 'ENOTDB' });
		const client = new PGlite(dataDir);
		const ready = client.waitReady.catch((e: unknown) => {
			lock.release();
			throw Object.assign(new Error(diagnoseOpenFailure(dataDir, e)), { code: 'EDBDAMAGED' });
		});
		ready.catch(() => {}); // a caller that never awaits `ready` meets the failure on its first query
		return {
			db: drizzlePglite(client, { schema, logger }) as unknown as Db,
			backend: 'pglite',
			ready,
			close: async () => {
				try {
					await client.close();
				} finally {
					lock.release();
				}
			}
		};
	} catch (e) {
		lock.release();
		throw e;
	}
}
