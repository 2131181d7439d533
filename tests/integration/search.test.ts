import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/lib/server/db/client';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { commitments, mentions } from '../../src/lib/server/db/schema';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { findItems, getItemSnapshot } from '../../src/lib/server/queries/editor-items';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { listCommitments } from '../../src/lib/server/queries';
import { refreshSearchDocuments, SEARCH_VERSION } from '../../src/lib/server/track/search';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { makeEditor } from './editor-fixtures';

const SEEDS = path.resolve('seeds');
const AS_OF = '2027-01-01';

async function importSeeds(db: Database['db']) {
	for (const name of readdirSync(SEEDS).sort())
		await importArticle(db, name, readFileSync(path.join(SEEDS, name)));
}

async function search(db: Database['db'], q: string) {
	return listCommitments(db, { asOf: AS_OF, q, pageSize: 200 });
}

async function targetOf(db: Database['db'], value: string) {
	const rows = await db
		.select()
		.from(commitments)
		.where(
			sql`${commitments.targetValue} = ${value} and ${commitments.unit} = 'USD' and ${commitments.mergedIntoId} is null`
		);
	expect(rows, `one item with a ${value} USD target`).toHaveLength(1);
	return rows[0]!;
}

describe(`search on the seeds (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		await importSeeds(t.db);
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('finds the 5 bn target however the amount is written, and not the 10 bn one', async () => {
		const five = await targetOf(t.db, '5000000000');
		const ten = await targetOf(t.db, '10000000000');
		for (const q of ['5 tỷ USD', '5 tỉ', '5 billion', 'US$5bn', '5.000.000.000', '5 ti usd']) {
			const ids = (await search(t.db, q)).items.map((i) => i.id);
			expect(ids, q).toContain(five.id);
			expect(ids, q).not.toContain(ten.id);
		}
		for (const q of ['10 tỷ USD', '10 tỉ USD', 'US$10 billion']) {
			const ids = (await search(t.db, q)).items.map((i) => i.id);
			expect(ids, q).toContain(ten.id);
			expect(ids, q).not.toContain(five.id);
		}
	});

	it('searches the quotes, and shows the quote that matched', async () => {
		// A word that is in some item's evidence but in no item's title.
		const [m] = await t.db
			.select({
				commitmentId: mentions.commitmentId,
				quote: mentions.quote,
				title: commitments.title
			})
			.from(mentions)
			.innerJoin(commitments, eq(commitments.id, mentions.commitmentId))
			.where(
				sql`${mentions.quote} ilike '%tích cực%' and ${commitments.title} not ilike '%tích cực%' and ${commitments.mergedIntoId} is null`
			)
			.limit(1);
		expect(m, 'a seed quote with "tích cực" under an item titled otherwise').toBeDefined();
		const result = await search(t.db, 'tich cuc');
		expect(result.items.map((i) => i.id)).toContain(m!.commitmentId);
		expect(result.matches?.[m!.commitmentId]?.quote).toMatch(/tích cực/i);
		// Without diacritics or with them, the same items.
		expect((await search(t.db, 'tích cực')).items.map((i) => i.id)).toEqual(
			result.items.map((i) => i.id)
		);
	});

	it('searches English titles and entity names, and half-typed words', async () => {
		const expressway = (await search(t.db, 'expressway')).items.map((i) => i.title);
		expect(expressway.some((title) => /cao tốc/i.test(title))).toBe(true);
		const half = (await search(t.db, 'vienti')).items.map((i) => i.id);
		const whole = (await search(t.db, 'vientiane')).items.map((i) => i.id);
		expect(whole.length).toBeGreaterThan(0);
		expect(half).toEqual(expect.arrayContaining(whole));
	});

	it("finds an item by the programme that joined it by its purpose, by the programme's name in both languages", async () => {
		// 26 Jan 2026 pledges better education cooperation in its own words; 10 Jan 2025 names the scheme
		// 2021–2030 it restates (rule "purpose"): the item, titled in the first words, names the scheme.
		const [m] = await t.db
			.select({ id: mentions.commitmentId })
			.from(mentions)
			.where(sql`${mentions.quote} like '%Đề án hợp tác giáo dục%'`);
		const [item] = await t.db.select().from(commitments).where(eq(commitments.id, m!.id));
		expect(item!.title).not.toMatch(/Đề án/);
		for (const q of [
			'education and human resources cooperation scheme 2021-2030',
			'Đề án nâng cao chất lượng hợp tác giáo dục 2021–2030',
			'de an giao duc phat trien nguon nhan luc'
		]) {
			expect(
				(await search(t.db, q)).items.map((i) => i.id),
				q
			).toContain(item!.id);
		}
		// The editors' finder (merging a near miss, /editor/items) finds it the same way, and amounts too.
		for (const q of ['Đề án hợp tác giáo dục', 'cooperation scheme 2021–2030'])
			expect(
				(await findItems(t.db, q)).map((i) => i.id),
				q
			).toContain(item!.id);
		const five = await targetOf(t.db, '5000000000');
		for (const q of ['5 tỷ USD', 'US$5bn'])
			expect(
				(await findItems(t.db, q)).map((i) => i.id),
				q
			).toContain(five.id);
	});

	it('needs every word: a word no seed holds finds nothing, alone or beside a common one', async () => {
		expect((await search(t.db, 'zyxwv')).total).toBe(0);
		expect((await search(t.db, 'hợp tác zyxwv')).total).toBe(0);
		expect((await search(t.db, '!!!')).total).toBe(0);
	});

	it('keeps documents current after an editor renames an item, and rebuilds them after a version bump', async () => {
		const editor = await makeEditor(t.db, 'search-editor@example.org');
		const five = await targetOf(t.db, '5000000000');
		const snap = (await getItemSnapshot(t.db, five.id))!;
		const written = await updateItemFields(t.db, editor, {
			id: five.id,
			expectedVersion: snap.version,
			fields: { ...snap, title: `${snap.title} Quillfeather` },
			publicNote: null
		});
		expect(written.ok).toBe(true);
		const found = await search(t.db, 'quillfeather 5 tỷ');
		expect(found.items.map((i) => i.id)).toEqual([five.id]);
		// A folding change bumps SEARCH_VERSION; every document built before it is rebuilt.
		await t.db
			.update(commitments)
			.set({ searchVersion: SEARCH_VERSION - 1, searchText: '' })
			.where(sql`true`);
		expect((await refreshSearchDocuments(t.db)) > 10).toBe(true);
		expect((await search(t.db, '5 tỉ')).items.map((i) => i.id)).toContain(five.id);
	});
});

/** The same searches on PGlite and on PostgreSQL give the same items in the same order. */
describe.skipIf(!process.env.TEST_DATABASE_URL)(
	'search gives the same results on both backends',
	() => {
		let pg: TestDatabase;
		let lite: Database;
		beforeAll(async () => {
			pg = await createTestDatabase();
			lite = openDatabase({});
			await runMigrations(lite);
			await importSeeds(pg.db);
			await importSeeds(lite.db);
		});
		afterAll(async () => {
			await pg?.destroy();
			await lite?.close();
		});

		it('for numbers, words, quotes and titles', async () => {
			const titles = async (db: Database['db'], q: string) =>
				(await search(db, q)).items.map((i) => [i.title, i.sourceCount]);
			for (const q of [
				'5 tỷ USD',
				'5 tỉ',
				'US$5bn',
				'5.000.000.000',
				'10 tỉ USD',
				'tích cực',
				'vung ang',
				'expressway',
				'thong tin',
				'hợp tác giáo dục',
				'human resources cooperation scheme',
				'2025'
			]) {
				const a = await titles(pg.db, q);
				expect(a.length, q).toBeGreaterThan(0);
				expect(await titles(lite.db, q), q).toEqual(a);
			}
		});
	}
);
