/**
 * Vitest global setup: bundles the CLI scripts once per test run, so that tests which spawn
 * them run `node <bundle>` (≈0.3 s) instead of `npx tsx <script>` (several seconds of npx and
 * on-the-fly TypeScript each time on a busy machine). The bundles are the real scripts: the same
 * sources, only compiled ahead; packages stay external and load from node_modules as they do
 * under tsx. See tests/helpers/cli.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import type { TestProject } from 'vitest/node';
import { CLI_ENTRIES } from './helpers/cli-entries';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The folder holding one bundle per entry of CLI_ENTRIES, same relative path, `.mjs`. */
		cliDir: string;
	}
}

/**
 * `import.meta.url` keeps naming the source file, not the bundle, so code that finds files
 * next to itself (the migrations folder, as a fallback) behaves as it does under tsx.
 */
const sourceUrls: Plugin = {
	name: 'source-import-meta-url',
	setup(b) {
		b.onLoad({ filter: /\.(ts|js)$/, namespace: 'file' }, (args) => {
			if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
			const text = readFileSync(args.path, 'utf8');
			if (!text.includes('import.meta.url')) return undefined;
			return {
				contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
				loader: args.path.endsWith('.ts') ? 'ts' : 'js'
			};
		});
	}
};

export default async function setup(project: TestProject): Promise<() => void> {
	// Inside the project so that the bundles' bare imports resolve from its node_modules.
	const cache = path.resolve('node_modules/.cache');
	mkdirSync(cache, { recursive: true });
	const dir = mkdtempSync(path.join(cache, 'camket-cli-'));
	await build({
		entryPoints: CLI_ENTRIES.map((entry) => ({
			in: entry,
			out: entry.replace(/\.ts$/, '')
		})),
		outdir: dir,
		outExtension: { '.js': '.mjs' },
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
		plugins: [sourceUrls]
	});
	project.provide('cliDir', dir);
	return () => rmSync(dir, { recursive: true, force: true });
}
