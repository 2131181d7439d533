import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import * as schema from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { keyTitleBetter } from '../../src/lib/server/track/link';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

// Our own sentences: a side clause states the pledge first, a later article states it plainly.
// (Not "the agreements of the two Politburos": the Party line is a key of its own, keys.ts.)
const SIDE = `date 2031-03-01 Việt Nam và Lào bàn cơ chế hợp tác mới
Việt Nam và Lào nhất trí tăng cường phối hợp chặt chẽ, cùng nhau triển khai các thỏa thuận cấp cao trong thời gian tới.
`;
const PLAIN = `date 2031-06-01 Lãnh đạo Việt Nam và Lào gặp nhau ở Viêng Chăn
Việt Nam và Lào sẽ triển khai hiệu quả các thỏa thuận cấp cao đã đạt được giữa lãnh đạo hai nước.
`;

describe('a title that opens with the action of the key it shares', () => {
	it('prefers the quote title that opens with the shared key’s action', () => {
		const keys = ['implement:agreements'];
		expect(
			keyTitleBetter(
				'Thiết lập, tổ chức các cơ chế mới đã được lãnh đạo cấp cao hai nước thống nhất triển khai',
				'Triển khai hiệu quả các Tuyên bố chung',
				keys
			)
		).toBe(true);
		expect(
			keyTitleBetter('Tăng cường triển khai các thỏa thuận', 'Thực hiện các thỏa thuận', keys)
		).toBe(false);
		expect(keyTitleBetter('Tăng cường phối hợp chặt chẽ', 'Phối hợp chặt chẽ hơn', keys)).toBe(
			false
		);
	});
});

describe(`an item joined by the key rule takes the plainer title (${backendName})`, () => {
	let t: TestDatabase | undefined;
	afterEach(async () => {
		await t?.destroy();
		t = undefined;
	});
	const add = async (db: TestDatabase, name: string, text: string) => {
		const r = await importArticle(db.db, name, new TextEncoder().encode(text));
		expect(r.outcome).toBe('added');
	};
	const items = (db: TestDatabase) =>
		db.db
			.select({ id: schema.commitments.id, title: schema.commitments.title })
			.from(schema.commitments);

	it('retitles while the item carries its first quote’s title', async () => {
		t = await createTestDatabase();
		await add(t, 'side.txt', SIDE);
		expect((await items(t)).map((i) => i.title)).toEqual(['Tăng cường phối hợp chặt chẽ']);
		await add(t, 'plain.txt', PLAIN);
		const after = await items(t);
		expect(after).toHaveLength(1);
		expect(after[0]!.title).toMatch(/^Triển khai hiệu quả các thỏa thuận cấp cao/);
	});

	it('never replaces a title an editor chose', async () => {
		t = await createTestDatabase();
		await add(t, 'side.txt', SIDE);
		const [item] = await items(t);
		await t.db
			.update(schema.commitments)
			.set({ title: 'Phối hợp thực hiện thỏa thuận cấp cao' })
			.where(eq(schema.commitments.id, item!.id));
		await add(t, 'plain.txt', PLAIN);
		expect((await items(t)).map((i) => i.title)).toEqual(['Phối hợp thực hiện thỏa thuận cấp cao']);
	});
});
