import { readEnv, type Env } from '../env';
import { openDatabase, type Database, type Db } from './client';
import { runMigrations } from './migrate';

export type { Db, Database } from './client';

let current: Promise<Database> | null = null;
let batch: Promise<Database> | null = null;

/** Page reads and form writes: a statement that takes longer than this is stuck, not slow. */
export const PAGE_STATEMENT_TIMEOUT_MS = 5_000;
/** Imports and reprocessing run long statements on purpose. */
export const BATCH_STATEMENT_TIMEOUT_MS = 120_000;

/**
 * The app's database, opened and migrated once per process. Only connection handles live
 * here; every piece of state another instance would need is in the database itself.
 */
export function appDatabase(): Promise<Database> {
	current ??= openAndMigrate(readEnv());
	current.catch(() => (current = null));
	return current;
}

/**
 * The database for imports and other batch work. On PostgreSQL it is a pool of its own, with
 * a longer statement timeout, so a connection lost mid-import touches no page's connection and
 * a long import never waits behind (or starves) the readers. PGlite is one handle per process.
 */
export function batchDatabase(): Promise<Database> {
	batch ??= (async () => {
		const main = await appDatabase();
		const env = readEnv();
		if (main.backend === 'pglite' || !env.DATABASE_URL) return main;
		return openDatabase({
			url: env.DATABASE_URL,
			max: 2,
			statementTimeoutMs: BATCH_STATEMENT_TIMEOUT_MS
		});
	})();
	batch.catch(() => (batch = null));
	return batch;
}

async function openAndMigrate(env: Env): Promise<Database> {
	let database: Database | undefined;
	try {
		database = openDatabase({
			url: env.DATABASE_URL,
			dataDir: env.DATA_DIR,
			statementTimeoutMs: PAGE_STATEMENT_TIMEOUT_MS
		});
		await database.ready;
		await runMigrations(database);
		return database;
	} catch (e) {
		await database?.close().catch(() => {});
		throw new Error(describeOpenFailure(env, e), { cause: e });
	}
}

/** Names the variable to fix and never repeats a password from DATABASE_URL. */
export function describeOpenFailure(env: Env, e: unknown): string {
	const detail = rootCause(e);
	if (!env.DATABASE_URL) {
		// The lock and the folder checks already say what to do; the rest are file-system errors.
		const advice = FOLDER_CODES.has(codeOf(e))
			? ''
			: ' Check that the folder exists, is writable and has free space.';
		return `Cannot open the embedded database in DATA_DIR (${env.DATA_DIR}): ${detail}.${advice}`;
	}
	const url = new URL(env.DATABASE_URL);
	const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
	return `Cannot use the PostgreSQL database in DATABASE_URL (${where}): ${redact(detail, url)}.`;
}

const FOLDER_CODES = new Set(['EFOLDERLOCKED', 'ENOTDB', 'EDBDAMAGED']);

function codeOf(e: unknown): string {
	let inner = e;
	while (inner instanceof Error && inner.cause) inner = inner.cause;
	return String((inner as { code?: unknown })?.code ?? '');
}

/** Drizzle wraps driver errors ("Failed query: …"); the useful part is the innermost cause. */
function rootCause(e: unknown): string {
	let inner = e;
	while (inner instanceof Error && inner.cause) inner = inner.cause;
	const code = (inner as { code?: string })?.code;
	const message =
		inner instanceof Error
			? inner.message
			: typeof inner === 'object' && inner !== null
				? JSON.stringify(inner)
				: String(inner);
	return code && !message.includes(code) && !FOLDER_CODES.has(code)
		? `${code} ${message}`
		: message;
}

function redact(text: string, url: URL): string {
	return url.password ? text.split(decodeURIComponent(url.password)).join('***') : text;
}

export async function getDb(): Promise<Db> {
	return (await appDatabase()).db;
}

export async function closeAppDatabase(): Promise<void> {
	const [open, openBatch] = [current, batch];
	current = batch = null;
	const main = open ? await open.catch(() => null) : null;
	const other = openBatch ? await openBatch.catch(() => null) : null;
	if (other && other !== main) await other.close();
	await main?.close();
}
