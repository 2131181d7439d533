import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

/** One paragraph per block, as the ingest cleaner would give them. */
function run(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null = '2024-06-15'
): Extraction {
	return extractBlocks(language, paragraphs, published, '\n\n', 'Tiêu đề bài viết');
}

const quotes = (e: Extraction): string[] => e.commitments.map((c) => c.quote);

describe('commitments: what counts', () => {
	it('takes an agreed trade target with its exact value (vi)', () => {
		const [c, ...rest] = run('vi', [
			'Hai bên thống nhất phấn đấu nâng kim ngạch thương mại hai chiều lên 3 tỷ USD vào năm 2026.'
		]).commitments;
		expect(rest).toHaveLength(0);
		expect(c).toMatchObject({
			sector: 'trade',
			target_value: '3000000000',
			unit: 'USD',
			target_year: 2026,
			novelty: 'new',
			kind: 'target'
		});
		expect(c!.cues).toContain('vi:thong-nhat');
	});

	it('takes an agreed trade target with its exact value (en)', () => {
		const [c] = run('en', [
			'The two prime ministers agreed to lift bilateral trade to US$2.5bn by 2027.'
		]).commitments;
		expect(c).toMatchObject({
			sector: 'trade',
			target_value: '2500000000',
			unit: 'USD',
			target_year: 2027,
			novelty: 'new'
		});
	});

	it('keeps a percentage range as value and max', () => {
		const [c] = run('en', [
			'Both governments will strive to grow two-way trade by 10-15% a year.'
		]).commitments;
		expect(c).toMatchObject({ target_value: '10', target_value_max: '15', unit: '%' });
	});

	it('takes scholarship pledges with the unit normalised', () => {
		const [vi] = run('vi', [
			'Năm học tới, Việt Nam sẽ tiếp nhận 1.100 suất học bổng cho sinh viên Lào.'
		]).commitments;
		expect(vi).toMatchObject({
			sector: 'education',
			target_value: '1100',
			unit: 'scholarships',
			target_year: 2025
		});
		const [en] = run('en', [
			'Laos will offer 60 scholarships to Vietnamese students in 2025.'
		]).commitments;
		expect(en).toMatchObject({
			sector: 'education',
			target_value: '60',
			unit: 'scholarships',
			target_year: 2025
		});
	});

	it('takes a project to build or speed up, with its entity (vi and en)', () => {
		const [vi] = run('vi', [
			'Hai Thủ tướng yêu cầu các bộ đẩy nhanh tiến độ dự án cảng Vũng Áng.'
		]).commitments;
		expect(vi).toMatchObject({
			sector: 'infrastructure',
			kind: 'project',
			entities: ['vung-ang-port']
		});
		const [en] = run('en', [
			'The two sides pledged to speed up work on the Vientiane-Hanoi expressway.'
		]).commitments;
		expect(en).toMatchObject({
			sector: 'infrastructure',
			entities: ['hanoi-vientiane-expressway']
		});
	});

	it('takes energy and coal commitments', () => {
		const [power] = run('en', [
			'Vietnam plans to buy 3,000 MW of electricity from Laos by 2030.'
		]).commitments;
		expect(power).toMatchObject({
			sector: 'energy',
			target_value: '3000',
			unit: 'MW',
			target_year: 2030
		});
		const [coal] = run('vi', [
			'Phía Lào cam kết cung cấp 2 triệu tấn than mỗi năm cho các nhà máy nhiệt điện của Việt Nam.'
		]).commitments;
		expect(coal).toMatchObject({ sector: 'energy', target_value: '2000000', unit: 'tonnes' });
	});

	it('marks "tiếp tục" / "continue to" as reaffirmed', () => {
		const [vi] = run('vi', [
			'Hai nước sẽ tiếp tục triển khai Hiệp định Thương mại biên giới Việt Nam - Lào.'
		]).commitments;
		expect(vi).toMatchObject({ novelty: 'reaffirmed', entities: ['vn-la-border-trade-agreement'] });
		const [en] = run('en', [
			'Vietnam will continue to support the Laos-Vietnam Friendship Park project.'
		]).commitments;
		expect(en?.novelty).toBe('reaffirmed');
	});

	it('reads "an agreement signed" as a participle, not as a past result', () => {
		const [en] = run('en', [
			'Vietnam will provide 900 scholarships to Lao students next year under an agreement signed on Monday.'
		]).commitments;
		expect(en).toMatchObject({ target_value: '900', unit: 'scholarships', target_year: 2025 });
		const [vi] = run('vi', [
			'Theo thỏa thuận đã ký, phía Việt Nam sẽ nhập khẩu 1.500 MW điện từ Lào đến năm 2027.'
		]).commitments;
		expect(vi).toMatchObject({
			sector: 'energy',
			target_value: '1500',
			unit: 'MW',
			target_year: 2027
		});
	});

	it('takes an assignment to a ministry', () => {
		const [c] = run('vi', [
			'Thủ tướng giao Bộ Giao thông vận tải khẩn trương hoàn thiện hồ sơ dự án đường cao tốc Hà Nội - Viêng Chăn.'
		]).commitments;
		expect(c?.cues).toContain('vi:giao');
		expect(c?.entities).toEqual(['hanoi-vientiane-expressway']);
	});

	it('gives each listed project its own commitment and quote', () => {
		const out = run('vi', [
			'Hai bên nhất trí ưu tiên nguồn lực cho các công trình như cảng Vũng Áng, đường sắt Viêng Chăn - Vũng Áng và cao tốc Hà Nội - Viêng Chăn.'
		]);
		expect(out.commitments.map((c) => c.entities)).toEqual([
			['vung-ang-port'],
			['vientiane-vung-ang-railway'],
			['hanoi-vientiane-expressway']
		]);
		expect(quotes(out)).toEqual([
			'Hai bên nhất trí ưu tiên nguồn lực cho các công trình như cảng Vũng Áng',
			'đường sắt Viêng Chăn - Vũng Áng',
			'cao tốc Hà Nội - Viêng Chăn'
		]);
	});

	it('separates a target from a project in the same sentence (en)', () => {
		const out = run('en', [
			'Leaders agreed to raise trade to US$3 billion and to start building the Thakhek-Vung Ang railway next year.'
		]);
		expect(out.commitments).toHaveLength(2);
		expect(out.commitments[0]).toMatchObject({ target_value: '3000000000', entities: [] });
		expect(out.commitments[1]).toMatchObject({
			entities: ['vientiane-vung-ang-railway'],
			target_year: 2025
		});
	});

	it('splits clauses with their own agreement into separate commitments', () => {
		const out = run('vi', [
			'Hai bên nhất trí tăng cường hợp tác giáo dục, đào tạo nguồn nhân lực; nhất trí mở rộng hợp tác du lịch giữa các địa phương.'
		]);
		expect(out.commitments.map((c) => c.sector)).toEqual(['education', 'culture_tourism']);
	});
});

describe('commitments: what does not count', () => {
	const none = (language: 'vi' | 'en', text: string): void =>
		expect(quotes(run(language, [text]))).toEqual([]);

	it('skips past results', () => {
		none('vi', 'Năm ngoái, kim ngạch thương mại hai nước đạt 1,8 tỷ USD, tăng 12%.');
		none('vi', 'Hai bộ đã ký bản ghi nhớ về hợp tác năng lượng.');
		none('en', 'The two countries signed a deal on the Xekaman 3 hydropower plant last year.');
		none('en', 'Bilateral trade reached US$1.2 billion in 2021.');
	});

	it('skips praise, relationship talk and invitations', () => {
		none(
			'vi',
			'Hai nhà lãnh đạo đánh giá cao quan hệ hữu nghị truyền thống, đoàn kết đặc biệt giữa hai nước.'
		);
		none('vi', 'Hai bên khẳng định quyết tâm tiếp tục vun đắp mối quan hệ gắn bó, tin cậy.');
		none('vi', 'Thủ tướng Lào mời Thủ tướng Việt Nam thăm Lào; Thủ tướng vui vẻ nhận lời.');
		none(
			'en',
			'The President praised the special ties and accepted an invitation to visit Vientiane.'
		);
	});

	it('skips ceremonies, visits and discussions', () => {
		none('vi', 'Sau hội đàm, hai Thủ tướng chứng kiến lễ ký các văn bản hợp tác giữa hai bộ.');
		none('vi', 'Chủ tịch nước sẽ thăm cấp Nhà nước tới Lào vào tuần tới.');
		none('en', 'The two sides discussed cooperation in energy and transport.');
		none('en', 'The next investment promotion conference will be held in Vientiane in 2025.');
		none(
			'vi',
			'Diễn đàn doanh nghiệp thương mại Việt Nam - Lào sẽ được tổ chức tại Viêng Chăn vào tháng tới.'
		);
	});

	it('skips hedges and forecasts without an agent', () => {
		none('vi', 'Các chuyên gia dự báo kim ngạch có thể đạt 3 tỷ USD trong năm tới.');
		none('vi', 'Hai bên sẽ xem xét khả năng mở thêm đường bay thẳng.');
		none('en', 'Analysts believe trade could hit $3 billion next year.');
	});

	it('skips descriptions of an ongoing state', () => {
		none('vi', 'Hợp tác giáo dục tiếp tục được quan tâm và đạt nhiều kết quả.');
		none('en', 'Education cooperation continues to be a bright spot in the relationship.');
	});

	it('skips captions and headings', () => {
		none('vi', 'Hai bên nhất trí đẩy nhanh dự án cảng Vũng Áng. Ảnh: TTXVN');
		none('vi', 'Tiếp tục đẩy nhanh các dự án hạ tầng trọng điểm');
	});
});

describe('trade observations', () => {
	it('reads a final full-year figure and an estimate with growth (vi)', () => {
		const t = run('vi', [
			'Năm 2022, kim ngạch thương mại song phương đạt 1,7 tỷ USD; năm 2023 ước đạt 1,9 tỷ USD, tăng 11,5% so với năm 2022.'
		]).trade_observations;
		expect(t).toMatchObject([
			{
				year: 2022,
				value_usd: '1700000000',
				period: 'full_year',
				is_estimate: false,
				growth_pct: null
			},
			{
				year: 2023,
				value_usd: '1900000000',
				period: 'full_year',
				is_estimate: true,
				growth_pct: 11.5
			}
		]);
	});

	it('marks a part-year figure with the months covered', () => {
		const [vi] = run('vi', [
			'Trong 9 tháng đầu năm 2024, kim ngạch thương mại hai chiều đạt 1,4 tỷ USD, giảm 3%.'
		]).trade_observations;
		expect(vi).toMatchObject({ year: 2024, period: 'M1-M9', growth_pct: -3 });
		const [en] = run('en', [
			'In the first half of 2019, two-way trade reached US$560 million.'
		]).trade_observations;
		expect(en).toMatchObject({
			year: 2019,
			value_usd: '560000000',
			period: 'M1-M6',
			is_estimate: false
		});
		const [q] = run('en', [
			'Bilateral trade in the first quarter of 2020 totalled US$300 million.'
		]).trade_observations;
		expect(q?.period).toBe('M1-M3');
	});

	it('reads English estimates and relative years', () => {
		const [t] = run(
			'en',
			['Two-way trade this year is estimated at US$1.1 billion, up 8% from last year.'],
			'2017-11-02'
		).trade_observations;
		expect(t).toMatchObject({
			year: 2017,
			value_usd: '1100000000',
			is_estimate: true,
			growth_pct: 8
		});
	});

	it('ignores targets, investment capital and export-only figures', () => {
		const out = run('vi', [
			'Hai bên phấn đấu đưa kim ngạch thương mại song phương đạt 5 tỷ USD vào năm 2030.',
			'Năm 2023, vốn đầu tư của Việt Nam vào Lào đạt 5,5 tỷ USD.',
			'Năm 2023, kim ngạch xuất khẩu của Việt Nam sang Lào đạt 700 triệu USD.'
		]);
		expect(out.trade_observations).toEqual([]);
	});
});
