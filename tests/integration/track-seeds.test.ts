import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { reprocessAll } from '../../src/lib/server/pipeline/process';
import {
	getArticleEvidence,
	getCommitment,
	getEntity,
	getOverview,
	getTradeSeries,
	listCommitments
} from '../../src/lib/server/queries';
import { withPledgeDates } from '../../src/lib/server/queries/series';
import { driftChart } from '../../src/lib/components/charts/shape';
import { refreshLinkTerms } from '../../src/lib/server/track/link-terms';
import { semanticKeys } from '../../src/lib/server/track/keys';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { today as trackerToday } from '../../src/lib/as-of';

const SEEDS = path.resolve('seeds');
const LATER = '2027-01-01';

async function dumpTables(t: TestDatabase): Promise<string> {
	const {
		articles,
		commitments,
		commitmentEntities,
		entities,
		entityAliases,
		mentions,
		proposals,
		statusEvents,
		tradeObservations
	} = schema;
	const out = {
		articles: await t.db.select().from(articles).orderBy(asc(articles.id)),
		commitments: await t.db.select().from(commitments).orderBy(asc(commitments.id)),
		commitmentEntities: await t.db
			.select()
			.from(commitmentEntities)
			.orderBy(asc(commitmentEntities.commitmentId), asc(commitmentEntities.entityId)),
		entities: await t.db.select().from(entities).orderBy(asc(entities.id)),
		entityAliases: await t.db
			.select()
			.from(entityAliases)
			.orderBy(asc(entityAliases.entityId), asc(entityAliases.aliasFolded)),
		mentions: await t.db.select().from(mentions).orderBy(asc(mentions.id)),
		proposals: await t.db.select().from(proposals).orderBy(asc(proposals.id)),
		statusEvents: await t.db.select().from(statusEvents).orderBy(asc(statusEvents.id)),
		tradeObservations: await t.db
			.select()
			.from(tradeObservations)
			.orderBy(asc(tradeObservations.id))
	};
	return JSON.stringify(out);
}

describe(`tracking the seed articles (${backendName})`, () => {
	let t: TestDatabase;
	const idOf = new Map<string, number>();
	beforeAll(async () => {
		t = await createTestDatabase();
		for (const name of readdirSync(SEEDS).sort()) {
			const r = await importArticle(t.db, name, readFileSync(path.join(SEEDS, name)));
			if (r.outcome === 'added') idOf.set(name.slice(0, 3), r.article.id);
		}
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('processes each article in its import transaction', async () => {
		const rows = await t.db
			.select({ extractedAt: schema.articles.extractedAt })
			.from(schema.articles);
		expect(rows).toHaveLength(5);
		expect(rows.every((r) => r.extractedAt !== null)).toBe(true);
	});

	it('sorts by the title the reader sees: in English, by the English title where there is one', async () => {
		const shown = (i: { title: string; titleEn: string | null }, lang: 'vi' | 'en') =>
			lang === 'en' ? (i.titleEn ?? i.title) : i.title;
		for (const lang of ['vi', 'en'] as const) {
			const { items } = await listCommitments(t.db, {
				asOf: LATER,
				sort: 'title',
				pageSize: 200,
				titleLang: lang
			});
			const titles = items.map((i) => shown(i, lang));
			expect(titles.some((x, i) => x !== items[i]!.title)).toBe(lang === 'en');
			// The database's order, read back: each title sorts at or after the one before it.
			const { items: again } = await listCommitments(t.db, {
				asOf: LATER,
				sort: 'title',
				order: 'desc',
				pageSize: 200,
				titleLang: lang
			});
			expect(again.map((i) => shown(i, lang))).toEqual([...titles].reverse());
		}
		const en = await listCommitments(t.db, {
			asOf: LATER,
			sort: 'title',
			pageSize: 200,
			titleLang: 'en'
		});
		const vi = await listCommitments(t.db, {
			asOf: LATER,
			sort: 'title',
			pageSize: 200,
			titleLang: 'vi'
		});
		expect(en.items.map((i) => i.id)).not.toEqual(vi.items.map((i) => i.id));
		// "Hanoi–Vientiane expressway" sorts among the H's in English, among the Đ's in Vietnamese.
		const at = (items: typeof en.items) =>
			items.findIndex((i) => i.titleEn === 'Hanoi–Vientiane expressway');
		const hanoi = at(en.items);
		expect(hanoi).toBeGreaterThan(0);
		expect(hanoi).not.toBe(at(vi.items));
		// Titles that open with a plain letter (collations agree on those) sit on their side of the H.
		en.items.forEach((item, i) => {
			const first = shown(item, 'en')[0]!;
			if (/[A-G]/.test(first)) expect(i).toBeLessThan(hanoi);
			if (/[I-Z]/.test(first)) expect(i).toBeGreaterThan(hanoi);
		});
	});

	it('tracks the Hanoi–Vientiane expressway as one item with evidence from two articles', async () => {
		const { items } = await listCommitments(t.db, {
			asOf: LATER,
			entity: 'hanoi-vientiane-expressway'
		});
		expect(items).toHaveLength(1);
		const detail = (await getCommitment(t.db, items[0]!.id, LATER))!;
		expect(new Set(detail.mentions.map((m) => m.article.id))).toEqual(
			new Set([idOf.get('000'), idOf.get('001')])
		);
		expect(detail.item).toMatchObject({
			sourceCount: 2,
			firstMentioned: '2025-12-03',
			lastMentioned: '2026-01-26',
			status: 'announced'
		});
		expect(detail.mentions.map((m) => m.linkReason.rule).sort()).toEqual(['entity', 'new']);
	});

	it('tracks the 10 bn USD target once, from two articles, as the step after the 5 bn target', async () => {
		const { items } = await listCommitments(t.db, { asOf: LATER, sector: 'trade', pageSize: 100 });
		const ten = items.filter((i) => i.targetValue === '10000000000' && i.unit === 'USD');
		const five = items.filter((i) => i.targetValue === '5000000000' && i.unit === 'USD');
		expect(ten).toHaveLength(1);
		expect(five).toHaveLength(1);
		const detail = (await getCommitment(t.db, ten[0]!.id, LATER))!;
		expect(new Set(detail.mentions.map((m) => m.article.id))).toEqual(
			new Set([idOf.get('000'), idOf.get('001')])
		);
		expect(detail.item.revisionOfId).toBe(five[0]!.id);
		expect(detail.revisions.earlier.map((r) => r.id)).toEqual([five[0]!.id]);
		const fiveDetail = (await getCommitment(t.db, five[0]!.id, LATER))!;
		expect(fiveDetail.revisions.later.map((r) => r.id)).toEqual([ten[0]!.id]);
	});

	it('tracks each pledge the articles restate in other words once: information exchange, the high-level agreements, connecting the two economies', async () => {
		const { items, total } = await listCommitments(t.db, { asOf: LATER, pageSize: 200 });
		const details = await Promise.all(
			items.map(async (i) => (await getCommitment(t.db, i.id, LATER))!)
		);
		const saying = (re: RegExp) =>
			details
				.filter((d) => d.item.targetValue === null && d.mentions.some((m) => re.test(m.quote)))
				.map((d) => d.item.id);
		// Three articles exchange or share information; three carry out the high-level agreements.
		expect(saying(/(trao đổi|chia sẻ) thông tin/)).toHaveLength(1);
		expect(
			details
				.find((d) => d.item.id === saying(/(trao đổi|chia sẻ) thông tin/)[0])!
				.mentions.map((m) => m.article.id)
				.sort()
		).toEqual([idOf.get('000'), idOf.get('001'), idOf.get('003')].sort());
		expect(saying(/thỏa thuận cấp cao/)).toHaveLength(1);
		expect(saying(/hai nền kinh tế/)).toHaveLength(1);
		// Each of those links says why: the shared semantic key.
		for (const id of [...saying(/thông tin kịp thời/), ...saying(/thỏa thuận cấp cao/)]) {
			const d = details.find((x) => x.item.id === id)!;
			expect(d.mentions.filter((m) => m.linkReason.rule === 'key').length).toBeGreaterThanOrEqual(
				2
			);
		}
		// 31 items before restatements were linked, 25 after the engine cut multi-pledge quotes into clauses;
		// 20 once a need agreed, an aspiration and each party's own resolutions were no longer taken for
		// pledges and the economic pillar became one item (docs/tracking.md): within the issues' 12–20.
		expect(total).toBe(20);
		// Clearing obstacles is one item: said twice on 3 Dec 2025 and in the undated article.
		expect(saying(/(tháo gỡ|xử lý)[^.;]{0,20}(khó khăn|vướng mắc)/)).toHaveLength(1);
	});

	it('gives no date from the undated article: never the import day, and nothing overdue before it was first mentioned', async () => {
		const today = trackerToday();
		const { items } = await listCommitments(t.db, { asOf: LATER, pageSize: 200 });
		const undated = idOf.get('003')!;
		for (const i of items) {
			const d = (await getCommitment(t.db, i.id, LATER))!;
			const dated = d.mentions.filter((m) => m.article.id !== undated);
			if (dated.length === 0) {
				// Known only from the undated article: no first or last mention, no effective date.
				expect([i.firstMentioned, i.lastMentioned], i.title).toEqual([null, null]);
				expect(d.statusEvents.map((e) => e.effectiveOn)).toEqual([null]);
				expect(i.overdue).toBe(false);
			} else {
				expect(i.firstMentioned).toBe(dated.map((m) => m.article.publishedOn!).sort()[0]);
				expect(i.lastMentioned).toBe(
					dated
						.map((m) => m.article.publishedOn!)
						.sort()
						.at(-1)
				);
			}
			expect([i.firstMentioned, i.lastMentioned]).not.toContain(today);
			if (i.overdue) expect(i.deadline! > i.firstMentioned!).toBe(true);
		}
		// The 47th committee session: mentioned dated on 10 Jan 2025, and again in the undated article.
		const session = items.find((i) =>
			i.entities.some((e) => e.slug === 'vn-la-intergovernmental-committee-session-47')
		)!;
		expect(session).toMatchObject({ firstMentioned: '2025-01-10', lastMentioned: '2025-01-10' });
	});

	it('dates an item announced from the earliest dated article, whatever the import order', async () => {
		// 000 (26 Jan 2026) is imported before 001 (3 Dec 2025): the expressway was announced on 3 Dec.
		const { items } = await listCommitments(t.db, {
			asOf: LATER,
			entity: 'hanoi-vientiane-expressway'
		});
		const d = (await getCommitment(t.db, items[0]!.id, LATER))!;
		expect(d.statusEvents[0]).toMatchObject({
			fromStatus: null,
			toStatus: 'announced',
			effectiveOn: '2025-12-03'
		});
	});

	it('links clearing obstacles across articles by its key, so no merge is left for an editor', async () => {
		// Clearing obstacles was once only a side clause of "kết nối … hai nền kinh tế" (a near miss an editor
		// was asked about); cut into its own clause, it is what both quotes mainly say. Near misses on a
		// side key are still asked about (tests/unit/track-keys.test.ts).
		const open = await t.db
			.select()
			.from(schema.proposals)
			.where(eq(schema.proposals.kind, 'link'));
		expect(open.filter((p) => p.payload.suggest === 'merge')).toEqual([]);
		const { items } = await listCommitments(t.db, { asOf: LATER, pageSize: 200 });
		const details = await Promise.all(
			items.map(async (i) => (await getCommitment(t.db, i.id, LATER))!)
		);
		const obstacles = details.filter((d) =>
			d.mentions.some((m) => /tháo gỡ[^.;]{0,20}khó khăn/.test(m.quote))
		);
		expect(obstacles).toHaveLength(1);
		expect(new Set(obstacles[0]!.mentions.map((m) => m.article.id))).toEqual(
			new Set([idOf.get('001'), idOf.get('003')])
		);
		expect(obstacles[0]!.mentions.some((m) => m.linkReason.rule === 'key')).toBe(true);
	});

	it("dates a target's pledge from the article that sets it as the target, not the one naming it as the next step", async () => {
		// 3 Dec 2025: "sớm đạt mục tiêu 5 tỉ USD và hướng tới mốc 10 tỉ USD trong thời gian tới" — 5 bn is the
		// target in force, 10 bn the mark after it. 26 Jan 2026: "phấn đấu đạt kim ngạch thương mại 10 tỷ USD".
		const series = await getTradeSeries(t.db, LATER);
		const ten = series.targets.find((x) => x.valueUsd === '10000000000')!;
		const five = series.targets.find((x) => x.valueUsd === '5000000000')!;
		expect(five.pledgedOn).toBe('2025-12-03');
		expect(ten.pledgedOn).toBe('2026-01-26');
		// It was still first mentioned on 3 Dec 2025.
		const detail = (await getCommitment(t.db, ten.commitmentId, LATER))!;
		expect(detail.item.firstMentioned).toBe('2025-12-03');
		// The item page's re-pledge chart gives each version the date the trade chart gives it.
		const chain = await withPledgeDates(t.db, LATER, [
			...detail.revisions.earlier,
			detail.item,
			...detail.revisions.later
		]);
		expect(chain.map((v) => [v.targetValue, v.pledgedOn])).toEqual([
			['5000000000', five.pledgedOn],
			['10000000000', ten.pledgedOn]
		]);
		expect(driftChart(chain, ten.commitmentId, 'vi')!.labels).toEqual([
			['03/12/2025', '5 tỷ USD'],
			['26/01/2026', '10 tỷ USD']
		]);
	});

	it('builds the 2023 and 2024 trade points with their sources, 2024 an estimate, and 2.2 of 5 bn as 44 %', async () => {
		const series = await getTradeSeries(t.db, LATER);
		expect(series.points.map((p) => [p.year, p.valueUsd, p.isEstimate, p.period])).toEqual([
			[2023, '1640000000', false, 'full_year'],
			[2024, '2200000000', true, 'full_year']
		]);
		const raw = (await getArticleEvidence(t.db, idOf.get('004')!, LATER))!.article.rawText;
		for (const p of series.points) {
			expect(p.sources.length).toBeGreaterThanOrEqual(1);
			for (const s of p.sources) {
				expect(s.articleId).toBe(idOf.get('004'));
				expect(raw.slice(s.start, s.end)).toBe(s.quote);
			}
		}
		expect(series.points[1]!.growthPct).toBe(34);
		const five = series.targets.find((x) => x.valueUsd === '5000000000')!;
		expect(five).toMatchObject({ met: false, progressPct: 44, year: null });
		expect(series.targets.find((x) => x.valueUsd === '10000000000')).toMatchObject({
			met: false,
			progressPct: 22
		});
	});

	it('keeps every quote an exact slice of its article', async () => {
		const rows = await t.db
			.select({
				quote: schema.mentions.quote,
				start: schema.mentions.start,
				end: schema.mentions.end,
				raw: schema.articles.rawText
			})
			.from(schema.mentions)
			.innerJoin(schema.articles, eq(schema.articles.id, schema.mentions.articleId));
		expect(rows.length).toBeGreaterThan(10);
		for (const r of rows) expect(r.raw.slice(r.start, r.end)).toBe(r.quote);
	});

	it('gives every new item a first status from its evidence on its article date, and an open proposal', async () => {
		const { items } = await listCommitments(t.db, { asOf: LATER, pageSize: 200 });
		const proposals = await t.db
			.select()
			.from(schema.proposals)
			.where(eq(schema.proposals.kind, 'new_item'));
		expect(new Set(proposals.map((p) => p.commitmentId))).toEqual(new Set(items.map((i) => i.id)));
		const park = items.find((i) =>
			i.entities.some((e) => e.slug === 'laos-vietnam-friendship-park')
		)!;
		const detail = (await getCommitment(t.db, park.id, LATER))!;
		expect(detail.statusEvents).toEqual([
			expect.objectContaining({
				fromStatus: null,
				toStatus: 'announced',
				effectiveOn: '2025-01-10',
				by: { kind: 'system' }
			})
		]);
		// "hai bên sẽ tổ chức …; Lễ khởi công Công viên …": the groundbreaking is still to come, so
		// nothing proposes in progress (this test used to expect that proposal: it was wrong).
		const status = await t.db
			.select()
			.from(schema.proposals)
			.where(eq(schema.proposals.commitmentId, park.id));
		expect(status.filter((p) => p.kind === 'status')).toEqual([]);
		expect(detail.item.status).toBe('announced');
		// "Hai nước đang tích cực thực hiện Đề án …; Nghị định thư …; Kế hoạch …; và hỗ trợ Lào xây dựng Chiến lược …":
		// all four are under way from the first article that names them.
		const underWay = items
			.filter((i) => i.status === 'in_progress')
			.flatMap((i) => i.entities.map((e) => e.slug))
			.sort();
		expect(underWay).toEqual([
			'chien-luoc-phat-trien-the-thao-lao-2023-2030',
			'ke-hoach-hop-tac-van-hoa-nghe-thuat-va-du-lich-2021-2025',
			'vn-la-education-cooperation-scheme-2021-2030',
			'vn-la-training-cooperation-protocol-2022-2027'
		]);
		for (const i of items.filter((x) => x.status === 'in_progress')) {
			const d = (await getCommitment(t.db, i.id, LATER))!;
			expect(d.statusEvents).toEqual([
				expect.objectContaining({
					fromStatus: null,
					toStatus: 'in_progress',
					effectiveOn: '2025-01-10',
					by: { kind: 'system' }
				})
			]);
		}
	});

	it('answers as of a date: evidence from later articles is hidden', async () => {
		const before = '2026-01-25';
		const { items } = await listCommitments(t.db, { asOf: before, sector: 'trade', pageSize: 100 });
		const ten = items.find((i) => i.targetValue === '10000000000')!;
		expect(ten).toMatchObject({ sourceCount: 1, lastMentioned: '2025-12-03' });
		const detail = (await getCommitment(t.db, ten.id, before))!;
		expect(detail.mentions.map((m) => m.article.id)).toEqual([idOf.get('001')]);
		expect(await getArticleEvidence(t.db, idOf.get('000')!, before)).toBeNull();
		const railway = await listCommitments(t.db, {
			asOf: before,
			entity: 'vientiane-vung-ang-railway'
		});
		expect(railway.total).toBe(0);
		expect(await getCommitment(t.db, ten.id, '2025-12-02')).toBeNull();
		expect((await getTradeSeries(t.db, '2025-01-09')).points).toEqual([]);
	});

	it('finds items without diacritics and entities by any alias spelling', async () => {
		const plain = await listCommitments(t.db, { asOf: LATER, q: 'cao toc ha noi' });
		const accented = await listCommitments(t.db, { asOf: LATER, q: 'CAO TỐC Hà Nội' });
		expect(plain.items.map((i) => i.id)).toEqual(accented.items.map((i) => i.id));
		expect(
			plain.items.some((i) => i.entities.some((e) => e.slug === 'hanoi-vientiane-expressway'))
		).toBe(true);
		for (const name of [
			'Vung Ang–Vientiane railway',
			'Vientiane-Vung Ang railway',
			'đường sắt Viêng Chăn–Vũng Áng',
			'vientiane-vung-ang-railway'
		])
			expect((await getEntity(t.db, name, LATER))?.entity.slug, name).toBe(
				'vientiane-vung-ang-railway'
			);
		const road = (await getEntity(t.db, 'Hanoi–Vientiane expressway', LATER))!;
		expect(road.commitments).toHaveLength(1);
		expect(road.mentions.map((m) => m.article.publishedOn)).toEqual(['2025-12-03', '2026-01-26']);
		expect((await getEntity(t.db, String(road.entity.id), LATER))!.entity.slug).toBe(
			'hanoi-vientiane-expressway'
		);
	});

	it('summarises the tracker for the dashboard', async () => {
		const o = await getOverview(t.db, LATER);
		const { total } = await listCommitments(t.db, { asOf: LATER });
		expect(o.byStatus.reduce((s, x) => s + x.count, 0)).toBe(total);
		// Like with like: the latest full year (2024, from the articles, no official table loaded here) has
		// no target in force, since both the 5 bn and the 10 bn targets were pledged later.
		expect(o.trade).toMatchObject({
			year: 2024,
			valueUsd: '2200000000',
			isEstimate: true,
			basis: 'articles',
			// The seed states the rate ("tăng 34 %"): that is what is shown, not 34.1 worked out from the totals.
			growth: { pct: 34, how: 'stated', from: 2023 },
			target: null
		});
	});

	it('changes nothing when the pipeline runs again', async () => {
		// Link terms are a cache of the items' words that the next import brings up to date (the
		// items the last article touched are stale until then): bring them up to date first.
		await refreshLinkTerms(t.db);
		const before = await dumpTables(t);
		expect(await reprocessAll(t.db)).toEqual([]);
		const again = await reprocessAll(t.db, { all: true });
		expect(again).toHaveLength(5);
		expect(again.every((r) => r.created === 0 && r.linked === 0 && r.observations === 0)).toBe(
			true
		);
		expect(await dumpTables(t)).toBe(before);
	});

	it('brings link keys stored by older key rules up to date on reprocess --all', async () => {
		// A database imported before a key rule changed holds the old keys, and later articles are
		// matched against them: reprocessing must store what today's rules give.
		const [m] = await t.db
			.select({ id: schema.mentions.id, quote: schema.mentions.quote })
			.from(schema.mentions)
			.where(like(schema.mentions.quote, '%trao đổi thông tin%'))
			.limit(1);
		expect(m).toBeDefined();
		await t.db
			.update(schema.mentions)
			.set({ linkKeys: ['stale:rule'] })
			.where(eq(schema.mentions.id, m!.id));
		await reprocessAll(t.db, { all: true });
		const [after] = await t.db
			.select({ keys: schema.mentions.linkKeys })
			.from(schema.mentions)
			.where(eq(schema.mentions.id, m!.id));
		expect(after!.keys).toEqual(semanticKeys(m!.quote));
		expect(after!.keys).toContain('exchange:information');
	});
});

describe(`import order does not matter (${backendName})`, () => {
	let forward: TestDatabase;
	let backward: TestDatabase;
	let parallel: TestDatabase;
	beforeAll(async () => {
		forward = await createTestDatabase();
		backward = await createTestDatabase();
		parallel = await createTestDatabase();
		const names = readdirSync(SEEDS).sort();
		for (const name of names)
			await importArticle(forward.db, name, readFileSync(path.join(SEEDS, name)));
		for (const name of [...names].reverse())
			await importArticle(backward.db, name, readFileSync(path.join(SEEDS, name)));
		// All at once: on PostgreSQL these are concurrent transactions, serialised by the link lock.
		await Promise.all(
			names.map((name) => importArticle(parallel.db, name, readFileSync(path.join(SEEDS, name))))
		);
	});
	afterAll(async () => {
		await forward?.destroy();
		await backward?.destroy();
		await parallel?.destroy();
	});

	async function shape(t: TestDatabase) {
		const { items } = await listCommitments(t.db, { asOf: LATER, pageSize: 200 });
		const byId = new Map(items.map((i) => [i.id, i]));
		return items
			.map((i) =>
				[
					i.sector,
					i.targetValue,
					i.entities.map((e) => e.slug).join(','),
					i.sourceCount,
					i.mentionCount,
					i.firstMentioned,
					i.lastMentioned,
					i.revisionOfId ? byId.get(i.revisionOfId)?.targetValue : null
				].join('|')
			)
			.sort();
	}

	it('gives the same items, evidence and chains when the articles arrive in reverse or all at once', async () => {
		const a = await shape(forward);
		expect(a.length).toBeGreaterThanOrEqual(12);
		expect(await shape(backward)).toEqual(a);
		expect(await shape(parallel)).toEqual(a);
		expect(a.some((x) => x.startsWith('trade|10000000000|') && x.endsWith('|5000000000'))).toBe(
			true
		);
	});
});
