import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		include: ['tests/**/*.test.ts'],
		environment: 'node',
		globalSetup: ['tests/global-setup.ts'],
		// PGlite and the built server are slow to boot compared with a unit test.
		testTimeout: 60_000,
		hookTimeout: 180_000,
		expect: { requireAssertions: true }
	}
});
