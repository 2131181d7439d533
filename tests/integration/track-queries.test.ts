import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import * as schema from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import {
	getCommitment,
	getEntity,
	getOverview,
	getTradeSeries,
	listCommitments,
	listEntities
} from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const SEEDS = path.resolve('seeds');
const files = readdirSync(SEEDS).sort();
const AS_OF = '2027-01-01';

/** The read functions' query counts must not grow with the number of items (no N+1). */
describe(`query counts of the read functions (${backendName})`, () => {
	let t: TestDatabase | undefined;
	let db: Db;
	let close: () => Promise<void>;
	let queries = 0;
	const logger = { logQuery: () => void queries++ };

	beforeAll(async () => {
		if (process.env.TEST_DATABASE_URL) {
			t = await createTestDatabase();
			const client = postgres(t.url!, { max: 2, onnotice: () => {} });
			db = drizzlePostgres(client, { schema, logger }) as unknown as Db;
			close = () => client.end();
		} else {
			const client = new PGlite();
			db = drizzlePglite(client, { schema, logger }) as unknown as Db;
			await runMigrations({ db, backend: 'pglite', close: () => client.close() });
			close = () => client.close();
		}
	});
	afterAll(async () => {
		await close?.();
		await t?.destroy();
	});

	async function counts(): Promise<Record<string, number>> {
		const out: Record<string, number> = {};
		const measure = async (name: string, f: () => Promise<unknown>) => {
			queries = 0;
			await f();
			out[name] = queries;
		};
		const { items } = await listCommitments(db, { asOf: AS_OF, pageSize: 200 });
		const busiest = [...items].sort((a, b) => b.mentionCount - a.mentionCount)[0]!;
		await measure('listCommitments', () => listCommitments(db, { asOf: AS_OF, pageSize: 200 }));
		await measure('getCommitment', () => getCommitment(db, busiest.id, AS_OF));
		await measure('getEntity', () => getEntity(db, 'hanoi-vientiane-expressway', AS_OF));
		await measure('listEntities', () => listEntities(db, AS_OF));
		await measure('getTradeSeries', () => getTradeSeries(db, AS_OF));
		await measure('getOverview', () => getOverview(db, AS_OF));
		return out;
	}

	it('stay the same with two articles and with five', async () => {
		for (const f of files.slice(0, 2))
			await importArticle(db, f, readFileSync(path.join(SEEDS, f)));
		const few = await counts();
		const { total: fewItems } = await listCommitments(db, { asOf: AS_OF });
		for (const f of files.slice(2)) await importArticle(db, f, readFileSync(path.join(SEEDS, f)));
		const more = await counts();
		const { total } = await listCommitments(db, { asOf: AS_OF });
		// Many more items (restatements now link, so five articles give 23 items, not 26).
		expect(total).toBeGreaterThan(fewItems + 5);
		expect(more).toEqual(few);
		// The overview: cache check, counts, latest events, short-list items and their entities, trade series (3),
		// the official statistics beside it, the targets' pledge dates (the quotes that set them), last write.
		expect(Math.max(...Object.values(more))).toBeLessThanOrEqual(11);
	});
});
