import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		sveltekit(),
		// The locale lives in a cookie (no /en/ URL prefix), falling back to Vietnamese.
		// Not under vitest: recompiling there would touch src/ and force every test run to rebuild.
		...(process.env.VITEST
			? []
			: [
					paraglideVitePlugin({
						project: './project.inlang',
						outdir: './src/lib/paraglide',
						strategy: ['cookie', 'baseLocale']
					})
				])
	],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		// Bundles the CLI scripts once, for the tests that spawn them (tests/helpers/cli.ts).
		globalSetup: ['tests/global-setup.ts'],
		// PGlite and the built server are slow to boot compared with a unit test.
		testTimeout: 60_000,
		hookTimeout: 180_000,
		expect: { requireAssertions: true }
	}
});
