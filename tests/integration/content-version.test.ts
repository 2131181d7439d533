import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentVersion, entities, entityAliases } from '../../src/lib/server/db/schema';
import { PAGE_CACHE_EXEMPT_TABLES } from '../../src/lib/server/page-cache';
import { createUser } from '../../src/lib/server/auth/user';
import { createSession, generateSessionToken } from '../../src/lib/server/auth/session';
import { ADDRESS_LIMIT, addressKey, countAttempt } from '../../src/lib/server/auth/rate-limit';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/**
 * The page cache keys on `content_version` (src/lib/server/page-cache.ts). A reader must never
 * get a page older than the last saved change, and the cache must not be emptied by writes no
 * page shows. Both follow from which tables move the version, and when.
 */
describe(`the page cache's content version (${backendName})`, () => {
	let t: TestDatabase;
	const version = async () =>
		(
			await t.db
				.select({ v: contentVersion.version })
				.from(contentVersion)
				.where(eq(contentVersion.id, 1))
		)[0]!.v;

	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('is moved by every table but the exempt ones, so a new table has to take a side', async () => {
		// PGlite's driver answers { rows }, postgres.js the rows themselves.
		const rows = async (q: ReturnType<typeof sql>) => {
			const result = (await t.db.execute(q)) as unknown as { rows?: { name: string }[] };
			return result.rows ?? (result as unknown as { name: string }[]);
		};
		const tables = (
			await rows(sql`select tablename as name from pg_tables where schemaname = current_schema()`)
		).map((r) => r.name);
		const triggered = (
			await rows(
				sql`select distinct event_object_table as name from information_schema.triggers
					where trigger_name = 'content_changed' and trigger_schema = current_schema()`
			)
		).map((r) => r.name);
		const exempt: string[] = [...PAGE_CACHE_EXEMPT_TABLES];
		expect(exempt.filter((name) => !tables.includes(name))).toEqual([]);
		expect(triggered.sort()).toEqual(tables.filter((name) => !exempt.includes(name)).sort());
		expect(triggered).toEqual(expect.arrayContaining(['commitments', 'mentions', 'articles']));
	});

	it('moves once per committed transaction, however many rows it wrote, and only at commit', async () => {
		const before = await version();
		const seenInside = await t.db.transaction(async (tx) => {
			const [e] = await tx
				.insert(entities)
				.values({ slug: 'test-port', kind: 'project', nameVi: 'Cảng thử nghiệm' })
				.returning();
			await tx.insert(entityAliases).values([
				{ entityId: e!.id, alias: 'Cảng thử nghiệm', aliasFolded: 'cang thu nghiem' },
				{ entityId: e!.id, alias: 'test port', aliasFolded: 'test port' }
			]);
			const [v] = await tx
				.select({ v: contentVersion.version })
				.from(contentVersion)
				.where(eq(contentVersion.id, 1));
			return v!.v;
		});
		expect(seenInside).toBe(before);
		expect(await version()).toBe(before + 1);
	});

	it('stays put for a rolled-back write, a session and a failed login', async () => {
		const user = await createUser(t.db, {
			email: 'reader-safe@example.org',
			password: 'river-Lantern-83-bridge',
			role: 'editor'
		});
		const before = await version();
		await expect(
			t.db.transaction(async (tx) => {
				await tx
					.insert(entities)
					.values({ slug: 'never-kept', kind: 'project', nameVi: 'Không giữ' });
				throw new Error('rolled back');
			})
		).rejects.toThrow('rolled back');
		await createSession(t.db, generateSessionToken(), user.id);
		await countAttempt(t.db, addressKey('203.0.113.9'), ADDRESS_LIMIT);
		expect(await version()).toBe(before);
	});
});
