/**
 * The "done when" for feeds: an admin adds feeds through the admin page, two app
 * instances on one PostgreSQL poll them (each looks every second here), and every item is
 * imported exactly once. Links go to the test's own news site; nothing leaves the machine.
 * On PGlite one instance owns the database, so the file runs on PostgreSQL only.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles, feedItems, importJobFiles } from '../../src/lib/server/db/schema';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startBuiltServer, type RunningServer } from '../helpers/server';
import { startNewsServer, type NewsServer } from '../helpers/news-server';
import { makeEditor } from '../integration/editor-fixtures';
import { getPage, logIn, postForm } from './editor-server';

describe.skipIf(!process.env.TEST_DATABASE_URL)(
	'feeds polled by two app instances on one PostgreSQL',
	() => {
		let t: TestDatabase;
		let site: NewsServer;
		const servers: RunningServer[] = [];

		beforeAll(async () => {
			t = await createTestDatabase();
			site = await startNewsServer();
			await makeEditor(t.db, 'feeds-admin@example.org', 'admin');
			const env = { DATABASE_URL: t.url!, ALLOW_PRIVATE_FETCH: '1', FEED_POLL_SECONDS: '1' };
			servers.push(...(await Promise.all([startBuiltServer(env), startBuiltServer(env)])));
		});
		afterAll(async () => {
			for (const s of servers) await s.stop();
			await site?.close();
			await t?.destroy();
		});

		it('imports every item of the feeds an admin added exactly once, and the feeds page says so', async () => {
			const [a, b] = servers.map((s) => ({
				base: s.url,
				email: 'feeds-admin@example.org',
				password: 'river-Lantern-83-bridge'
			}));
			const cookieA = await logIn(a!);
			const cookieB = await logIn(b!);
			const add = async (s: { base: string }, cookie: string, fields: Record<string, string>) => {
				const res = await postForm(s.base, '/admin/feeds?/add', fields, { cookie });
				expect(res.status, await res.clone().text()).toBe(303);
			};
			await add(a!, cookieA, {
				name: 'Đồng Hành',
				url: `${site.origin}/rss.xml`,
				keywords: 'Lào, Laos',
				intervalMinutes: '5'
			});
			await add(b!, cookieB, {
				name: 'Lan Xang',
				url: `${site.origin}/atom.xml`,
				keywords: 'Laos',
				intervalMinutes: '5'
			});
			// Both instances are asked to poll at once, again and again while the items are imported.
			for (let i = 0; i < 3; i++) {
				await Promise.all(
					[1, 2].flatMap((id) => [
						postForm(a!.base, '/admin/feeds?/poll', { id: String(id) }, { cookie: cookieA }),
						postForm(b!.base, '/admin/feeds?/poll', { id: String(id) }, { cookie: cookieB })
					])
				);
			}

			// Bounded wait for the pollers and the import workers (no timing is asserted).
			let settled = false;
			for (let i = 0; i < 300 && !settled; i++) {
				const [added] = await t.db.select({ n: count() }).from(articles);
				const [pending] = await t.db
					.select({ n: count() })
					.from(importJobFiles)
					.where(eq(importJobFiles.outcome, 'pending'));
				settled = Number(added!.n) >= 3 && Number(pending!.n) === 0;
				if (!settled) await new Promise((r) => setTimeout(r, 200));
			}
			expect(settled).toBe(true);
			const stored = await t.db.select({ url: articles.url }).from(articles);
			expect(stored.map((s) => s.url).sort()).toEqual([
				`${site.origin}/business/rail-freight-2030`,
				`${site.origin}/khong-the.html`,
				'https://donghanh.example/thoi-su/viet-lao-cao-toc-2028-a1234.html'
			]);
			expect((await t.db.select().from(feedItems)).length).toBe(3);
			expect(await t.db.select({ outcome: importJobFiles.outcome }).from(importJobFiles)).toEqual([
				{ outcome: 'added' },
				{ outcome: 'added' },
				{ outcome: 'added' }
			]);
			// Each page was fetched once, by one instance.
			for (const page of ['/dong-hanh.html', '/khong-the.html', '/lan-xang/story'])
				expect(site.hits.get(page), page).toBe(1);

			const feedsPage = await getPage(b!, '/admin/feeds', cookieB);
			expect(feedsPage.status).toBe(200);
			const row = (name: string) =>
				new RegExp(`<strong>${name}</strong>[\\s\\S]*?</tr>`).exec(feedsPage.body)?.[0] ?? '';
			expect(row('Đồng Hành')).toMatch(/<td>2<\/td>\s*<td>2<\/td>/);
			expect(row('Lan Xang')).toMatch(/<td>1<\/td>\s*<td>1<\/td>/);
			for (const s of servers) expect(s.exited()).toBe(false);
		});
	}
);
