import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './client';

/**
 * The SQL files in `drizzle/`. Looked up from the working directory first (the built server
 * and the scripts run from the project root), then relative to this source file.
 */
export function migrationsFolder(): string {
	const fromCwd = path.resolve('drizzle');
	if (existsSync(path.join(fromCwd, 'meta', '_journal.json'))) return fromCwd;
	return fileURLToPath(new URL('../../../../drizzle', import.meta.url));
}

/** Applies pending migrations; `migrationsSchema` keeps a test's bookkeeping inside its own schema. */
export async function runMigrations(
	database: Omit<Database, 'ready'>,
	migrationsSchema = 'drizzle'
): Promise<void> {
	const config = { migrationsFolder: migrationsFolder(), migrationsSchema };
	if (database.backend === 'pglite') {
		await migratePglite(database.db as unknown as PgliteDatabase, config);
	} else {
		await migratePostgres(database.db as unknown as PostgresJsDatabase, config);
	}
}
