import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';

/**
 * The engine's whole answer on the five seeds, as `npm run extract -- --json` prints it, against the
 * copy in tests/fixtures/seeds-extract.json. A refactor must leave it byte for byte (#17). A change
 * meant to alter extraction rewrites the file (`npx vitest run tests/integration/seeds-extract-cli.test.ts -u`),
 * and its diff shows the reviewer every quote, title and field that moved.
 */
describe('npm run extract -- --json on the seeds', () => {
	it('prints exactly the recorded answer', async () => {
		const files = readdirSync('seeds')
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => `seeds/${f}`);
		const r = await runScript('scripts/extract.ts', ['--json', ...files], {});
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		await expect(r.stdout).toMatchFileSnapshot('../fixtures/seeds-extract.json');
	});
});
