/**
 * Trade figures as real Vietnamese and English coverage writes them (issue #12, part 5). Each
 * construction was noted while reading news on Vietnam–Laos trade (VNA/Vietnamplus, VOV, Laotian
 * Times, Phnom Penh Post, Nhân Dân, Công Thương, Tin tức, 2012–2026); every sentence below is our
 * own, built on that construction, with figures of the same size.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import type { Extraction } from '../../src/lib/server/extract/index';

function run(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null = '2024-06-15'
): Extraction {
	return extractBlocks(language, paragraphs, published, '\n\n', 'Tiêu đề bài viết');
}

type Obs = [number, string, string, boolean, number | null];
const obs = (e: Extraction): Obs[] =>
	e.trade_observations.map((t) => [t.year, t.value_usd, t.period, t.is_estimate, t.growth_pct]);

describe('trade: another country pair in the article', () => {
	it('drops "song phương" / "bilateral" when the sentences before are about China and Laos', () => {
		const vi = run(
			'vi',
			[
				'Quan hệ giữa Bắc Kinh và Vientiane được cải thiện từ đầu thập niên 1990.',
				'Trung Quốc hiện là nhà đầu tư lớn nhất tại Lào.',
				'Năm ngoái, kim ngạch thương mại song phương đạt 2,9 tỷ USD.'
			],
			'2016-09-08'
		);
		expect(obs(vi)).toEqual([]);
		const en = run(
			'en',
			[
				'Beijing has become the largest investor in Laos.',
				'Last year, bilateral trade reached US$2.8 billion.'
			],
			'2016-11-28'
		);
		expect(obs(en)).toEqual([]);
	});

	it('drops "two-way trade" in a passage about Vietnam and Cambodia', () => {
		const out = run(
			'en',
			[
				'Vietnam and Cambodia established diplomatic ties in 1967 and have since supported each other.',
				'Two-way trade stood at 4.7 billion USD in 2018, up 24 percent against 2017.'
			],
			'2019-05-28'
		);
		expect(obs(out)).toEqual([]);
		const vi = run(
			'vi',
			[
				'Đại sứ Việt Nam tại Campuchia cho biết hai nước đã ký nhiều thỏa thuận mới.',
				'Năm 2023, kim ngạch thương mại hai chiều đạt 10 tỷ USD.'
			],
			'2024-03-01'
		);
		expect(obs(vi)).toEqual([]);
	});

	it('keeps "hai nước" after a sentence ranking Laos\'s partners, in an article about Vietnam and Laos', () => {
		const out = run(
			'vi',
			[
				'Thủ tướng Việt Nam và Thủ tướng Lào đồng chủ trì kỳ họp Ủy ban liên Chính phủ Việt Nam – Lào.',
				'Hai bên đánh giá cao kết quả hợp tác giữa Việt Nam và Lào trong năm qua.',
				'Hiện Lào có nhiều đối tác thương mại lớn như Thái Lan và Trung Quốc.',
				'Năm 2023, kim ngạch thương mại hai nước đạt 1,6 tỷ USD.'
			],
			'2024-01-08'
		);
		expect(obs(out)).toEqual([[2023, '1600000000', 'full_year', false, null]]);
	});

	it('keeps the figure when the passage is about Vietnam and Laos, even if a third country is named', () => {
		const out = run(
			'vi',
			[
				'Hàng hóa Việt Nam tại Lào phải cạnh tranh với hàng Thái Lan và Trung Quốc, nhưng Việt Nam vẫn là đối tác lớn thứ ba của Lào.',
				'Năm 2023, kim ngạch thương mại song phương đạt 1,6 tỷ USD.'
			],
			'2024-01-10'
		);
		expect(obs(out)).toEqual([[2023, '1600000000', 'full_year', false, null]]);
		const plain = run(
			'en',
			[
				'Vietnam and Laos held their annual trade fair in Vientiane.',
				'Last year, bilateral trade reached US$1.6 billion.'
			],
			'2024-02-27'
		);
		expect(obs(plain)).toEqual([[2023, '1600000000', 'full_year', false, null]]);
	});
});

describe('trade: growth and period in journalistic order', () => {
	it('reads a single month with the change before the figure and a baseline year', () => {
		// "turnover in January increased by N% over the same period in 2023, reaching X"
		const out = run(
			'en',
			[
				'The Vietnam - Laos trade turnover in January rose by 70.5% over the same period in 2023, reaching 170 million USD.'
			],
			'2024-02-27'
		);
		expect(obs(out)).toEqual([[2024, '170000000', 'M1', false, 70.5]]);
	});

	it('reads "tăng tới N%" and "tính riêng tháng N/YYYY"', () => {
		expect(
			obs(
				run(
					'vi',
					[
						'Riêng trong tháng 7, thương mại hai chiều giữa hai nước đạt gần 120 triệu USD, tăng tới 50,2% so với cùng kỳ năm ngoái.'
					],
					'2022-08-12'
				)
			)
		).toEqual([[2022, '120000000', 'M7', false, 50.2]]);
		expect(
			obs(
				run('vi', [
					'Tính riêng tháng 12/2022, tổng kim ngạch thương mại Việt Nam - Lào đạt 205 triệu USD, tăng 58% so với tháng 11/2022 (130 triệu USD).'
				])
			)
		).toEqual([[2022, '205000000', 'M12', false, 58]]);
	});

	it('reads a cumulative figure up to a month ("lũy kế hết tháng N") as part of the year', () => {
		expect(
			obs(run('vi', ['Lũy kế hết tháng 11/2023, kim ngạch thương mại song phương đạt 1,5 tỷ USD.']))
		).toEqual([[2023, '1500000000', 'M1-M11', false, null]]);
		expect(
			obs(
				run(
					'vi',
					[
						'Việt Nam nhiều năm qua luôn là đối tác lớn của Lào, kim ngạch thương mại hai chiều lũy kế đến hết tháng 6/2024 đạt 930 triệu USD, tăng 11%.'
					],
					'2024-07-26'
				)
			)
		).toEqual([[2024, '930000000', 'M1-M6', false, 11]]);
	});

	it('reads "trade revenue" as trade, not as revenue', () => {
		expect(
			obs(
				run(
					'en',
					[
						'Two-way trade revenue between Vietnam and Laos in 2022 grew 24% from the previous year to reach some 1.7 billion USD.'
					],
					'2023-02-06'
				)
			)
		).toEqual([[2022, '1700000000', 'full_year', false, 24]]);
	});

	it('takes "on last year\'s same period" as a baseline, not as the year', () => {
		expect(
			obs(
				run(
					'en',
					[
						"Bilateral trade between the two countries reached US$500 million in the first half of this year, up 8.3 percent on last year's same period."
					],
					'2013-08-23'
				)
			)
		).toEqual([[2013, '500000000', 'M1-M6', false, 8.3]]);
	});

	it('reads a series "from X in 2020 to Y in 2021 and Z last year", each with its own year', () => {
		const out = run(
			'en',
			[
				'Statistics show that trade between Vietnam and Laos jumped from some US$1 billion in 2020 to $1.4 billion in 2021 and $1.6 billion last year.'
			],
			'2023-01-13'
		);
		expect(obs(out).map((o) => [o[0], o[1]])).toEqual([
			[2020, '1000000000'],
			[2021, '1400000000'],
			[2022, '1600000000']
		]);
	});

	it('reads a series in Vietnamese and with "and", each figure quoted with its year', () => {
		const vi = run(
			'vi',
			['Kim ngạch thương mại song phương tăng từ 1,37 tỷ USD năm 2021 lên 1,7 tỷ USD năm 2022.'],
			'2023-03-01'
		).trade_observations;
		expect(vi.map((t) => [t.year, t.value_usd, t.quote])).toEqual([
			[2021, '1370000000', 'Kim ngạch thương mại song phương tăng từ 1,37 tỷ USD năm 2021'],
			[2022, '1700000000', 'lên 1,7 tỷ USD năm 2022']
		]);
		const en = run(
			'en',
			['Trade between the two countries hit US$1.63 billion in 2022 and US$1.6 billion in 2023.'],
			'2024-03-01'
		);
		expect(obs(en).map((o) => [o[0], o[1]])).toEqual([
			[2022, '1630000000'],
			[2023, '1600000000']
		]);
	});

	it('skips a yearly level ("US$1.5 billion a year")', () => {
		expect(
			obs(
				run(
					'en',
					[
						'In 2023 Vietnam remained a top partner of Laos, with two-way trade of around US$1.5 billion a year.'
					],
					'2024-03-01'
				)
			)
		).toEqual([]);
	});

	it('reads a bare "trade totalled" in a Vietnam–Laos passage', () => {
		expect(
			obs(
				run(
					'en',
					[
						'Laos and Vietnam held their committee meeting in Vientiane.',
						'From January to October, trade totalled $2.3 billion.'
					],
					'2025-12-05'
				)
			)
		).toEqual([[2025, '2300000000', 'M1-M10', false, null]]);
	});

	it('reads the value of a later period in the same sentence as a part of the year', () => {
		const out = run(
			'en',
			[
				'The value of trade between Laos and Vietnam last year soared to $1.37 billion, up 33 per cent from 2020, with the value in the first two months of this year rising by 15 per cent to nearly $243 million.'
			],
			'2022-04-12'
		);
		expect(obs(out)).toEqual([
			[2021, '1370000000', 'full_year', false, 33],
			[2022, '243000000', 'M1-M2', false, 15]
		]);
	});

	it('reads "N months" without "đầu năm" and an estimate', () => {
		expect(
			obs(
				run(
					'vi',
					[
						'Kim ngạch thương mại song phương 10 tháng đầu ước tính đạt 2,6 tỷ USD, tăng 50,41% so với cùng kỳ năm trước.'
					],
					'2025-11-27'
				)
			)
		).toEqual([[2025, '2600000000', 'M1-M10', true, 50.41]]);
	});

	it('reads the range of months written "từ tháng 1-10/2022" with growth before the figure', () => {
		expect(
			obs(
				run('vi', [
					'Tổng kim ngạch xuất nhập khẩu Việt Nam – Lào trong thời gian từ tháng 1-10/2022 tăng 28,3%, đạt 1,36 tỷ USD so với cùng kỳ năm ngoái.'
				])
			)
		).toEqual([[2022, '1360000000', 'M1-M10', false, 28.3]]);
	});

	it('reads "as of March 2017" as January–March and "the five-month period" from the sentence before', () => {
		expect(
			obs(
				run(
					'en',
					[
						'As of March 2017, trade between the two countries reached US$236 million, up 4.3% year on year.'
					],
					'2017-07-01'
				)
			)
		).toEqual([[2017, '236000000', 'M1-M3', false, 4.3]]);
		// A kip figure with its dollar value in brackets: the dollars are the observation.
		expect(
			obs(
				run(
					'en',
					[
						'Bilateral trade during the five-month period amounted to 3.5 trillion kip ($440 million), up 5.6% year-on-year.'
					],
					'2013-07-22'
				)
			)
		).toEqual([[2013, '440000000', 'M1-M5', false, 5.6]]);
	});

	it('reads "US dollars" written out', () => {
		expect(
			obs(
				run(
					'en',
					[
						'The total trade volume between Vietnam and Laos last year was about 1.1 billion US dollars.'
					],
					'2019-03-01'
				)
			)
		).toEqual([[2018, '1100000000', 'full_year', false, null]]);
	});
});

describe('trade: a sentence about the figure just reported', () => {
	it('reads "The eight-month figure was …" after a trade sentence, and "the figure … in ten months of this year"', () => {
		const out = run(
			'en',
			[
				'Two-way trade between Vietnam and Laos topped 1 billion USD last year. The eight-month figure was 750 million USD, up 14 percent annually.'
			],
			'2019-12-23'
		);
		expect(obs(out)).toEqual([
			[2018, '1000000000', 'full_year', false, null],
			[2019, '750000000', 'M1-M8', false, 14]
		]);
		const en = run(
			'en',
			[
				'The two sides aim for 2 billion USD in bilateral trade soon. Accordingly, the figure has surged 28% to 1.4 billion USD in ten months of this year.'
			],
			'2022-11-26'
		);
		expect(obs(en)).toEqual([[2022, '1400000000', 'M1-M10', false, 28]]);
	});

	it('does not read a figure sentence after a sentence about something else', () => {
		expect(
			obs(
				run(
					'en',
					["Vietnam's exports to Laos grew strongly. The eight-month figure was 400 million USD."],
					'2019-12-23'
				)
			)
		).toEqual([]);
	});
});

describe('trade: months that ended before the article', () => {
	it("dates a month or months after the article's month to the year before", () => {
		// A February article on December's trade; a January article on the first eleven months.
		expect(
			obs(
				run(
					'en',
					[
						'Vietnam and Laos held a trade forum in November.',
						'In December alone, the two-way trade stood at 210 million USD, up 60% from the previous month.'
					],
					'2023-02-06'
				)
			)
		).toEqual([[2022, '210000000', 'M12', false, 60]]);
		expect(
			obs(
				run(
					'vi',
					['Trong 11 tháng đầu năm, kim ngạch thương mại hai chiều Việt Nam - Lào đạt 1,5 tỷ USD.'],
					'2024-01-05'
				)
			)
		).toEqual([[2023, '1500000000', 'M1-M11', false, null]]);
		// Months before the article's month stay in its year.
		expect(
			obs(
				run(
					'en',
					['In June alone, two-way trade hit nearly 134 million USD, up 29.9% year on year.'],
					'2022-07-25'
				)
			)
		).toEqual([[2022, '134000000', 'M6', false, 29.9]]);
	});
});

describe('trade: wording of the subject and the change', () => {
	it('reads the pair\'s trade named as "thương mại Việt - Lào", "xuất nhập khẩu giữa …", "import-export turnover", "trade exchange"', () => {
		const one: Obs[] = [[2023, '1600000000', 'full_year', false, null]];
		expect(obs(run('vi', ['Thương mại Việt - Lào năm 2023 đạt 1,6 tỷ USD.']))).toEqual(one);
		expect(
			obs(run('vi', ['Năm 2023, xuất nhập khẩu giữa Việt Nam và Lào đạt 1,6 tỷ USD.']))
		).toEqual(one);
		expect(
			obs(
				run('en', [
					'The import-export turnover between Vietnam and Laos hit 1.6 billion USD in 2023.'
				])
			)
		).toEqual(one);
		expect(
			obs(
				run('en', [
					'In 2023, total import and export value between Vietnam and Laos reached 1.6 billion USD.'
				])
			)
		).toEqual(one);
		expect(
			obs(run('en', ['Trade exchange between the two countries reached 1.6 billion USD in 2023.']))
		).toEqual(one);
		// Exports or imports alone are still not two-way trade.
		expect(
			obs(run('en', ["In 2023, Vietnam's export value to Laos reached 600 million USD."]))
		).toEqual([]);
	});

	it('reads "a year-on-year increase of N percent", "the second half" and "US$2.2bil"', () => {
		expect(
			obs(
				run(
					'en',
					[
						'Two-way trade between Vietnam and Laos reached 890 million USD last year, a year-on-year increase of 9.7 percent.'
					],
					'2018-06-01'
				)
			)
		).toEqual([[2017, '890000000', 'full_year', false, 9.7]]);
		expect(
			obs(
				run(
					'en',
					[
						'Two-way trade between Vietnam and Laos reached 890 million USD last year, a year-on-year decline of 9.7 percent.'
					],
					'2018-06-01'
				)
			)
		).toEqual([[2017, '890000000', 'full_year', false, -9.7]]);
		expect(
			obs(
				run('vi', [
					'Trong 6 tháng cuối năm 2023, kim ngạch thương mại Việt Nam - Lào đạt 900 triệu USD.'
				])
			)
		).toEqual([[2023, '900000000', 'M7-M12', false, null]]);
		expect(
			obs(
				run(
					'en',
					['Two-way trade between Vietnam and Laos rose to US$2.2bil in 2024.'],
					'2025-01-20'
				)
			)
		).toEqual([[2024, '2200000000', 'full_year', false, null]]);
	});

	it('reads "tăng trưởng N%" and "Lao-Vietnamese trade"', () => {
		expect(
			obs(
				run('vi', [
					'Năm 2022, kim ngạch thương mại Việt Nam - Lào đạt 1,7 tỷ USD, tăng trưởng 24% so với năm 2021.'
				])
			)
		).toEqual([[2022, '1700000000', 'full_year', false, 24]]);
		expect(
			obs(run('en', ['Lao-Vietnamese trade hit US$1.7 billion last year.'], '2023-02-06'))
		).toEqual([[2022, '1700000000', 'full_year', false, null]]);
	});
});

describe('trade: results, estimates and forecasts', () => {
	it('reads "was estimated to reach" for a past year as an estimate, and as a forecast early in the year itself', () => {
		expect(
			obs(
				run(
					'en',
					[
						'Bilateral trade turnover in 2024 was estimated to reach 2.2 billion USD, an increase of nearly 34% compared to 2023.'
					],
					'2025-01-04'
				)
			)
		).toEqual([[2024, '2200000000', 'full_year', true, 34]]);
		expect(
			obs(
				run(
					'en',
					[
						'Bilateral trade is estimated to reach 1.6 billion USD this year, an increase of 20% against last year.'
					],
					'2022-06-04'
				)
			)
		).toEqual([]);
	});

	it('skips both ends of a projected range', () => {
		expect(
			obs(
				run(
					'en',
					[
						'The two-way trade was projected to reach between US$1.1 billion and US$1.2 billion by year end, marking a 12.6 per cent increase.'
					],
					'2019-12-02'
				)
			)
		).toEqual([]);
	});

	it('reads an estimated range "this year … surpassing the set target" and skips the target after it', () => {
		const out = run(
			'en',
			[
				'Two-way trade is estimated at 1.1 billion USD this year, up 12.6 percent from 2018, surpassing the set target. The two countries have set a target of 4 billion USD by 2020.'
			],
			'2019-12-30'
		);
		expect(obs(out)).toEqual([[2019, '1100000000', 'full_year', true, 12.6]]);
	});

	it('skips "may reach … for the entire year" and "vượt kỳ vọng (khoảng X)"', () => {
		expect(
			obs(
				run(
					'en',
					[
						'Two-way trade may reach about 1.63 billion USD for the entire 2022, an increase of over 20% compared to last year.'
					],
					'2022-11-10'
				)
			)
		).toEqual([]);
		expect(
			obs(
				run(
					'vi',
					[
						'Tổng kim ngạch thương mại hai nước năm 2022 đạt mức tăng trưởng ấn tượng, vượt kỳ vọng lãnh đạo hai nước đề ra (khoảng 1,6 tỷ USD).'
					],
					'2023-01-20'
				)
			)
		).toEqual([]);
	});

	it('reads an estimated figure for the year just ended with a growth noun after it', () => {
		expect(
			obs(
				run(
					'en',
					[
						'The minister highlighted bilateral trade, with turnover reaching an estimated USD 2.2 billion in 2024, marking a nearly 34 percent increase from 2023.'
					],
					'2025-01-07'
				)
			)
		).toEqual([[2024, '2200000000', 'full_year', true, 34]]);
	});
});

describe('trade: an article without a date', () => {
	it('dates "9 tháng đầu năm nay" by the latest year the article names that is not a plan, or the start of the period it discusses', () => {
		const out = run(
			'vi',
			[
				'Hai bên sẽ trao đổi về các biện pháp nâng cao hiệu quả hợp tác trong giai đoạn 2021-2025.',
				'Trong 9 tháng đầu năm nay, trao đổi thương mại Việt - Lào đạt trên 1,2 tỷ USD.',
				'Hai nước đang chuẩn bị các hoạt động kỷ niệm quan hệ ngoại giao trong năm 2022.'
			],
			null
		);
		expect(obs(out)).toEqual([[2021, '1200000000', 'M1-M9', false, null]]);
	});

	it('still takes a year named before the figure first', () => {
		const out = run(
			'vi',
			[
				'Năm 2019 là năm hợp tác hữu nghị Việt Nam – Lào.',
				'Trong 9 tháng đầu năm, kim ngạch thương mại hai chiều đạt 850 triệu USD.',
				'Năm 2020 hai bên sẽ ký hiệp định mới.'
			],
			null
		);
		expect(obs(out)).toEqual([[2019, '850000000', 'M1-M9', false, null]]);
	});
});
