import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments, mentions, proposals } from '../../src/lib/server/db/schema';
import type { Actor } from '../../src/lib/server/editor/actor';
import { acceptProposal, rejectProposal } from '../../src/lib/server/editor/proposals';
import { listProposals } from '../../src/lib/server/queries/proposals';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { articleText, makeEditor } from './editor-fixtures';
import { inLocale } from '../helpers/locale';
import { linkWhy } from '../../src/lib/i18n/system-text';

// Our own articles: the same nursing-training pledge a year apart, worded a little differently,
// with no target and no named project, so only the resemblance of the titles links them.
const FIRST = articleText('Hai tỉnh biên giới bàn hợp tác y tế', '2024-05-06', [
	'Lãnh đạo hai tỉnh biên giới đã gặp nhau tại thành phố Vinh để rà soát kết quả hợp tác trong năm qua.',
	'Hai bên nhất trí tăng cường hợp tác đào tạo điều dưỡng cho các bệnh viện tuyến huyện của tỉnh bạn.'
]);
const SECOND = articleText('Tiếp tục hợp tác y tế giữa hai tỉnh', '2025-03-14', [
	'Đoàn công tác của Sở Y tế đã thăm một số bệnh viện của tỉnh bạn trong tuần này.',
	'Hai bên cam kết tiếp tục tăng cường hợp tác đào tạo điều dưỡng cho các bệnh viện tuyến huyện.'
]);
const THIRD = articleText('Sở Y tế tổng kết công tác năm', '2025-09-02', [
	'Tại hội nghị tổng kết, giám đốc Sở Y tế điểm lại các chương trình đã làm cùng tỉnh bạn.',
	'Hai bên thống nhất tăng cường hợp tác đào tạo điều dưỡng cho các bệnh viện tuyến huyện của hai tỉnh.'
]);
// A pledge tied to its item by a named project is not asked about.
const EXPRESSWAY = [
	articleText('Khởi động dự án cao tốc', '2024-06-01', [
		'Hai Chính phủ nhất trí sớm khởi công tuyến cao tốc Hà Nội-Vientiane đoạn đầu tiên.'
	]),
	articleText('Cao tốc Hà Nội - Viêng Chăn', '2025-06-01', [
		'Hai bên cam kết đẩy nhanh tiến độ tuyến cao tốc Hà Nội - Viêng Chăn trong năm tới.'
	])
];

async function importAll(t: TestDatabase, texts: string[]): Promise<number[]> {
	const ids: number[] = [];
	for (const [i, text] of texts.entries()) {
		const r = await importArticle(t.db, `own-${i}.txt`, new TextEncoder().encode(text));
		if (r.outcome !== 'added') throw new Error(`own-${i}.txt: ${JSON.stringify(r)}`);
		ids.push(r.article.id);
	}
	return ids;
}

describe(`links made on resemblance alone wait for an editor (${backendName})`, () => {
	let t: TestDatabase;
	let editor: Actor;
	beforeAll(async () => {
		t = await createTestDatabase();
		editor = await makeEditor(t.db, 'reviewer@example.org');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const linkProposals = () => t.db.select().from(proposals).where(eq(proposals.kind, 'link'));
	const mentionsOf = (articleId: number) =>
		t.db.select().from(mentions).where(eq(mentions.articleId, articleId));

	it('links the second pledge by its title and opens a link proposal for it, but none for a shared project', async () => {
		const [first, second] = await importAll(t, [FIRST, SECOND]);
		const [original] = await mentionsOf(first!);
		const [restated] = await mentionsOf(second!);
		expect(restated!.linkReason).toMatchObject({ rule: 'similar' });
		expect(restated!.commitmentId).toBe(original!.commitmentId);

		const open = await linkProposals();
		expect(open.map((p) => [p.commitmentId, p.mentionId, p.state])).toEqual([
			[original!.commitmentId, restated!.id, 'open']
		]);
		const queue = await listProposals(t.db, 'open', 200, 'link');
		expect(queue.map((q) => q.id)).toEqual([open[0]!.id]);

		const [a, b] = await importAll(t, EXPRESSWAY);
		const [road] = await mentionsOf(b!);
		expect(road!.linkReason).toMatchObject({ rule: 'entity' });
		expect(road!.commitmentId).toBe((await mentionsOf(a!))[0]!.commitmentId);
		expect(await linkProposals()).toHaveLength(1);
	});

	it('rejecting the proposal gives the restated pledge its own item; accepting another keeps its link', async () => {
		const [proposal] = await linkProposals();
		const item = proposal!.commitmentId!;
		const rejected = await rejectProposal(t.db, editor, {
			proposalId: proposal!.id,
			itemVersion: 1
		});
		expect(rejected).toMatchObject({ ok: true });
		const [moved] = await t.db.select().from(mentions).where(eq(mentions.id, proposal!.mentionId!));
		expect(moved!.commitmentId).toBe((rejected as { itemId: number }).itemId);
		expect(moved!.commitmentId).not.toBe(item);

		// The pledge once more, in a third article of other words: linked by resemblance again, and asked about again.
		const [third] = await importAll(t, [THIRD]);
		const [again] = await mentionsOf(third!);
		expect(again!.linkReason).toMatchObject({ rule: 'similar' });
		const [next] = await t.db
			.select()
			.from(proposals)
			.where(and(eq(proposals.kind, 'link'), eq(proposals.mentionId, again!.id)));
		expect(next!.state).toBe('open');
		const target = again!.commitmentId;
		const [{ version }] = (await t.db
			.select({ version: commitments.version })
			.from(commitments)
			.where(eq(commitments.id, target))) as [{ version: number }];
		const accepted = await acceptProposal(t.db, editor, {
			proposalId: next!.id,
			itemVersion: version
		});
		expect(accepted).toEqual({ ok: true, itemId: target });
		expect(
			(await t.db.select().from(mentions).where(eq(mentions.id, again!.id)))[0]!.commitmentId
		).toBe(target);
		expect((await t.db.select().from(proposals).where(eq(proposals.id, next!.id)))[0]!.state).toBe(
			'accepted'
		);
	});
});

// Our own articles: the same pledge in other words ("trao đổi" / "chia sẻ thông tin"), and a
// sentence that shares only a side pledge of an earlier one.
const STATEMENT = articleText('Hội đàm cấp cao Việt Nam - Lào', '2024-09-10', [
	'Chiều 10/9, hai đoàn đã hội đàm tại Phủ Chủ tịch trong không khí hữu nghị.',
	'Hai bên nhất trí tiếp tục trao đổi thông tin kịp thời, phối hợp chặt chẽ và ủng hộ lẫn nhau tại các diễn đàn quốc tế.',
	'Hai bên nhất trí đẩy mạnh kết nối hai nền kinh tế, tích cực tháo gỡ khó khăn, vướng mắc cho doanh nghiệp.'
]);
const FOLLOW_UP = articleText('Bộ Ngoại giao hai nước tham vấn', '2025-04-02', [
	'Đoàn đại biểu Bộ Ngoại giao Lào đã làm việc tại Hà Nội trong hai ngày.',
	'Hai bên nhất trí tăng cường chia sẻ thông tin về tình hình mỗi nước, ủng hộ lẫn nhau tại các diễn đàn khu vực.',
	'Hai bộ cam kết tháo gỡ vướng mắc cho các dự án thủy điện đang chậm tiến độ ở vùng biên.'
]);

describe(`restatements in other words (${backendName})`, () => {
	let t: TestDatabase;
	let editor: Actor;
	beforeAll(async () => {
		t = await createTestDatabase();
		editor = await makeEditor(t.db, 'keys@example.org');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('links "chia sẻ thông tin" to the "trao đổi thông tin" item on their shared key, and asks about a side key instead of merging', async () => {
		const [first, second] = await importAll(t, [STATEMENT, FOLLOW_UP]);
		const mine = (id: number) =>
			t.db.select().from(mentions).where(eq(mentions.articleId, id)).orderBy(mentions.start);
		const [info, economies] = await mine(first!);
		const [shared, obstacles] = await mine(second!);
		expect(info!.linkKeys[0]).toBe('exchange:information');
		expect(shared!.commitmentId).toBe(info!.commitmentId);
		expect(shared!.linkReason).toMatchObject({
			rule: 'key',
			keys: ['exchange:information', 'support:forums']
		});

		expect(obstacles!.commitmentId).not.toBe(economies!.commitmentId);
		expect(obstacles!.linkReason).toMatchObject({
			rule: 'new',
			nearMiss: { id: economies!.commitmentId }
		});
		const queue = await listProposals(t.db, 'open', 200, 'link');
		expect(queue.map((q) => [q.commitment?.id, q.mergeInto?.id])).toEqual([
			[obstacles!.commitmentId, economies!.commitmentId]
		]);
		// The card says why in the editor's language, from the key the engine stored.
		const why = (locale: 'vi' | 'en') =>
			inLocale(locale, () => linkWhy(queue[0]!.mergeInto!.whyKey, 'not worded'));
		expect(why('vi')).toMatch(/^có chung .+ nhưng /);
		expect(why('en')).toMatch(/^shares .+ but /);
	});

	it('accepting the near miss merges the new item into the one it restates; the merged item leaves the queue', async () => {
		const [proposal] = await listProposals(t.db, 'open', 200, 'link');
		const source = proposal!.commitment!;
		const accepted = await acceptProposal(t.db, editor, {
			proposalId: proposal!.id,
			itemVersion: source.version
		});
		expect(accepted).toEqual({ ok: true, itemId: proposal!.mergeInto!.id });
		const [row] = await t.db.select().from(commitments).where(eq(commitments.id, source.id));
		expect(row!.mergedIntoId).toBe(proposal!.mergeInto!.id);
		const moved = await t.db.select().from(mentions).where(eq(mentions.id, proposal!.mention!.id));
		expect(moved[0]!.commitmentId).toBe(proposal!.mergeInto!.id);
		const open = await listProposals(t.db, 'open', 200);
		expect(
			open.filter(
				(p) =>
					p.commitment?.id === proposal!.mergeInto!.id &&
					p.kind === 'new_item' &&
					p.mention?.id === proposal!.mention!.id
			)
		).toEqual([]);
	});
});
