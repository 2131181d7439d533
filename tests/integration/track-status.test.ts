import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentions, proposals, statusEvents } from '../../src/lib/server/db/schema';
import { listProposals } from '../../src/lib/server/queries/proposals';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getCommitment } from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { articleText } from './editor-fixtures';

// Our own articles about one named project: first pledged, then reported started; and a
// programme reported under way from the first day the tracker reads of it.
const PLEDGED = articleText('Thúc đẩy cao tốc Hà Nội - Vientiane', '2024-06-01', [
	'Đoàn công tác hai nước đã làm việc tại Hà Nội trong hai ngày.',
	'Hai Chính phủ nhất trí sớm khởi công tuyến cao tốc Hà Nội-Vientiane đoạn đầu tiên.'
]);
const STARTED = articleText('Cao tốc Hà Nội - Viêng Chăn', '2025-06-01', [
	'Phóng viên đã có mặt tại công trường vào sáng thứ Hai.',
	'Tuyến cao tốc Hà Nội - Viêng Chăn đoạn đầu tiên đã được khởi công vào tháng 5 và hai bên cam kết đẩy nhanh tiến độ.'
]);
const UNDER_WAY = articleText('Hợp tác giáo dục Việt Nam - Lào', '2024-09-01', [
	'Lễ tổng kết năm học được tổ chức tại Viêng Chăn.',
	'Hai nước đang tích cực thực hiện Đề án hợp tác giáo dục Việt Nam-Lào giai đoạn 2021-2030.'
]);

describe(`first status and status proposals from the evidence (${backendName})`, () => {
	let t: TestDatabase;
	const ids: number[] = [];
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const [i, text] of [PLEDGED, STARTED, UNDER_WAY].entries()) {
			const r = await importArticle(t.db, `status-${i}.txt`, new TextEncoder().encode(text));
			if (r.outcome !== 'added') throw new Error(JSON.stringify(r));
			ids.push(r.article.id);
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	/** The article's mention of the pledge this test is about (the engine may find other passages too). */
	const mentionIn = async (articleId: number) => {
		const rows = await t.db.select().from(mentions).where(eq(mentions.articleId, articleId));
		return rows.find((m) => /cao tốc|Đề án/.test(m.quote)) ?? rows[0]!;
	};

	it('a pledge to break ground soon is announced, with no in-progress proposal', async () => {
		const m = await mentionIn(ids[0]!);
		const item = (await getCommitment(t.db, m.commitmentId, '2024-12-31'))!;
		expect(item.item.status).toBe('announced');
		const asked = await t.db.select().from(proposals).where(eq(proposals.mentionId, m.id));
		expect(asked.filter((p) => p.kind === 'status')).toEqual([]);
	});

	it('a later article that says ground was broken proposes in progress, showing the whole sentence with "khởi công" marked', async () => {
		const m = await mentionIn(ids[1]!);
		const first = await mentionIn(ids[0]!);
		expect(m.commitmentId).toBe(first.commitmentId);
		const queue = (await listProposals(t.db, 'open', 200, 'status')).filter(
			(p) => p.mention?.id === m.id
		);
		expect(queue).toHaveLength(1);
		const p = queue[0]!;
		expect(p.payload).toMatchObject({
			fromStatus: 'announced',
			toStatus: 'in_progress',
			matched: 'khởi công',
			effectiveOn: '2025-06-01'
		});
		expect(p.sentence!.map((x) => x.text).join('')).toBe(
			'Tuyến cao tốc Hà Nội - Viêng Chăn đoạn đầu tiên đã được khởi công vào tháng 5 và hai bên cam kết đẩy nhanh tiến độ.'
		);
		expect(p.sentence!.filter((x) => x.marked).map((x) => x.text)).toEqual(['khởi công']);
		// The status itself waits for an editor.
		expect((await getCommitment(t.db, m.commitmentId, '2025-12-31'))!.item.status).toBe(
			'announced'
		);
	});

	it('a programme first read of as "đang tích cực thực hiện" starts in progress, on its article date, saying why', async () => {
		const m = await mentionIn(ids[2]!);
		const events = await t.db
			.select()
			.from(statusEvents)
			.where(eq(statusEvents.commitmentId, m.commitmentId));
		expect(events.map((e) => [e.fromStatus, e.toStatus, e.effectiveOn, e.userId])).toEqual([
			[null, 'in_progress', '2024-09-01', null]
		]);
		expect(events[0]!.reasonKey).toBe('first_found_underway');
		expect(JSON.stringify(events[0]!.reasonParams)).toContain('đang tích cực thực hiện');
		expect((await getCommitment(t.db, m.commitmentId, '2024-12-31'))!.item.status).toBe(
			'in_progress'
		);
	});
});
