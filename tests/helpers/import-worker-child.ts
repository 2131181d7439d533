/**
 * One app instance's import worker and nothing else, for tests that kill an instance mid-job:
 * opens the database from DATABASE_URL / DATA_DIR like the server, prints a line per file.
 */
import { appDatabase, closeAppDatabase } from '../../src/lib/server/db';
import { importNextFile } from '../../src/lib/server/editor/import-worker';

const { db } = await appDatabase();
while (await importNextFile(db)) console.log('imported');
await closeAppDatabase();
