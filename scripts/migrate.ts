/**
 * npm run db:migrate
 * Applies the pending migrations in drizzle/ to the configured database (DATABASE_URL, else
 * PGlite in DATA_DIR) and stops. The server and the other scripts apply them too when they
 * open the database; this runs them on their own, e.g. before starting a new version.
 */
import { readEnv } from '../src/lib/server/env';
import { BATCH_STATEMENT_TIMEOUT_MS, describeOpenFailure } from '../src/lib/server/db';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';

async function main(): Promise<void> {
	const env = readEnv();
	let database: Database | undefined;
	try {
		// A migration may rewrite whole tables: the batch timeout, not the pages' one.
		database = openDatabase({
			url: env.DATABASE_URL,
			dataDir: env.DATA_DIR,
			statementTimeoutMs: BATCH_STATEMENT_TIMEOUT_MS
		});
		await database.ready;
		await runMigrations(database);
	} catch (e) {
		await database?.close().catch(() => {});
		throw new Error(describeOpenFailure(env, e), { cause: e });
	}
	await database.close();
	const where = env.DATABASE_URL ? 'DATABASE_URL' : `DATA_DIR (${env.DATA_DIR})`;
	console.log(`database in ${where} is at the latest migration`);
}

main().catch((e: unknown) => {
	console.error(`db:migrate failed: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
