import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { processArticle } from '../../src/lib/server/pipeline/process';
import {
	getCommitment,
	getTradeSeries,
	listChanges,
	listCommitments
} from '../../src/lib/server/queries';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

// Our own short articles (not seed text): a target, then a final figure that beats it, then a reprint.
const PLEDGE = ` date 2024-03-02 Hai nước đặt mục tiêu thương mại mới

Tại cuộc họp ở Hà Nội, hai Bộ trưởng Công Thương đã trao đổi về tình hình hợp tác kinh tế giữa hai nước trong năm qua và bàn các bước tiếp theo.

Hai bên nhất trí phấn đấu đạt kim ngạch thương mại song phương 1,5 tỷ USD vào năm 2024.

Hai bên cũng nhất trí sớm khởi công tuyến cao tốc Hà Nội-Vientiane đoạn đầu tiên.
`;
const RESULT = ` date 2025-02-11 Thương mại hai nước tăng mạnh

Theo số liệu của cơ quan thống kê công bố đầu tháng, năm 2024 kim ngạch thương mại song phương đạt 1,6 tỷ USD, tăng 12% so với năm trước.

Như vậy thương mại hai chiều đã vượt mục tiêu 1,5 tỷ USD mà hai Chính phủ đề ra.

Dự án cao tốc Hà Nội - Viêng Chăn đã được khởi công tại tỉnh Bolikhamxay, theo lãnh đạo địa phương cho biết trong buổi họp báo.
`;
const REPRINT = RESULT.replace(
	' date 2025-02-11 Thương mại hai nước tăng mạnh',
	' date 2025-02-12 Trao đổi thương mại Việt-Lào tăng mạnh trong năm 2024'
);

describe(`the pipeline on articles of our own (${backendName})`, () => {
	let t: TestDatabase;
	const ids: number[] = [];
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const [name, text] of [
			['pledge.txt', PLEDGE],
			['result.txt', RESULT],
			['reprint.txt', REPRINT]
		] as const) {
			const r = await importArticle(t.db, name, new TextEncoder().encode(text));
			if (r.outcome !== 'added') throw new Error(`${name}: ${JSON.stringify(r)}`);
			ids.push(r.article.id);
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('marks the reprint as a copy of the original', async () => {
		const rows = await t.db
			.select({ id: schema.articles.id, copyOfId: schema.articles.copyOfId })
			.from(schema.articles)
			.orderBy(asc(schema.articles.id));
		expect(rows.map((r) => r.copyOfId)).toEqual([null, null, ids[1]]);
	});

	it('achieves a USD trade target at once when a final figure reaches it, citing the figure', async () => {
		const { items } = await listCommitments(t.db, {
			asOf: '2025-12-31',
			sector: 'trade',
			pageSize: 50
		});
		const target = items.find((i) => i.targetValue === '1500000000')!;
		expect(target.status).toBe('achieved');
		const detail = (await getCommitment(t.db, target.id, '2025-12-31'))!;
		const achieved = detail.statusEvents.at(-1)!;
		expect(achieved).toMatchObject({
			fromStatus: 'announced',
			toStatus: 'achieved',
			by: { kind: 'system' },
			effectiveOn: '2025-02-11'
		});
		expect(achieved.note).toContain('1,6 tỷ USD');
		expect(achieved.evidenceUrl).toMatch(new RegExp(`^/articles/${ids[1]}#\\d+-\\d+$`));
		const series = await getTradeSeries(t.db, '2025-12-31');
		expect(series.targets.find((x) => x.commitmentId === target.id)).toMatchObject({
			met: true,
			progressPct: 106.7
		});
	});

	it('counts the reprint once: more mentions, not more sources', async () => {
		const { items } = await listCommitments(t.db, {
			asOf: '2025-12-31',
			entity: 'hanoi-vientiane-expressway'
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({ mentionCount: 3, sourceCount: 2 });
		const detail = (await getCommitment(t.db, items[0]!.id, '2025-12-31'))!;
		expect(detail.mentions.map((m) => m.linkReason.rule)).toEqual(['new', 'entity', 'reprint']);
		const single = detail.mentions.filter((m) => m.article.id !== ids[2]).map((m) => m.confidence);
		expect(items[0]!.evidenceScore).toBeCloseTo(
			single.reduce((a, b) => a + b, 0),
			2
		);
	});

	it('proposes in progress when a later article says construction started, and leaves the status to an editor', async () => {
		const { items } = await listCommitments(t.db, {
			asOf: '2025-12-31',
			entity: 'hanoi-vientiane-expressway'
		});
		const open = await t.db
			.select()
			.from(schema.proposals)
			.where(eq(schema.proposals.commitmentId, items[0]!.id));
		expect(
			open
				.filter((p) => p.kind === 'status')
				.map((p) => [p.payload.toStatus, p.payload.cue, p.payload.effectiveOn, p.state])
		).toContainEqual(['in_progress', 'construction_started', '2025-02-11', 'open']);
		expect(items[0]!.status).toBe('announced');
	});

	it('shows the status as it stood on a date', async () => {
		const { items } = await listCommitments(t.db, { asOf: '2025-01-31', sector: 'trade' });
		const target = items.find((i) => i.targetValue === '1500000000')!;
		expect(target).toMatchObject({ status: 'announced', overdue: true, sourceCount: 1 });
		const achieved = await listCommitments(t.db, { asOf: '2025-12-31', status: 'achieved' });
		expect(achieved.items.map((i) => i.id)).toContain(target.id);
		expect((await listCommitments(t.db, { asOf: '2025-01-31', status: 'achieved' })).total).toBe(0);
	});

	it('lists the changes for the feeds, newest first', async () => {
		const changes = await listChanges(t.db, { limit: 50 });
		expect(changes.some((c) => c.kind === 'status' && c.toStatus === 'achieved')).toBe(true);
		expect(changes.filter((c) => c.kind === 'new_item').length).toBeGreaterThanOrEqual(2);
		expect([...changes].sort((a, b) => b.at.localeCompare(a.at))).toEqual(changes);
	});

	it('treats the same text again as a duplicate, adding no evidence', async () => {
		const before = await t.db.select({ id: schema.mentions.id }).from(schema.mentions);
		const dup = await importArticle(t.db, 'again.txt', new TextEncoder().encode(PLEDGE));
		expect(dup.outcome).toBe('duplicate');
		expect(await t.db.select({ id: schema.mentions.id }).from(schema.mentions)).toHaveLength(
			before.length
		);
	});

	it('writes inside the caller transaction: a failure while linking leaves no article, item or trade figure behind', async () => {
		const count = async () =>
			(await t.db.select({ id: schema.articles.id }).from(schema.articles)).length +
			(await t.db.select({ id: schema.commitments.id }).from(schema.commitments)).length +
			(await t.db.select({ id: schema.tradeObservations.id }).from(schema.tradeObservations))
				.length;
		const before = await count();
		const raw = 'Hai bên cam kết xây thêm 3 cây cầu mới. Năm 2023 thương mại đạt 9 tỷ USD.';
		const attempt = t.db.transaction(async (tx) => {
			const [a] = await tx
				.insert(schema.articles)
				.values({
					source: 'broken.txt',
					title: 'broken',
					publishedOn: '2025-05-05',
					dateSource: 'header',
					language: 'vi',
					rawText: raw,
					cleanText: raw,
					blocks: [{ start: 0, end: raw.length }],
					contentHash: 'broken-test'
				})
				.returning();
			await processArticle(tx, a!, {
				trade_observations: [
					{
						year: 2023,
						value_usd: '9000000000',
						period: 'full_year',
						is_estimate: false,
						growth_pct: null,
						quote: raw.slice(40),
						start: 40,
						end: raw.length
					}
				],
				// An empty span violates mentions_span_check: the database refuses it.
				commitments: [
					{
						title: 'Xây 3 cây cầu',
						title_en: null,
						sector: 'infrastructure',
						quote: '',
						start: 5,
						end: 5,
						target_value: '3',
						target_value_max: null,
						unit: 'bridges',
						target_year: null,
						novelty: 'new',
						aspect: 'future',
						entities: [],
						confidence: 0.9,
						kind: 'target',
						cues: []
					}
				]
			});
		});
		await expect(attempt).rejects.toThrow();
		expect(await count()).toBe(before);
	});

	it('keeps an article the engine fails on, unextracted, so a later run can retry it', async () => {
		const raw = 'Một bài báo ngắn về hợp tác.';
		const result = await t.db.transaction(async (tx) => {
			const [a] = await tx
				.insert(schema.articles)
				.values({
					source: 'odd.txt',
					title: 'odd',
					publishedOn: '2025-06-06',
					dateSource: 'header',
					language: 'vi',
					rawText: raw,
					cleanText: raw,
					blocks: [{ start: 0, end: raw.length }],
					contentHash: 'odd-test'
				})
				.returning();
			// Blocks the engine cannot read stand in for an engine bug.
			return processArticle(tx, {
				...a!,
				blocks: null as unknown as { start: number; end: number }[]
			});
		});
		expect(result.error).toBeTruthy();
		const [row] = await t.db
			.select()
			.from(schema.articles)
			.where(eq(schema.articles.contentHash, 'odd-test'));
		expect(row).toMatchObject({ source: 'odd.txt', extractedAt: null });
	});

	it('keeps two targets the engine reads from one span as two items, and recognises both on a re-run', async () => {
		const raw = 'Hai nước phấn đấu đưa kim ngạch thương mại lên 4 tỷ USD, sau đó là 8 tỷ USD.';
		const base = {
			title: 'Thương mại',
			title_en: null,
			sector: 'trade' as const,
			quote: raw,
			start: 0,
			end: raw.length,
			target_value_max: null,
			unit: 'USD',
			target_year: null,
			novelty: 'new' as const,
			aspect: 'future' as const,
			entities: [],
			confidence: 0.8,
			kind: 'target' as const,
			cues: []
		};
		const extraction = {
			trade_observations: [],
			commitments: [
				{ ...base, target_value: '4000000000' },
				{ ...base, target_value: '8000000000' }
			]
		};
		const run = () =>
			t.db.transaction(async (tx) => {
				const [a] = await tx
					.select()
					.from(schema.articles)
					.where(eq(schema.articles.contentHash, 'two-targets'));
				const article =
					a ??
					(
						await tx
							.insert(schema.articles)
							.values({
								source: 'two.txt',
								title: 'two',
								publishedOn: '2025-07-07',
								dateSource: 'header',
								language: 'vi',
								rawText: raw,
								cleanText: raw,
								blocks: [{ start: 0, end: raw.length }],
								contentHash: 'two-targets'
							})
							.returning()
					)[0]!;
				return processArticle(tx, article, extraction);
			});
		expect(await run()).toMatchObject({ created: 2, skipped: 0 });
		expect(await run()).toMatchObject({ created: 0, linked: 0, skipped: 2 });
		const { items } = await listCommitments(t.db, {
			asOf: '2025-12-31',
			sector: 'trade',
			pageSize: 50
		});
		const four = items.find((i) => i.targetValue === '4000000000')!;
		expect(items.find((i) => i.targetValue === '8000000000')).toMatchObject({
			mentionCount: 1,
			revisionOfId: four.id
		});
	});
});
