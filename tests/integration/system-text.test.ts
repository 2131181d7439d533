import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, commitments, proposals, statusEvents } from '../../src/lib/server/db/schema';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { getItemSnapshot } from '../../src/lib/server/queries/editor-items';
import { mergeItems, splitMention } from '../../src/lib/server/editor/merge';
import { acceptProposal, rejectProposal } from '../../src/lib/server/editor/proposals';
import { listCorrections } from '../../src/lib/server/queries/audit';
import { ItemFieldsSchema } from '../../src/lib/server/editor/fields';
import type { Actor } from '../../src/lib/server/editor/actor';
import { getCommitment } from '../../src/lib/server/queries';
import { itemFate } from '../../src/lib/server/queries/fate';
import { linkWhy, storedText } from '../../src/lib/i18n/system-text';
import type { StoredText } from '../../src/lib/system-text';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { inLocale } from '../helpers/locale';
import { makeEditor, makeItem } from './editor-fixtures';

const read = (s: StoredText) => ({
	vi: inLocale('vi', () => storedText(s)),
	en: inLocale('en', () => storedText(s))
});

/** Words only the system's old English sentences used: none may be stored any more. */
const ENGLISH_SYSTEM =
	/Corrected|retitled|was a duplicate|wrongly counted|Removed item|Split off|quoted article says|engine’s proposal|first found/;

describe(`system reasons are stored as keys and read in the reader's language (${backendName})`, () => {
	let t: TestDatabase;
	let ana: Actor;
	beforeAll(async () => {
		t = await createTestDatabase();
		ana = await makeEditor(t.db, 'ana.keys@example.org');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	const correctionsOf = async (itemId: number) =>
		(await listCorrections(t.db)).filter((c) => c.commitmentId === itemId).map((c) => read(c.note));

	it("an editor's field correction keeps their note as typed and names each field in the reader's language", async () => {
		const { itemId } = await makeItem(t.db, {
			title: 'Cầu Đắk Lắk mới',
			sentences: ['Hai bên sẽ hoàn thành cây cầu mới trước năm 2029.']
		});
		const before = (await getItemSnapshot(t.db, itemId))!;
		await updateItemFields(t.db, ana, {
			id: itemId,
			expectedVersion: before.version,
			fields: ItemFieldsSchema.parse({ ...before, sector: 'education', deadline: '2029-01-01' }),
			publicNote: 'Ghi chú của biên tập viên.'
		});
		expect(await correctionsOf(itemId)).toEqual([
			{
				vi: 'Ghi chú của biên tập viên. Đã sửa Lĩnh vực: “Hạ tầng” → “Giáo dục”; Thời hạn: “—” → “01/01/2029”.',
				en: 'Ghi chú của biên tập viên. Corrected Sector: “Infrastructure” → “Education”; Deadline: “—” → “1 Jan 2029”.'
			}
		]);
	});

	it('merge, split, removal and an accepted status proposal store no English sentence, and read in Vietnamese and English', async () => {
		const keep = await makeItem(t.db, {
			title: 'Tuyến đường sắt Vientiane',
			sentences: [
				'Tuyến đường sắt sẽ chở hàng tới cảng vào năm 2030.',
				'Nhà máy điện gió sẽ phát điện cho cảng từ năm 2031.'
			]
		});
		const dup = await makeItem(t.db, {
			title: 'Đường sắt tới cảng',
			sentences: ['Tàu hàng sẽ tới cảng bằng tuyến đường sắt mới vào năm 2030.']
		});
		expect(
			await mergeItems(t.db, ana, {
				sourceId: dup.itemId,
				sourceVersion: 1,
				targetId: keep.itemId,
				targetVersion: 1,
				publicNote: null
			})
		).toMatchObject({ ok: true });
		const split = await splitMention(t.db, ana, {
			mentionId: keep.mentionIds[1]!,
			expectedVersion: 2,
			title: 'Điện gió cho cảng',
			publicNote: null
		});
		if (!split.ok) throw new Error(`split refused: ${JSON.stringify(split)}`);
		const [status] = await t.db
			.insert(proposals)
			.values({
				kind: 'status',
				commitmentId: keep.itemId,
				mentionId: keep.mentionIds[0],
				payload: { toStatus: 'in_progress', matched: 'khởi công' }
			})
			.returning();
		expect(
			await acceptProposal(t.db, ana, { proposalId: status!.id, itemVersion: split.version })
		).toMatchObject({ ok: true });
		const bogus = await makeItem(t.db, {
			title: 'Không phải cam kết',
			sentences: ['Đoàn đại biểu đã thăm nhà máy và chụp ảnh lưu niệm.']
		});
		const [newItem] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: bogus.itemId, mentionId: bogus.mentionIds[0] })
			.returning();
		expect(
			await rejectProposal(t.db, ana, { proposalId: newItem!.id, itemVersion: 1 })
		).toMatchObject({ ok: true });

		const stored = [
			...(await t.db.select({ s: statusEvents.reason }).from(statusEvents)),
			...(await t.db.select({ s: auditLog.publicNote }).from(auditLog))
		].map((r) => r.s ?? '');
		expect(stored.filter((s) => ENGLISH_SYSTEM.test(s))).toEqual([]);

		expect(await correctionsOf(dup.itemId)).toEqual([
			{
				vi: `Mục #${dup.itemId} “Đường sắt tới cảng” trùng lặp và đã được gộp vào mục #${keep.itemId} “Tuyến đường sắt Vientiane”.`,
				en: `Item #${dup.itemId} “Đường sắt tới cảng” was a duplicate and was merged into #${keep.itemId} “Tuyến đường sắt Vientiane”.`
			}
		]);
		expect((await correctionsOf(keep.itemId)).map((c) => c.en)).toEqual([
			`A quote was wrongly counted as evidence for #${keep.itemId} “Tuyến đường sắt Vientiane”; it now stands as its own item #${split.newItemId}.`
		]);

		const timeline = async (id: number) =>
			(await getCommitment(t.db, id, '2099-12-31'))!.statusEvents.map((e) => read(e.reason));
		expect(await timeline(split.newItemId)).toEqual([
			{
				vi: `Tách ra từ mục #${keep.itemId} bởi biên tập viên: trích dẫn nói về một cam kết khác.`,
				en: `Split off from item #${keep.itemId} by an editor: the quote states a different commitment.`
			}
		]);
		expect((await timeline(keep.itemId)).at(-1)).toEqual({
			vi: 'Bài báo được trích dẫn viết “khởi công”.',
			en: 'The quoted article says “khởi công”.'
		});

		const fate = await itemFate(t.db, bogus.itemId);
		expect(fate?.kind === 'removed' && read(fate.reason)).toEqual({
			vi: `Đã gỡ mục #${bogus.itemId} “Không phải cam kết”: đoạn trích dẫn không phải là một cam kết.`,
			en: `Removed item #${bogus.itemId} “Không phải cam kết”: the quoted passage is not a commitment.`
		});
	});

	it("the review card's new sector and kind reach the corrections log, as a new title does", async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Học bổng cho sinh viên Lào',
			sentences: ['Việt Nam sẽ cấp một nghìn suất học bổng cho sinh viên Lào mỗi năm.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: itemId, mentionId: mentionIds[0] })
			.returning();
		expect(
			await acceptProposal(t.db, ana, {
				proposalId: p!.id,
				itemVersion: 1,
				sector: 'education',
				kind: 'programme',
				publicNote: 'Đây là chương trình giáo dục.'
			})
		).toMatchObject({ ok: true });
		const [row] = await t.db.select().from(commitments).where(eq(commitments.id, itemId));
		expect(row).toMatchObject({ sector: 'education', kind: 'programme' });
		expect(await correctionsOf(itemId)).toEqual([
			{
				vi: 'Đây là chương trình giáo dục. Đã sửa Lĩnh vực: “Hạ tầng” → “Giáo dục”; Loại: “Dự án” → “Chương trình”.',
				en: 'Đây là chương trình giáo dục. Corrected Sector: “Infrastructure” → “Education”; Kind: “Project” → “Programme”.'
			}
		]);
	});

	it('accepting a new item as it is writes no corrections line', async () => {
		const { itemId, mentionIds } = await makeItem(t.db, {
			title: 'Trường học ở Xiêng Khoảng',
			sentences: ['Việt Nam sẽ xây một trường học ở Xiêng Khoảng trong năm tới.']
		});
		const [p] = await t.db
			.insert(proposals)
			.values({ kind: 'new_item', commitmentId: itemId, mentionId: mentionIds[0] })
			.returning();
		await acceptProposal(t.db, ana, {
			proposalId: p!.id,
			itemVersion: 1,
			sector: 'infrastructure',
			kind: 'project'
		});
		expect(await correctionsOf(itemId)).toEqual([]);
	});

	it('the migration turns the English sentences stored before into keys, keeping what an editor typed and any text it does not know', async () => {
		const { itemId } = await makeItem(t.db, {
			title: 'Old rows',
			sentences: ['An old row of the log will be read again in both languages.']
		});
		const legacy = [
			'New item: first found in an article',
			'New item: first found in an article that says it is under way (“đang triển khai”, “khởi công”)',
			'Split off from item #7 by an editor: the quote states a different commitment.',
			'Trade series: the final 2025 figure (1640000000 USD) reaches the target of 1500000000 USD',
			'A reason an editor typed.'
		];
		const events = await t.db
			.insert(statusEvents)
			.values(legacy.map((reason) => ({ commitmentId: itemId, toStatus: 'announced', reason })))
			.returning({ id: statusEvents.id });
		const notes = [
			['item.edit', 'Typo fixed. Corrected title: “Old” → “New”; deadline: “—” → “2030-12-31”.'],
			['item.edit', 'Item #9 retitled: “Cũ” → “Mới”.'],
			['item.merge_away', 'Item #3 “A” was a duplicate and was merged into #4 “B”.'],
			['item.remove', 'Not a pledge. Removed item #5 “C”: the quoted passage is not a commitment.'],
			[
				'item.split_from',
				'A quote was wrongly counted as evidence for #6 “D”; it now stands as its own item #8.'
			],
			['item.edit', 'A line no pattern knows.']
		] as const;
		const audits = await t.db
			.insert(auditLog)
			.values(
				notes.map(([action, publicNote]) => ({
					action,
					entityType: 'commitment',
					entityId: itemId,
					publicNote
				}))
			)
			.returning({ id: auditLog.id });

		const migration = readFileSync('drizzle/0015_system_text_keys.sql', 'utf8')
			.split('--> statement-breakpoint')
			.map((s) => s.trim())
			.filter((s) => !/^ALTER TABLE/i.test(s));
		for (const statement of migration) await t.db.execute(sql.raw(statement));

		const eventRows = await Promise.all(
			events.map(async ({ id }) => {
				const [e] = await t.db.select().from(statusEvents).where(eq(statusEvents.id, id));
				return read({ text: e!.reason, key: e!.reasonKey, params: e!.reasonParams });
			})
		);
		expect(eventRows.map((r) => r.vi)).toEqual([
			'Mục mới: lần đầu thấy trong một bài báo',
			'Mục mới: lần đầu thấy trong một bài báo cho biết việc đang được triển khai (“đang triển khai”, “khởi công”)',
			'Tách ra từ mục #7 bởi biên tập viên: trích dẫn nói về một cam kết khác.',
			'Chuỗi số liệu thương mại: số liệu chính thức cuối cùng năm 2025 (1,64 tỷ USD) đạt mục tiêu 1,5 tỷ USD',
			'A reason an editor typed.'
		]);
		expect(eventRows.map((r) => r.en)).toEqual(
			legacy.map((s, i) => (i === 3 ? expect.any(String) : s))
		);

		const auditRows = await Promise.all(
			audits.map(async ({ id }) => {
				const [a] = await t.db.select().from(auditLog).where(eq(auditLog.id, id));
				return {
					typed: a!.publicNote,
					...read({ text: a!.publicNote, key: a!.noteKey, params: a!.noteParams })
				};
			})
		);
		expect(auditRows.map((r) => r.typed)).toEqual([
			'Typo fixed.',
			null,
			null,
			'Not a pledge.',
			null,
			'A line no pattern knows.'
		]);
		expect(auditRows.map((r) => r.vi)).toEqual([
			'Typo fixed. Đã sửa Tiêu đề: “Old” → “New”; Thời hạn: “—” → “31/12/2030”.',
			'Đổi tiêu đề mục #9: “Cũ” → “Mới”.',
			'Mục #3 “A” trùng lặp và đã được gộp vào mục #4 “B”.',
			'Not a pledge. Đã gỡ mục #5 “C”: đoạn trích dẫn không phải là một cam kết.',
			'Một trích dẫn đã bị tính nhầm làm bằng chứng cho mục #6 “D”; nay nó là mục riêng #8.',
			'A line no pattern knows.'
		]);
	});

	it("the migration gives older near-miss cards their reason by key, so the queue words them in the editor's language", async () => {
		const notes = [
			'titles share some of their words, not most',
			'shares exchange:information, support:forums but the sectors differ',
			'a note no pattern knows'
		];
		const rows = await t.db
			.insert(proposals)
			.values(notes.map((why) => ({ kind: 'link', payload: { suggest: 'merge', intoId: 1, why } })))
			.returning({ id: proposals.id });
		const migration = readFileSync('drizzle/0017_link_why_keys.sql', 'utf8')
			.split('--> statement-breakpoint')
			.map((s) => s.replace(/^--.*$/gm, '').trim())
			.filter(Boolean);
		for (const statement of migration) await t.db.execute(sql.raw(statement));
		const worded = await Promise.all(
			rows.map(async ({ id }) => {
				const [p] = await t.db.select().from(proposals).where(eq(proposals.id, id));
				const payload = p!.payload as { whyKey?: unknown; why: string };
				return inLocale('vi', () => linkWhy(payload.whyKey, payload.why));
			})
		);
		expect(worded).toEqual([
			'tiêu đề có chung một vài từ, nhưng không phải phần lớn',
			'có chung exchange:information, support:forums nhưng lĩnh vực khác nhau',
			'a note no pattern knows'
		]);
	});
});
