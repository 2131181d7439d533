/**
 * One app instance's import worker and nothing else, for tests that kill an instance mid-job:
 * opens the database from DATABASE_URL / DATA_DIR like the server, prints a line per file.
 * It takes one file per line read on stdin, so the test decides how far it may get before the
 * kill: a worker left to run free could finish the whole job first on a slow or busy machine.
 */
import { createInterface } from 'node:readline';
import { appDatabase, closeAppDatabase } from '../../src/lib/server/db';
import { importNextFile } from '../../src/lib/server/editor/import-worker';

const go = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const { db } = await appDatabase();
while (!(await go.next()).done && (await importNextFile(db))) console.log('imported');
await closeAppDatabase();
