/**
 * npm start: build when the sources are newer than the build, migrate, import seeds/,
 * then serve the adapter-node build on PORT.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { appDatabase, closeAppDatabase } from '../src/lib/server/db';
import { readEnv } from '../src/lib/server/env';
import { importFile, listArticleFiles } from '../src/lib/server/ingest/files';
import { describeOutcome } from '../src/lib/server/ingest/report';

const BUILD_ENTRY = path.resolve('build/index.js');
const BUILD_INPUTS = ['src', 'static', 'drizzle', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newestChange(p: string): number {
	const info = statSync(p);
	if (!info.isDirectory()) return info.mtimeMs;
	return readdirSync(p).reduce((max, name) => Math.max(max, newestChange(path.join(p, name))), info.mtimeMs);
}

function buildIfNeeded(): void {
	const builtAt = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
	const changedAt = Math.max(...BUILD_INPUTS.filter((p) => existsSync(p)).map(newestChange));
	if (builtAt > changedAt) return;
	console.log('Building the app (sources changed since the last build)…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error('the build failed; see the output above');
}

async function importSeeds(): Promise<void> {
	const { db } = await appDatabase();
	console.log('Importing seeds/ (already imported articles are skipped)…');
	for (const file of await listArticleFiles(['seeds'])) {
		console.log(`  ${describeOutcome(file, await importFile(db, file))}`);
	}
}

async function main(): Promise<void> {
	const env = readEnv();
	buildIfNeeded();
	await importSeeds();
	// PGlite allows one process per data folder: let the server open it afresh.
	await closeAppDatabase();
	process.env.PORT = String(env.PORT);
	await import(pathToFileURL(BUILD_ENTRY).href);
	const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${path.resolve(env.DATA_DIR)}`;
	console.log(`\nCamket is serving http://localhost:${env.PORT}/ on ${where}`);
}

main().catch((e: unknown) => {
	console.error(`Camket could not start: ${e instanceof Error ? e.message : String(e)}`);
	process.exit(1);
});
