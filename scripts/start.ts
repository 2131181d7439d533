/**
 * npm start: build when the sources are newer than the build, migrate, import seeds/, then
 * serve the build on PORT from a child process (scripts/serve.js) that this one supervises: if
 * the server dies (a driver fault, a crash the app could not survive), it is started again after
 * a short, growing pause, so the site comes back by itself. SIGTERM or Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { appDatabase, closeAppDatabase } from '../src/lib/server/db';
import { readEnv } from '../src/lib/server/env';
import { listArticleFiles } from '../src/lib/server/ingest/files';
import { importFile } from '../src/lib/server/pipeline/import';
import { backfillProvenance } from '../src/lib/server/pipeline/import';
import { describeOutcome } from '../src/lib/server/ingest/report';
import { BUNDLED_CSV, loadBundledOfficialFigures } from '../src/lib/server/track/trade-official';
import { refreshSearchDocuments } from '../src/lib/server/track/search';
import { buildIfNeeded } from './build';
import { ensureDemoEditor, firstAdminHint } from '../src/lib/server/auth/bootstrap';

/** The official trade series shipped in static/data; a year an editor imported is left as it is. */
async function loadOfficialTrade(): Promise<void> {
	const { db } = await appDatabase();
	const { written, removed } = await loadBundledOfficialFigures(db);
	console.log(
		`Official trade figures from ${BUNDLED_CSV}: ${written} year(s) written, ${removed} removed (0 and 0 when already loaded).`
	);
}

async function importSeeds(): Promise<void> {
	const { db } = await appDatabase();
	console.log('Importing seeds/ (already imported articles are skipped)…');
	for (const file of await listArticleFiles(['seeds'])) {
		console.log(`  ${describeOutcome(file, await importFile(db, file))}`);
	}
	const dated = await backfillProvenance(db);
	if (dated)
		console.log(
			`Provenance: read the outlet and URL of ${dated} articles stored before it was read.`
		);
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
		notes.push(
			`DEMO=1: demo editor ${email} with password ${password} (new on every start; log in at /login)`
		);
	}
	return notes;
}

/** First pause before a restart; it doubles up to MAX_RESTART_DELAY_MS and resets after a long healthy run. */
const FIRST_RESTART_DELAY_MS = 250;
const MAX_RESTART_DELAY_MS = 10_000;
const HEALTHY_RUN_MS = 30_000;

async function main(): Promise<void> {
	const env = readEnv();
	buildIfNeeded();
	await importSeeds();
	await loadOfficialTrade();
	const accountNotes = await prepareAccounts(env.DEMO);
	// PGlite allows one process per data folder (camket.lock): let the server open it afresh.
	await closeAppDatabase();
	// Without ORIGIN, scripts/serve.js answers as whichever loopback name the browser used
	// (localhost, 127.0.0.1, [::1]), so forms work from each and from nowhere else; behind a
	// proxy or under another name, set ORIGIN.
	const origin = process.env.ORIGIN || '';
	const childEnv: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(env.PORT),
		SHUTDOWN_TIMEOUT: process.env.SHUTDOWN_TIMEOUT || '10'
	};
	if (!origin) delete childEnv.ORIGIN;
	await supervise(childEnv, env.PORT);
	const where = env.DATABASE_URL
		? 'PostgreSQL (DATABASE_URL)'
		: `PGlite in ${path.resolve(env.DATA_DIR)}`;
	// One write, so whoever watches for the URL (a person, a test) also has the account notes.
	console.log(
		[
			`\nCamket is serving http://localhost:${env.PORT}/ on ${where}`,
			origin
				? `Forms accept posts from ${origin}.`
				: `Forms accept posts from http://localhost:${env.PORT} and http://127.0.0.1:${env.PORT} (set ORIGIN=https://your.host when serving under another name).`,
			...accountNotes
		].join('\n')
	);
}

/**
 * Starts the server child and keeps one running. Resolves once the first one answers; rejects
 * if the first one exits before it ever answered (a configuration error: restarting cannot help).
 */
function supervise(env: NodeJS.ProcessEnv, port: number): Promise<void> {
	let child: ChildProcess;
	let stopping = false;
	let delay = FIRST_RESTART_DELAY_MS;
	let servedOnce = false;
	return new Promise((resolve, reject) => {
		const launch = () => {
			const startedAt = Date.now();
			child = spawn(process.execPath, ['scripts/serve.js'], { env, stdio: 'inherit' });
			console.log(`server process ${child.pid} started`);
			child.once('exit', (code, signal) => {
				if (stopping) process.exit(code ?? 0);
				if (!servedOnce)
					return reject(
						new Error(`the server exited with ${code ?? signal} before it answered (see above)`)
					);
				if (Date.now() - startedAt > HEALTHY_RUN_MS) delay = FIRST_RESTART_DELAY_MS;
				console.error(
					`server process ${child.pid} exited with ${code ?? signal}; restarting in ${delay} ms`
				);
				setTimeout(launch, delay);
				delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
			});
			void waitUntilAnswering(
				port,
				() => child.exitCode !== null || child.signalCode !== null
			).then((up) => {
				if (up && !servedOnce) {
					servedOnce = true;
					resolve();
				}
			});
		};
		for (const signal of ['SIGTERM', 'SIGINT'] as const) {
			process.on(signal, () => {
				stopping = true;
				if (child.exitCode !== null || child.signalCode !== null) process.exit(0);
				child.kill(signal);
			});
		}
		launch();
	});
}

async function waitUntilAnswering(port: number, exited: () => boolean): Promise<boolean> {
	while (!exited()) {
		if (
			await fetch(`http://127.0.0.1:${port}/ping`).then(
				(r) => r.ok,
				() => false
			)
		)
			return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
}

main().catch((e: unknown) => {
	console.error(`Camket could not start: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
