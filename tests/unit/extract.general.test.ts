/**
 * The general rules added after measuring the engine on the dev set (tests/fixtures/dev): each
 * rule is checked on sentences written for this file, not taken from any article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import { findEntities, fold, type Extraction } from '../../src/lib/server/extract/index';

function run(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null = '2019-05-20'
): Extraction {
	return extractBlocks(language, paragraphs, published, '\n\n', 'Tiêu đề');
}

const slugs = (text: string): string[] => findEntities(fold(text).text).map((e) => e.slug);

describe('a chain of targets in one clause', () => {
	it('gives each step its own commitment, value, year and quote (vi)', () => {
		const out = run('vi', [
			'Hai Chính phủ nhất trí phấn đấu đưa kim ngạch thương mại lên 3 tỷ USD vào năm 2022 và tiến tới mốc 6 tỷ USD vào năm 2028.'
		]).commitments;
		expect(out.map((c) => [c.target_value, c.target_year, c.sector, c.novelty])).toEqual([
			['3000000000', 2022, 'trade', 'new'],
			['6000000000', 2028, 'trade', 'new']
		]);
		expect(out[0]!.quote.endsWith('vào năm 2022')).toBe(true);
		expect(out[1]!.quote).toBe('tiến tới mốc 6 tỷ USD vào năm 2028');
	});

	it('splits power-import steps and keeps the energy sector on the bare second step', () => {
		const out = run('vi', [
			'Hai bộ thống nhất tăng lượng điện nhập khẩu từ Lào lên 2.000 MW vào năm 2023, lên 4.000 MW vào năm 2027.'
		]).commitments;
		expect(out.map((c) => [c.target_value, c.unit, c.target_year, c.sector])).toEqual([
			['2000', 'MW', 2023, 'energy'],
			['4000', 'MW', 2027, 'energy']
		]);
	});

	it('splits an English value target from a growth target', () => {
		const out = run('en', [
			'The ministers agreed to raise two-way trade to US$1.5 billion by 2021 and to grow it by 12-15 percent a year after that.'
		]).commitments;
		expect(out.map((c) => [c.target_value, c.target_value_max, c.unit])).toEqual([
			['1500000000', null, 'USD'],
			['12', '15', '%']
		]);
	});

	it('keeps a breakdown of one target inside it', () => {
		const out = run('vi', [
			'Năm tới Việt Nam sẽ cấp 900 suất học bổng cho Lào, trong đó có 500 suất học bổng đại học và 400 suất học bổng sau đại học.'
		]).commitments;
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({ target_value: '900', unit: 'scholarships', target_year: 2020 });
	});

	it('does not split a move from a baseline to a goal', () => {
		const out = run('vi', [
			'Phía Việt Nam cam kết nâng vốn viện trợ cho giáo dục từ 50 triệu USD lên 80 triệu USD trong năm 2020.'
		]).commitments;
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({ target_value: '80000000', unit: 'USD', target_year: 2020 });
	});
});

describe('trade: goals and forecasts are not observations', () => {
	it('records a forward trade target as a commitment only', () => {
		const out = run('en', [
			'Vietnam and Laos aim to raise bilateral trade to US$2 billion in 2020.'
		]);
		expect(out.trade_observations).toEqual([]);
		expect(out.commitments[0]).toMatchObject({
			target_value: '2000000000',
			target_year: 2020,
			sector: 'trade'
		});
	});

	it('skips figures someone only hopes for, or that belong to a later year', () => {
		const out = run('en', [
			'Officials hope to push trade turnover to US$3 billion in 2025.',
			'Two-way trade will reach US$1.2 billion this year.'
		]);
		expect(out.trade_observations).toEqual([]);
		const vi = run('vi', ['Kim ngạch thương mại hai chiều năm 2021 sẽ đạt 1,5 tỷ USD.']);
		expect(vi.trade_observations).toEqual([]);
	});

	it('reads "Vietnam-Laos trade" and "trade between" as bilateral trade, partial years included', () => {
		const out = run('en', [
			'Vietnam-Laos trade reached US$1.1 billion in 2018, up 9 percent.',
			'Trade between the two countries was worth US$420 million in the first five months of this year.'
		]);
		expect(
			out.trade_observations.map((t) => [t.year, t.value_usd, t.period, t.growth_pct])
		).toEqual([
			[2018, '1100000000', 'full_year', 9],
			[2019, '420000000', 'M1-M5', null]
		]);
	});

	it('knows the other Vietnamese names for two-way trade', () => {
		const out = run('vi', [
			'Buôn bán hai chiều giữa hai nước năm 2017 đạt 900 triệu USD.',
			'Năm 2018, trao đổi thương mại giữa Việt Nam và Lào đạt 1 tỷ USD.'
		]);
		expect(out.trade_observations.map((t) => [t.year, t.value_usd])).toEqual([
			[2017, '900000000'],
			[2018, '1000000000']
		]);
	});

	it('keeps a past figure and a target in one sentence apart', () => {
		const out = run('en', [
			'Bilateral trade stood at US$1.3 billion in 2018 and the two sides targeted US$2 billion for 2020.'
		]);
		expect(out.trade_observations.map((t) => [t.year, t.value_usd])).toEqual([
			[2018, '1300000000']
		]);
		expect(out.commitments.map((c) => [c.target_value, c.target_year, c.sector])).toEqual([
			['2000000000', 2020, 'trade']
		]);
	});

	it('does not turn a VND border-gate figure into a USD observation', () => {
		const out = run('vi', [
			'Năm 2018, kim ngạch xuất nhập khẩu qua cửa khẩu Lao Bảo đạt 4.100 tỷ đồng.'
		]);
		expect(out.trade_observations).toEqual([]);
	});
});

describe('second holdout round', () => {
	it('reads a fall given before the figure as negative growth', () => {
		const [t] = run('en', [
			'Two-way trade dropped 6 percent year on year to US$410 million in the first quarter of 2019.'
		]).trade_observations;
		expect(t).toMatchObject({
			year: 2019,
			value_usd: '410000000',
			period: 'M1-M3',
			growth_pct: -6
		});
		const [vi] = run('vi', [
			'Kim ngạch thương mại song phương năm 2018 tăng 11% lên 1,2 tỷ USD.'
		]).trade_observations;
		expect(vi).toMatchObject({ year: 2018, value_usd: '1200000000', growth_pct: 11 });
	});

	it('takes "keep … open" as keeping a commitment, and a plain "checkpoint" as a border gate', () => {
		const out = run('en', [
			'The provinces vowed to keep their markets open to farm goods and to modernise the Na Meo checkpoint.'
		]).commitments;
		expect(out.map((c) => [c.novelty, c.entities])).toEqual([
			['reaffirmed', []],
			['new', ['na-meo-border-gate']]
		]);
	});

	it('resolves "from January 1" to the year after the article', () => {
		const [c] = run(
			'en',
			['Vietnam will remove import duties on Lao rice from January 1.'],
			'2018-09-10'
		).commitments;
		expect(c!.target_year).toBe(2019);
	});
});

describe('negative cues', () => {
	it('a request to the other side is not a commitment; instructing one’s own agencies is', () => {
		expect(
			run('vi', ['Bộ trưởng Lào đề nghị Việt Nam tiếp tục miễn thuế cho hàng nông sản của Lào.'])
				.commitments
		).toEqual([]);
		expect(
			run('en', [
				'The Lao minister urged Vietnamese firms to speed up the Nam Kong 3 hydropower plant.'
			]).commitments
		).toEqual([]);
		const own = run('vi', [
			'Chủ tịch tỉnh yêu cầu các sở khẩn trương hoàn thành giải phóng mặt bằng cho dự án trong quý III.'
		]).commitments;
		expect(own).toHaveLength(1);
		expect(own[0]!.sector).toBe('infrastructure');
	});

	it('what experts or figures "will" do is a forecast, unless a party agreed to it', () => {
		expect(
			run('vi', [
				'Các chuyên gia nhận định xuất khẩu than của Lào sang Việt Nam sẽ tăng mạnh trong năm tới.'
			]).commitments
		).toEqual([]);
		expect(
			run('en', ['Analysts expect power exports from Laos to Vietnam to double by 2025.'])
				.commitments
		).toEqual([]);
		expect(
			run('en', ['Coal shipments will rise to 4 million tonnes next year.']).commitments
		).toEqual([]);
		const agreed = run('en', [
			'The two sides agreed that coal shipments will rise to 4 million tonnes next year.'
		]).commitments;
		expect(agreed[0]).toMatchObject({ target_value: '4000000', unit: 'tonnes', target_year: 2020 });
	});

	it('a one-off fair is an event, a fair held every year in turn is a mechanism', () => {
		expect(
			run('vi', ['Hai tỉnh sẽ phối hợp tổ chức Hội chợ nông sản biên giới vào tháng 9 tới.'])
				.commitments
		).toEqual([]);
		expect(
			run('en', ['The provinces will hold a trade fair in Savannakhet in November.']).commitments
		).toEqual([]);
		expect(
			run('vi', ['Hai bộ thống nhất tổ chức Hội chợ thương mại luân phiên hằng năm tại mỗi nước.'])
				.commitments
		).toHaveLength(1);
	});
});

describe('figures, clauses and lists', () => {
	it('a length or capacity describing the project is not its target', () => {
		const [vi] = run('vi', [
			'Hai bên thống nhất khởi công tuyến đường sắt Thà Khẹt - Vũng Áng dài 400 km trong năm 2020.'
		]).commitments;
		expect(vi).toMatchObject({
			target_value: null,
			unit: null,
			target_year: 2020,
			sector: 'infrastructure'
		});
		const [en] = run('en', [
			'Vietnam will build the 230 km Hanoi-Vientiane expressway section by 2024.'
		]).commitments;
		expect(en).toMatchObject({ target_value: null, entities: ['hanoi-vientiane-expressway'] });
	});

	it('"agreed to X and to Y" in two fields gives two commitments; in one field, one', () => {
		const two = run('en', [
			'The ministers agreed to supply 2 million tonnes of coal in 2020 and to build a new road to the Xaysetha border gate.'
		]).commitments;
		expect(two.map((c) => c.sector)).toEqual(['energy', 'infrastructure']);
		expect(two[1]!.quote.startsWith('to build a new road')).toBe(true);
		const one = run('en', [
			'Vietnam pledged to train Lao teachers and to open Vietnamese classes in Lao schools.'
		]).commitments;
		expect(one).toHaveLength(1);
		expect(one[0]!.sector).toBe('education');
	});

	it('a list introduced by "trong đó có" keeps its head in the first item', () => {
		const out = run('vi', [
			'Hai bên nhất trí đẩy nhanh các công trình biểu tượng, trong đó có Công viên Hữu nghị Việt Nam - Lào, và sớm khởi công cảng Vũng Áng số 4.'
		]).commitments;
		expect(out[0]!.quote).toBe(
			'Hai bên nhất trí đẩy nhanh các công trình biểu tượng, trong đó có Công viên Hữu nghị Việt Nam - Lào'
		);
		expect(out.map((c) => c.entities[0])).toEqual([
			'laos-vietnam-friendship-park',
			'vung-ang-port'
		]);
		expect(out[1]!.quote.startsWith('sớm khởi công')).toBe(true);
	});

	it('a relationship word inside a name does not make a project vague', () => {
		const [c] = run('vi', [
			'Việt Nam sẽ hỗ trợ xây dựng Trường Trung học Hữu nghị tại tỉnh Xiêng Khoảng trong năm 2021.'
		]).commitments;
		expect(c).toMatchObject({ sector: 'education', target_year: 2021 });
	});

	it('resolves "đầu năm tới" against the article date', () => {
		const [c] = run(
			'vi',
			['Công ty cam kết khởi công nhà máy thủy điện Nậm Sum 5 vào đầu năm tới.'],
			'2016-10-02'
		).commitments;
		expect(c).toMatchObject({
			target_year: 2017,
			entities: ['nam-sum-5-hydropower'],
			sector: 'energy'
		});
	});

	it('keeps VND and LAK targets in their own currency', () => {
		const [vnd] = run('vi', [
			'Hai tỉnh phấn đấu đưa kim ngạch qua cửa khẩu Cha Lo đạt 900 tỷ đồng trong năm 2020.'
		]).commitments;
		expect(vnd).toMatchObject({ target_value: '900000000000', unit: 'VND' });
		const [lak] = run('vi', [
			'Tỉnh Khăm Muộn cam kết chi 15 tỷ kíp để sửa chữa đường 12 trong năm nay.'
		]).commitments;
		expect(lak).toMatchObject({ target_value: '15000000000', unit: 'LAK', target_year: 2019 });
	});
});

describe('entities', () => {
	it('detects English programme names with their period, whatever the registry knows', () => {
		expect(slugs('under the Laos-Vietnam Teacher Training Programme for 2021-2025')).toEqual([
			'laos-vietnam-teacher-training-programme-2021-2025'
		]);
		expect(slugs('the National Power Export Strategy (2016-2030)')).toEqual([
			'national-power-export-strategy-2016-2030'
		]);
	});

	it('keeps place names that start with "Lao" whole in route names', () => {
		expect(slugs('at the Densavanh–Lao Bao border gate')).toEqual([
			'densavanh-lao-bao-border-gate'
		]);
		expect(slugs('the Lao Cai-Hanoi railway')).toEqual(['hanoi-lao-cai-railway']);
		expect(slugs('the Lao Nam Ngum 1 hydropower plant')).toEqual(['nam-ngum-1-hydropower']);
	});

	it('knows the usual short names of registry items', () => {
		expect(slugs('sửa đổi Hiệp định thương mại song phương')).toEqual(['vn-la-trade-agreement']);
		expect(slugs('review the Agreement on Border Trade')).toEqual(['vn-la-border-trade-agreement']);
		expect(slugs('a line from Xekaman 1 to Pleiku')).toEqual(['xekaman-1-hydropower']);
	});
});
