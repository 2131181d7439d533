import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { evalLink } from '../../scripts/lib/link-eval';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

// Linking on real journalism, scored against the annotators' same-pledge labels (npm run
// eval:link). Floors with some room below the figures of 3 Dec 2026, 17:40 (tune: 42 of 46 pairs
// linked, precision 95 %; train: 68 of 97, precision 91 %), so that a change that merges apart pledges or
// stops linking restatements fails here, while a small shift from the extraction engine does not.
const GOLD = path.resolve('tests/fixtures/real');
const CORPUS = path.resolve('../shared/corpus');
const FLOORS = {
	tune: { recall: 0.82, precision: 0.88 },
	train: { recall: 0.64, precision: 0.85 }
} as const;

describe.skipIf(!existsSync(CORPUS))(`linking on real text (${backendName})`, () => {
	let t: TestDatabase | undefined;
	afterEach(async () => {
		await t?.destroy();
		t = undefined;
	});

	for (const set of ['tune', 'train'] as const)
		it(`keeps ${set}'s pair recall and precision above their floors`, async () => {
			t = await createTestDatabase();
			const r = await evalLink(t.db, set, GOLD, CORPUS);
			const recall = r.tp / (r.tp + r.fn);
			const precision = r.tp / (r.tp + r.fp);
			expect(r.tp + r.fn, 'same-pledge pairs annotated').toBeGreaterThan(40);
			expect(recall, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[set].recall);
			expect(precision, r.misses.join('\n')).toBeGreaterThanOrEqual(FLOORS[set].precision);
		}, 300_000);
});
