import { readEnv, type Env } from '../env';
import { openDatabase, type Database, type Db } from './client';
import { runMigrations } from './migrate';

export type { Db, Database } from './client';

let current: Promise<Database> | null = null;

/**
 * The app's database, opened and migrated once per process. Only connection handles live
 * here; every piece of state another instance would need is in the database itself.
 */
export function appDatabase(): Promise<Database> {
	current ??= openAndMigrate(readEnv());
	current.catch(() => (current = null));
	return current;
}

async function openAndMigrate(env: Env): Promise<Database> {
	let database: Database | undefined;
	try {
		database = openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
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
	if (!env.DATABASE_URL) return `Cannot open the embedded database in DATA_DIR (${env.DATA_DIR}): ${detail}. Check that the folder exists, is writable and has free space.`;
	const url = new URL(env.DATABASE_URL);
	const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
	return `Cannot use the PostgreSQL database in DATABASE_URL (${where}): ${redact(detail, url)}.`;
}

/** Drizzle wraps driver errors ("Failed query: …"); the useful part is the innermost cause. */
function rootCause(e: unknown): string {
	let inner = e;
	while (inner instanceof Error && inner.cause) inner = inner.cause;
	const code = (inner as { code?: string })?.code;
	const message = inner instanceof Error ? inner.message : typeof inner === 'object' && inner !== null ? JSON.stringify(inner) : String(inner);
	return code && !message.includes(code) ? `${code} ${message}` : message;
}

function redact(text: string, url: URL): string {
	return url.password ? text.split(decodeURIComponent(url.password)).join('***') : text;
}

export async function getDb(): Promise<Db> {
	return (await appDatabase()).db;
}

export async function closeAppDatabase(): Promise<void> {
	const open = current;
	current = null;
	if (open) await (await open.catch(() => null))?.close();
}
