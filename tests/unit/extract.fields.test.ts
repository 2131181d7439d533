import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import { aspectOf } from '../../src/lib/server/extract/aspect';
import { fold } from '../../src/lib/server/extract/fold';
import type { Extraction } from '../../src/lib/server/extract/index';

/** One paragraph per block, as the ingest cleaner would give them. */
function run(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null = '2024-06-15'
): Extraction {
	return extractBlocks(language, paragraphs, published, '\n\n', 'Tiêu đề bài viết');
}

const aspect = (s: string, language: 'vi' | 'en' = 'vi'): string =>
	aspectOf(fold(s).text, language);

describe('aspect', () => {
	it('is ongoing for work reported as under way', () => {
		expect(
			aspect('Hai nước đang tích cực thực hiện các dự án kết nối giao thông giữa hai tỉnh.')
		).toBe('ongoing');
		expect(aspect('Các công trình trọng điểm như cảng cạn Thà Khẹc đang được thúc đẩy.')).toBe(
			'ongoing'
		);
		expect(aspect('Tuyến đường nối hai cửa khẩu đang được khẩn trương thi công.')).toBe('ongoing');
		expect(
			aspect('Gói thầu số 2 đã hoàn thành 70% khối lượng và dự kiến về đích trong năm tới.')
		).toBe('ongoing');
		expect(aspect('The power line project is being implemented by the two utilities.', 'en')).toBe(
			'ongoing'
		);
		expect(aspect('Works on the new dormitory for Lao students are under way.', 'en')).toBe(
			'ongoing'
		);
		expect(aspect('The bridge is under construction and will open in 2026.', 'en')).toBe('ongoing');
	});

	it('is done for a reported completion', () => {
		expect(aspect('Trường học do Việt Nam tài trợ đã hoàn thành và bàn giao cho phía bạn.')).toBe(
			'done'
		);
		expect(aspect('Hai bên khánh thành nhà máy thủy điện ở tỉnh Sê Kông.')).toBe('done');
		expect(aspect('Bệnh viện hữu nghị đã được đưa vào sử dụng từ tháng 3.')).toBe('done');
		expect(aspect('The border market was completed in May with Vietnamese funding.', 'en')).toBe(
			'done'
		);
		expect(aspect('The two leaders inaugurated the new terminal at the border gate.', 'en')).toBe(
			'done'
		);
	});

	it('is future for what is still to be done, even with a completion verb', () => {
		expect(aspect('Hai bên sẽ tổ chức lễ khởi công công viên hữu nghị vào cuối năm nay.')).toBe(
			'future'
		);
		expect(aspect('Hai bên sẽ tổ chức lễ khánh thành nhà máy vào tháng 12.')).toBe('future');
		expect(aspect('Dự án dự kiến hoàn thành vào quý IV năm 2026.')).toBe('future');
		expect(aspect('Hai bên nhất trí phấn đấu hoàn thành 100% việc tôn tạo cột mốc.')).toBe(
			'future'
		);
		expect(
			aspect('Giai đoạn 1 đã hoàn thành, hai bên sẽ khởi công giai đoạn 2 trong năm tới.')
		).toBe('future');
		expect(aspect('The two sides agreed to complete the expressway section by 2027.', 'en')).toBe(
			'future'
		);
		expect(aspect('The hospital is expected to be completed next year.', 'en')).toBe('future');
		expect(aspect('Vietnam will help Laos build a new national assembly building.', 'en')).toBe(
			'future'
		);
	});

	it('does not read the Party ("Đảng") as the progressive "đang"', () => {
		expect(
			aspect('Hai Đảng thống nhất tăng cường trao đổi lý luận và thực hiện các thỏa thuận cấp cao.')
		).toBe('future');
		expect(aspect('Đảng Nhân dân Cách mạng Lào sẽ triển khai chương trình đào tạo cán bộ.')).toBe(
			'future'
		);
	});

	it('travels with each extracted commitment', () => {
		const out = run('vi', [
			'Hai bên đang tích cực triển khai dự án đường cao tốc Hà Nội – Viêng Chăn.',
			'Hai bên nhất trí sẽ tổ chức lễ khởi công Công viên Hữu nghị Việt Nam – Lào trong năm 2025.'
		]);
		const by = Object.fromEntries(out.commitments.map((c) => [c.quote.slice(0, 20), c.aspect]));
		expect(Object.values(by)).toEqual(['ongoing', 'future']);
	});

	it('is future for an English pledge and ongoing for an English progressive', () => {
		const out = run('en', [
			'Vietnam will provide 1,000 scholarships for Lao students in 2025.',
			'Vietnam is implementing a programme of 1,000 scholarships for Lao students.'
		]);
		expect(out.commitments.map((c) => c.aspect)).toEqual(['future', 'ongoing']);
	});
});

type Obs = [number, string, string, boolean, number | null];
const obs = (e: Extraction): Obs[] =>
	e.trade_observations.map((t) => [t.year, t.value_usd, t.period, t.is_estimate, t.growth_pct]);

describe('trade observations in journalistic form', () => {
	it('reads growth given before the figure', () => {
		expect(
			obs(
				run('en', [
					'Two-way trade between Vietnam and Laos rose 18% year on year to reach about 1.9 billion USD in 2023.'
				])
			)
		).toEqual([[2023, '1900000000', 'full_year', false, 18]]);
		expect(
			obs(
				run('vi', [
					'Năm 2022, thương mại hai chiều Việt Nam – Lào tăng 15% so với năm 2021, đạt 1,9 tỷ USD.'
				])
			)
		).toEqual([[2022, '1900000000', 'full_year', false, 15]]);
		expect(
			obs(
				run('vi', [
					'Kim ngạch xuất nhập khẩu Việt Nam – Lào 5 tháng đầu năm 2023 giảm 4,5%, còn 640 triệu USD.'
				])
			)
		).toEqual([[2023, '640000000', 'M1-M5', false, -4.5]]);
	});

	it('takes the year from a baseline, a relative phrase or the article date', () => {
		// "so với năm 2021" is the baseline: the figure is for 2022.
		expect(
			obs(
				run(
					'vi',
					[
						'Kim ngạch thương mại song phương vượt kế hoạch, đạt 1,9 tỷ USD, tăng 15% so với năm 2021.'
					],
					null
				)
			)
		).toEqual([[2022, '1900000000', 'full_year', false, 15]]);
		expect(
			obs(
				run(
					'vi',
					['Năm qua, kim ngạch thương mại hai chiều giữa hai nước đạt 1,6 tỷ USD.'],
					'2023-01-10'
				)
			)
		).toEqual([[2022, '1600000000', 'full_year', false, null]]);
		expect(
			obs(run('en', ['Last year bilateral trade hit US$2.1 billion, up 30 percent.'], '2025-02-01'))
		).toEqual([[2024, '2100000000', 'full_year', false, 30]]);
		// "cùng kỳ năm ngoái" is the baseline, not the figure's year.
		expect(
			obs(
				run(
					'vi',
					[
						'Trong 6 tháng đầu năm, kim ngạch thương mại Việt Nam – Lào đạt 820 triệu USD, tăng 20% so với cùng kỳ năm ngoái.'
					],
					'2022-07-20'
				)
			)
		).toEqual([[2022, '820000000', 'M1-M6', false, 20]]);
		// No date on the article: the year named earlier in the text.
		expect(
			obs(
				run(
					'vi',
					[
						'Năm 2019 là năm hợp tác hữu nghị Việt Nam – Lào.',
						'Trong 9 tháng đầu năm, kim ngạch thương mại hai chiều đạt 850 triệu USD.'
					],
					null
				)
			)
		).toEqual([[2019, '850000000', 'M1-M9', false, null]]);
	});

	it('finds a result stated against a target', () => {
		expect(
			obs(
				run('en', [
					'In 2021, two-way trade exceeded the target, reaching 1.3 billion USD, up 23 percent.'
				])
			)
		).toEqual([[2021, '1300000000', 'full_year', false, 23]]);
		expect(
			obs(
				run(
					'en',
					['Bilateral trade was estimated at US$1.2 billion this year, surpassing the set target.'],
					'2019-12-28'
				)
			)
		).toEqual([[2019, '1200000000', 'full_year', true, null]]);
		expect(
			obs(
				run('vi', [
					'Năm 2018, kim ngạch thương mại hai chiều hoàn thành vượt mục tiêu đề ra, đạt hơn 1 tỷ USD.'
				])
			)
		).toEqual([[2018, '1000000000', 'full_year', false, null]]);
	});

	it('never reports a part of the year as the full year', () => {
		expect(
			obs(
				run(
					'en',
					['By the end of September, trade between Vietnam and Laos totalled US$1.2 billion.'],
					'2022-10-12'
				)
			)
		).toEqual([[2022, '1200000000', 'M1-M9', false, null]]);
		expect(
			obs(
				run('vi', ['Tính đến hết tháng 10/2022, kim ngạch thương mại hai chiều đạt 1,36 tỷ USD.'])
			)
		).toEqual([[2022, '1360000000', 'M1-M10', false, null]]);
		expect(
			obs(run('vi', ['Từ tháng 1-8/2022, kim ngạch thương mại Việt Nam – Lào đạt 1,07 tỷ USD.']))
		).toEqual([[2022, '1070000000', 'M1-M8', false, null]]);
		expect(
			obs(
				run(
					'en',
					['In November alone, two-way trade hit US$150 million, up 12% year on year.'],
					'2023-12-15'
				)
			)
		).toEqual([[2023, '150000000', 'M11', false, 12]]);
		expect(
			obs(
				run(
					'vi',
					['Riêng tháng 11, thương mại hai chiều Việt Nam – Lào đạt 160 triệu USD.'],
					'2023-12-15'
				)
			)
		).toEqual([[2023, '160000000', 'M11', false, null]]);
		expect(
			obs(
				run(
					'en',
					['From January to October 2025, bilateral trade reached US$2.3 billion.'],
					'2025-11-20'
				)
			)
		).toEqual([[2025, '2300000000', 'M1-M10', false, null]]);
		expect(
			obs(run('en', ['So far this year, two-way trade has reached US$900 million.'], '2021-08-05'))
		).toEqual([[2021, '900000000', 'M1-M7', false, null]]);
		expect(
			obs(run('vi', ['Trong quý I/2024, kim ngạch thương mại hai chiều đạt 480 triệu USD.']))
		).toEqual([[2024, '480000000', 'M1-M3', false, null]]);
	});

	it('counts only Vietnam–Laos two-way trade', () => {
		const out = run('en', [
			'Trade between Laos and Thailand reached US$5.5 billion in 2022.',
			'Two-way trade between Laos and the world reached US$9 billion in the first eight months of 2022.',
			"In 2022, Vietnam's total export turnover reached US$371 billion.",
			'Of the total, Vietnam exported US$512 million worth of goods to Laos, with a trade surplus of US$40 million.',
			'Two-way trade between the two countries reached US$4.5 billion in the 2018-2021 period.'
		]);
		expect(obs(out)).toEqual([]);
		const vi = run('vi', [
			'Năm 2022, kim ngạch thương mại Lào – Thái Lan đạt 5,5 tỷ USD.',
			'Năm 2022, kim ngạch thương mại hai chiều Việt Nam – Lào đạt 1,7 tỷ USD, trong đó xuất khẩu của Việt Nam sang Lào đạt 600 triệu USD.'
		]);
		expect(obs(vi)).toEqual([[2022, '1700000000', 'full_year', false, null]]);
	});

	it('skips forecasts, even with a year of their own', () => {
		const out = run(
			'vi',
			['Dự kiến kim ngạch thương mại hai nước cả năm 2022 sẽ đạt khoảng 1,6 tỷ USD.'],
			null
		);
		expect(obs(out)).toEqual([]);
		const en = run(
			'en',
			['Two-way trade is expected to hit 1.6 billion USD this year.'],
			'2022-09-01'
		);
		expect(obs(en)).toEqual([]);
	});
});

describe('aspect follows the governing verb', () => {
	it('is future when a future verb governs and "đang" only describes someone in a relative clause', () => {
		expect(
			aspect(
				'Phía Lào khẳng định sẽ chỉ đạo các bộ, ngành tạo điều kiện cho các doanh nghiệp Việt Nam đang đầu tư tại Lào.'
			)
		).toBe('future');
		expect(
			aspect('Vietnam will support the firms that are building roads in the north of Laos.', 'en')
		).toBe('future');
		expect(aspect('Các dự án đang được triển khai và sẽ hoàn thành trong năm 2026.')).toBe(
			'ongoing'
		);
	});
});

describe('sectors', () => {
	const sector = (s: string, language: 'vi' | 'en' = 'vi'): string[] =>
		run(language, [s]).commitments.map((c) => c.sector);

	it('puts telecoms, e-government and digital transformation in digital_telecom', () => {
		expect(
			sector(
				'Hai bên nhất trí mở rộng hợp tác trong các lĩnh vực viễn thông, chính phủ điện tử và chuyển đổi số.'
			)
		).toEqual(['digital_telecom']);
		expect(
			sector(
				'The two ministries agreed to cooperate on digital transformation and e-government services.',
				'en'
			)
		).toEqual(['digital_telecom']);
	});

	it('never makes defense_security from politics words or a border gate alone', () => {
		expect(
			sector(
				'Hai bên nhất trí giữ vững ổn định chính trị, tăng cường hợp tác giữa hai Đảng và hai Nhà nước.'
			)
		).not.toContain('defense_security');
		expect(
			sector(
				'Hai tỉnh thống nhất nâng cấp cửa khẩu biên giới và chợ biên giới để thúc đẩy thương mại.'
			)
		).not.toContain('defense_security');
		expect(
			sector('Hai bên nhất trí tăng cường phối hợp bảo đảm an ninh trật tự tại khu vực biên giới.')
		).toEqual(['defense_security']);
		expect(
			sector('The two armies agreed to hold joint border patrols and to fight drug crime.', 'en')
		).toEqual(['defense_security']);
	});
});

describe('titles', () => {
	it('gives every commitment an English title, from a template when no registry name exists', () => {
		const out = run('vi', [
			'Hai bên nhất trí đẩy nhanh xây dựng đường cao tốc Hà Nội – Viêng Chăn.',
			'Việt Nam sẽ tiếp tục dành học bổng cho lưu học sinh Lào sang học tập tại Việt Nam.',
			'Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương đạt 5 tỷ USD vào năm 2030.',
			'Hai bên nhất trí mở rộng hợp tác trong các lĩnh vực viễn thông, chính phủ điện tử và chuyển đổi số.'
		]);
		expect(out.commitments.map((c) => c.title_en)).toEqual([
			'Speed up the Hanoi–Vientiane expressway',
			'Education cooperation: scholarships for Lao students',
			'Trade target: US$5 billion by 2030',
			'Digital and telecoms cooperation: telecoms, digital transformation, e-government'
		]);
	});

	it('cuts a long title at a clause or word boundary, never inside a word', () => {
		const long =
			'Hai bên nhất trí tiếp tục phối hợp chặt chẽ trong việc nâng cao chất lượng đào tạo nguồn nhân lực chất lượng cao cho các bộ ngành và địa phương của Lào trong giai đoạn mới đầy thách thức.';
		const [c] = run('vi', [long]).commitments;
		expect(c!.title.length).toBeLessThanOrEqual(91);
		const title = c!.title.replace(/…$/, '');
		// Titles start with a capital; the passage has the verb in lower case.
		const stem = title.charAt(0).toLowerCase() + title.slice(1);
		// Every word of the title is a whole word of the passage.
		expect(long).toContain(stem);
		expect(/[\p{L}]/u.test(long.charAt(long.indexOf(stem) + stem.length))).toBe(false);
	});

	it('reads word-segmented text with spaces', () => {
		const [c] = run('vi', [
			'Hai bên nhất_trí tăng_cường hợp_tác trong lĩnh_vực du_lịch và văn_hóa giữa hai nước .'
		]).commitments;
		expect(c?.title).not.toContain('_');
	});
});

describe('trade: the target named in a result sentence', () => {
	it('is not an observation, while the result beside it is', () => {
		const out = run('vi', [
			'Năm 2024, kim ngạch thương mại song phương đạt 1,6 tỷ USD, vượt mục tiêu 1,5 tỷ USD mà hai Chính phủ đề ra.'
		]);
		expect(obs(out)).toEqual([[2024, '1600000000', 'full_year', false, null]]);
		expect(obs(run('en', ['Two-way trade beat the target of US$1.5 billion in 2023.']))).toEqual(
			[]
		);
	});
});
