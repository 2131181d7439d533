import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { getTradeSeries } from '../../src/lib/server/queries';
import { currentStatus } from '../../src/lib/server/track/current-status';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';
import { GROWTH_FIGURES_ARTICLE } from './growth-fixtures';

/**
 * Our own article: a project's capital, a firm's yearly export goal and a two-way trade target, all in
 * USD. Only the last is measured by the bilateral trade series. Before, all three were drawn on the
 * trade chart, and the 2008 turnover (420 m USD) marked the 300 m capital and the 200 m export goal
 * "achieved", as it did on the corpus for a dairy investment and a chemicals project.
 */
const FIRMS_AND_TARGET = `date 2007-06-12 Doanh nghiệp Việt Nam mở rộng đầu tư tại Lào
Phó Thủ tướng Lào đề nghị hai bên sớm đưa dự án muối mỏ kali tại tỉnh Khăm Muộn vào khai thác. Để thực hiện dự án này, VCG dự kiến đầu tư khoảng 300 triệu USD từ vốn tự có và vốn vay thương mại.
Trong buổi tiếp, Thủ tướng Lào hoan nghênh kế hoạch của HVC. Với mục tiêu cùng các đối tác Lào phát triển vùng cây ăn trái, HVC sẽ nhân rộng mô hình trồng trọt quy mô lớn và hướng tới mục tiêu đạt kim ngạch xuất khẩu 200 triệu USD/năm.
Tại kỳ họp, hai bên thống nhất phấn đấu đưa kim ngạch thương mại hai chiều đạt 1 tỷ USD vào năm 2010.
`;

const encode = (s: string) => new TextEncoder().encode(s);

describe(`USD figures that are not two-way trade (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		expect((await importArticle(t.db, 'own-firms.txt', encode(FIRMS_AND_TARGET))).outcome).toBe(
			'added'
		);
		expect(
			(await importArticle(t.db, 'own-trade-figures.txt', encode(GROWTH_FIGURES_ARTICLE))).outcome
		).toBe('added');
	});
	afterAll(async () => {
		await t?.destroy();
	});

	it('draws only the two-way trade target on the trade chart', async () => {
		const series = await getTradeSeries(t.db, '2026-12-31');
		expect(series.points.map((p) => p.year)).toEqual(expect.arrayContaining([2008, 2009]));
		expect(series.targets.map((x) => x.valueUsd)).toEqual(['1000000000']);
	});

	it('never marks a capital figure or a firm’s export goal achieved by the trade turnover', async () => {
		const items = await t.db.query.commitments.findMany({
			columns: { id: true, sector: true, targetValue: true }
		});
		const byValue = new Map(items.map((i) => [i.targetValue, i]));
		const capital = byValue.get('300000000');
		const exportGoal = byValue.get('200000000');
		expect(capital?.sector).toBe('investment');
		expect(exportGoal?.sector).not.toBe('trade');
		expect(await currentStatus(t.db, capital!.id)).toBe('announced');
		expect(await currentStatus(t.db, exportGoal!.id)).toBe('announced');
	});
});
