import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const BUILD_ENTRY = path.resolve('build/index.js');
const BUILD_INPUTS = ['src', 'static', 'drizzle', 'messages', 'project.inlang', 'package.json', 'svelte.config.js', 'vite.config.ts'];

function newestChange(p: string): number {
	const info = statSync(p);
	if (!info.isDirectory()) return info.mtimeMs;
	return readdirSync(p).reduce((max, name) => Math.max(max, newestChange(path.join(p, name))), info.mtimeMs);
}

/** Runs `vite build` unless the build is newer than every source it is made from. */
export function buildIfNeeded(): void {
	const builtAt = existsSync(BUILD_ENTRY) ? statSync(BUILD_ENTRY).mtimeMs : 0;
	const changedAt = Math.max(...BUILD_INPUTS.filter((p) => existsSync(p)).map(newestChange));
	if (builtAt > changedAt) return;
	console.log('Building the app (sources changed since the last build)…');
	const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (result.status !== 0) throw new Error('the build failed; see the output above');
}
