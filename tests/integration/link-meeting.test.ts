import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentions } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { articleText } from './editor-fixtures';

// Our own reports of two yearly sessions of a joint committee. Each session restates the same
// policy line in the same words; an analyst counts each year's line as that year's pledge.
const session = (n: number, date: string, extra = '') =>
	articleText(`Kỳ họp lần thứ ${n} Ủy ban hỗn hợp hai nước`, date, [
		`Hai thủ tướng đồng chủ trì Kỳ họp lần thứ ${n} của Ủy ban hỗn hợp tại thủ đô.`,
		'Hai bên nhất trí tăng cường hợp tác đào tạo kỹ sư thủy lợi cho các tỉnh miền núi.' + extra
	]);

describe(`a policy line restated at the next numbered session (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const importOne = async (name: string, text: string) => {
		const r = await importArticle(t.db, name, new TextEncoder().encode(text));
		if (r.outcome !== 'added') throw new Error(`${name}: ${JSON.stringify(r)}`);
		return t.db.select().from(mentions).where(eq(mentions.articleId, r.article.id));
	};

	it('is a new item, and another report of the same session joins its own', async () => {
		const [first] = await importOne('s51.txt', session(51, '2024-02-03'));
		const [next] = await importOne('s52.txt', session(52, '2025-01-20'));
		const [again] = await importOne(
			's52-bis.txt',
			session(52, '2025-01-21', ' Các bộ sẽ lập kế hoạch chi tiết.')
		);
		expect(first!.linkReason).toMatchObject({ meeting: '51' });
		expect(next!.linkReason).toMatchObject({ rule: 'new', meeting: '52' });
		expect(next!.commitmentId).not.toBe(first!.commitmentId);
		expect(JSON.stringify(next!.linkReason)).toContain('another session');
		expect(again!.commitmentId).toBe(next!.commitmentId);
		expect(again!.linkReason).toMatchObject({ meeting: '52' });
	});
});
