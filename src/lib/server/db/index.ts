import { readEnv } from '../env';
import { openDatabase, type Database, type Db } from './client';
import { runMigrations } from './migrate';

export type { Db, Database } from './client';

let current: Promise<Database> | null = null;

/**
 * The app's database, opened and migrated once per process. Only connection handles live
 * here; every piece of state another instance would need is in the database itself.
 */
export function appDatabase(): Promise<Database> {
	current ??= (async () => {
		const env = readEnv();
		const database = openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
		await runMigrations(database);
		return database;
	})();
	current.catch(() => (current = null));
	return current;
}

export async function getDb(): Promise<Db> {
	return (await appDatabase()).db;
}

export async function closeAppDatabase(): Promise<void> {
	const open = current;
	current = null;
	if (open) await (await open).close();
}
