import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/**
 * Issue #18: the statements an import sends must not grow with the tracker. The same two articles
 * are imported into a database of 100 items and one of 10,000; the second import must send exactly
 * as many statements into both. The bulk items sit in the articles' sectors with no entity and no
 * target (the items a sector scan used to read), and one in ten names a project the second article
 * names, so the entity rule finds ten times as many candidates in one database as in the other: a
 * statement per item or per candidate shows up as a difference. None of them can win a different
 * link: they share the project alone, and the first of them is the same item in both.
 */
const SECTORS = ['politics_diplomacy', 'trade', 'investment', 'infrastructure', 'education'];
const PROJECT = 'east-west-economic-corridor';

/** `items` items, each quoted once by one bulk article, written in a few set-based statements. */
async function fill(db: Db, items: number): Promise<void> {
	await db.execute(sql`
		insert into entities (slug, kind, name_vi) values (${PROJECT}, 'project', 'Hành lang kinh tế Đông - Tây')
		on conflict do nothing`);
	await db.execute(sql`
		insert into articles (source, title, published_on, date_source, language, raw_text, clean_text, blocks, content_hash)
		values ('bulk.txt', 'Bulk', '2019-05-01', 'header', 'vi', ${'Bản tin số liệu mẫu.'.repeat(10)}, '', '[]'::jsonb, 'bulk-article')`);
	await db.execute(sql`
		insert into commitments (title, search_text, sector, kind)
		select 'Mục zeta ' || g || ' omega ' || (g % 37), '', (${`{${SECTORS.join(',')}}`}::text[])[1 + g % ${SECTORS.length}], 'policy'
		from generate_series(1, ${items}) g`);
	await db.execute(sql`
		insert into commitment_entities (commitment_id, entity_id)
		select c.id, e.id from commitments c, entities e where e.slug = ${PROJECT} and c.id % 10 = 1`);
	await db.execute(sql`
		insert into mentions (commitment_id, article_id, quote, start, "end", novelty, confidence, cues, extracted, link_reason)
		select c.id, a.id, 'Bản tin số liệu mẫu.', 0, 20, 'new', 0.6, '{}', '{}'::jsonb, '{"rule":"bulk"}'::jsonb
		from commitments c, articles a where a.source = 'bulk.txt'`);
	await db.execute(sql`analyze`);
}

describe(`statements per imported article (${backendName})`, () => {
	const counted: Record<number, number> = {};
	const dbs: TestDatabase[] = [];

	async function countSecondImport(items: number): Promise<number> {
		let counting = false;
		let n = 0;
		const t = await createTestDatabase({
			logger: {
				logQuery: () => {
					if (counting) n++;
				}
			}
		});
		dbs.push(t);
		await fill(t.db, items);
		// The first import also computes the bulk items' link terms: not what is measured.
		const first = await importArticle(
			t.db,
			'000_7c9ae11c30761e7f.txt',
			readFileSync('seeds/000_7c9ae11c30761e7f.txt')
		);
		expect(first.outcome).toBe('added');
		counting = true;
		const second = await importArticle(
			t.db,
			'001_73471ccb4a1099fa.txt',
			readFileSync('seeds/001_73471ccb4a1099fa.txt')
		);
		counting = false;
		expect(second.outcome).toBe('added');
		return n;
	}

	beforeAll(async () => {
		counted[100] = await countSecondImport(100);
		counted[10_000] = await countSecondImport(10_000);
	}, 180_000);
	afterAll(async () => {
		for (const t of dbs) await t.destroy();
	});

	it('sends as many statements into 10,000 items as into 100', () => {
		expect(counted[100]).toBeGreaterThan(20);
		expect(counted[10_000]).toBe(counted[100]);
	});

	it('links the article to the same items in both', async () => {
		const [small, large] = await Promise.all(
			dbs.map(async (t) => {
				const r = await t.db.execute<{ bulk: number | null; rule: string }>(sql`
					select case when c.title like 'Mục zeta %' then c.id end as bulk, m.link_reason->>'rule' as rule
					from mentions m join articles a on a.id = m.article_id join commitments c on c.id = m.commitment_id
					where a.source = '001_73471ccb4a1099fa.txt' order by m.start, m.id`);
				return (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows).map((x) =>
					JSON.stringify(x)
				);
			})
		);
		expect(large).toEqual(small);
		expect(small!.some((x) => x.includes('"entity"'))).toBe(true);
	});
});
