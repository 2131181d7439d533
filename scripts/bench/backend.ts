/** The databases the bench runs against: a fresh PGlite folder, or a fresh database on the server. */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import type { BackendName } from './report';

export interface Backend {
	name: BackendName;
	label: string;
	env: Record<string, string>;
	open(): Database;
	/** PostgreSQL only: a connection of the bench's own to the bench database. */
	sql: postgres.Sql | null;
	drop(): Promise<void>;
}

export function selectedBackends(serverUrl: string): BackendName[] {
	const wanted = (process.env.BENCH_BACKENDS ?? (serverUrl ? 'pglite,postgres' : 'pglite'))
		.split(',')
		.map((s) => s.trim());
	const unknown = wanted.filter((w) => w !== 'pglite' && w !== 'postgres');
	if (unknown.length)
		throw new Error(`BENCH_BACKENDS: unknown backend ${unknown.join(', ')} (pglite, postgres)`);
	if (wanted.includes('postgres') && !serverUrl)
		throw new Error('BENCH_BACKENDS names postgres but DATABASE_URL is not set');
	return wanted as BackendName[];
}

/** A fresh, empty database of the backend; `drop` removes it. */
export async function createBackend(name: BackendName, serverUrl: string): Promise<Backend> {
	if (name === 'pglite') {
		const dir = mkdtempSync(path.join(tmpdir(), 'camket-bench-'));
		const dataDir = path.join(dir, 'data');
		return {
			name,
			label: 'PGlite (embedded, in the server process)',
			env: { DATA_DIR: dataDir, DATABASE_URL: '' },
			open: () => openDatabase({ dataDir }),
			sql: null,
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const dbName = `camket_bench_${randomBytes(4).toString('hex')}`;
	const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${dbName}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${dbName}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	return {
		name,
		label: 'PostgreSQL',
		env: { DATABASE_URL: url.toString() },
		open: () => openDatabase({ url: url.toString() }),
		sql,
		drop: async () => {
			await sql.end();
			await admin.unsafe(`drop database "${dbName}" with (force)`);
			await admin.end();
		}
	};
}
