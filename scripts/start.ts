/**
 * npm start: build when the sources are newer than the build, migrate, import seeds/,
 * then serve the adapter-node build on PORT.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appDatabase, closeAppDatabase } from '../src/lib/server/db';
import { readEnv } from '../src/lib/server/env';
import { importFile, listArticleFiles } from '../src/lib/server/ingest/files';
import { describeOutcome } from '../src/lib/server/ingest/report';
import { BUNDLED_CSV, loadBundledOfficialFigures } from '../src/lib/server/track/trade-official';
import { refreshSearchDocuments } from '../src/lib/server/track/search';
import { BUILD_ENTRY, buildIfNeeded } from './build';
import { ensureDemoEditor, firstAdminHint } from '../src/lib/server/auth/bootstrap';

/** The official trade series shipped in static/data; a year an editor imported is left as it is. */
async function loadOfficialTrade(): Promise<void> {
	const { db } = await appDatabase();
	const { written, removed } = await loadBundledOfficialFigures(db);
	console.log(`Official trade figures from ${BUNDLED_CSV}: ${written} year(s) written, ${removed} removed (0 and 0 when already loaded).`);
}

async function importSeeds(): Promise<void> {
	const { db } = await appDatabase();
	console.log('Importing seeds/ (already imported articles are skipped)…');
	for (const file of await listArticleFiles(['seeds'])) {
		console.log(`  ${describeOutcome(file, await importFile(db, file))}`);
	}
	// Builds the search documents that imports, edits or a new SEARCH_VERSION left stale, so the first search does not.
	const rebuilt = await refreshSearchDocuments(db);
	if (rebuilt) console.log(`Search: rebuilt the documents of ${rebuilt} items.`);
}

/** Printed after the server line so it is the last thing an operator sees. */
async function prepareAccounts(demo: boolean): Promise<string[]> {
	const { db } = await appDatabase();
	const notes: string[] = [];
	const hint = await firstAdminHint(db);
	if (hint) notes.push(hint);
	if (demo) {
		const { email, password } = await ensureDemoEditor(db);
		notes.push(`DEMO=1: demo editor ${email} with password ${password} (new on every start; log in at /login)`);
	}
	return notes;
}

async function main(): Promise<void> {
	const env = readEnv();
	buildIfNeeded();
	await importSeeds();
	await loadOfficialTrade();
	const accountNotes = await prepareAccounts(env.DEMO);
	// PGlite allows one process per data folder: let the server open it afresh.
	await closeAppDatabase();
	process.env.PORT = String(env.PORT);
	// adapter-node assumes https without ORIGIN, so every form POST on plain http would fail
	// SvelteKit's CSRF origin check. Serve as what we announce; behind a proxy, set ORIGIN.
	process.env.ORIGIN ||= `http://localhost:${env.PORT}`;
	await import(pathToFileURL(BUILD_ENTRY).href);
	const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${path.resolve(env.DATA_DIR)}`;
	// One write, so whoever watches for the URL (a person, a test) also has the account notes.
	console.log(
		[
			`\nCamket is serving http://localhost:${env.PORT}/ on ${where}`,
			`Forms accept posts from ${process.env.ORIGIN} (set ORIGIN=https://your.host when serving under another name).`,
			...accountNotes
		].join('\n')
	);
}

main().catch((e: unknown) => {
	console.error(`Camket could not start: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
