import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// `npm run check` and ESLint's type-aware rules read this tsconfig (tests/ is in it
		// already). The CLI scripts import src/lib/server, so they are type-checked like it;
		// scripts/serve.js, plain JavaScript that node runs, through its JSDoc.
		typescript: {
			config(config) {
				config.include.push('../scripts/**/*.ts', '../scripts/**/*.js', '../drizzle.config.ts');
			}
		},
		// SvelteKit hashes its own inline scripts; nothing else may run. Hashes, not nonces,
		// because public pages are cached and replayed (src/lib/server/page-cache.ts), and a
		// replayed nonce would no longer be a number used once.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
