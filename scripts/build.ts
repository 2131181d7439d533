import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from 'node:fs';
import path from 'node:path';

export const BUILD_ENTRY = path.resolve('build/index.js');
const BUILD_INPUTS = [
	'src',
	'static',
	'drizzle',
	'messages',
	'project.inlang',
	'package.json',
	'svelte.config.js',
	'vite.config.ts'
];
const LOCK = path.resolve('.build.lock');
const STALE_LOCK_MS = 5 * 60_000;

function newestChange(p: string): number {
	const info = statSync(p);
	if (!info.isDirectory()) return info.mtimeMs;
	return readdirSync(p).reduce(
		(max, name) => Math.max(max, newestChange(path.join(p, name))),
		info.mtimeMs
	);
}

function isStale(): boolean {
	const builtAt = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
	const changedAt = Math.max(...BUILD_INPUTS.filter((p) => existsSync(p)).map(newestChange));
	return builtAt <= changedAt;
}

/** mkdir is atomic: whoever creates the folder builds; everyone else waits for it to go. */
function acquireLock(): void {
	for (;;) {
		try {
			mkdirSync(LOCK);
			return;
		} catch {
			if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > STALE_LOCK_MS)
				rmSync(LOCK, { recursive: true, force: true });
			spawnSync('sleep', ['0.5']);
		}
	}
}

/**
 * Runs `vite build` unless the build is newer than every source it is made from. Processes
 * that start servers at the same time (parallel test files, two terminals) build only once.
 */
export function buildIfNeeded(): void {
	if (!isStale()) return;
	acquireLock();
	try {
		if (!isStale()) return;
		console.log('Building the app (sources changed since the last build)…');
		const startedAt = new Date();
		// The same build whoever asks for it: a build started from a test would inherit VITEST,
		// under which vite.config.ts leaves Paraglide out (stale messages), and NODE_ENV=test,
		// which makes Vite build for development.
		const result = spawnSync('npx', ['vite', 'build'], {
			stdio: 'inherit',
			env: { ...process.env, VITEST: undefined, NODE_ENV: undefined }
		});
		if (result.status !== 0) throw new Error('the build failed; see the output above');
		// Dated when it started, not when it ended: a source saved while vite was building is then
		// newer than the build, and the next start builds again instead of serving the old code.
		utimesSync(BUILD_ENTRY, startedAt, startedAt);
	} finally {
		rmSync(LOCK, { recursive: true, force: true });
	}
}
