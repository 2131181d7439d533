import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

/** Sentences written for this test, in the register of Vietnamese joint statements. */
function titles(...paragraphs: string[]): string[] {
	return extractBlocks('vi', paragraphs, '2025-03-01').commitments.map((c) => c.title);
}

describe('titles say what the pledge is', () => {
	it('leaves out the frame of a pledge: the need to, the effort, the resolve', () => {
		const [t] = titles(
			'Hai Bộ trưởng nhất trí sự cần thiết phải phát huy thế mạnh của mỗi nước, tập trung xây dựng Trường Hữu nghị Việt Nam - Lào ở tỉnh Bolikhamxay.'
		);
		expect(t).toBe('Xây dựng Trường Hữu nghị Việt Nam - Lào ở tỉnh Bolikhamxay');
	});

	it('skips an effort verb before the verb that says what is done, and a first clause that names no field', () => {
		const [t] = titles(
			'Hai bên nhất trí nỗ lực thúc đẩy tạo bước đột phá, nâng cao hiệu quả hợp tác giữa Đại học Quốc gia Lào và các trường đại học của Việt Nam.'
		);
		expect(t).toMatch(/^Nâng cao hiệu quả hợp tác giữa Đại học Quốc gia Lào/);
	});

	it('starts from the pledge after words of solidarity and stops where its purpose begins', () => {
		const [t] = titles(
			'Hai Thủ tướng nhấn mạnh quyết tâm chung sức, đồng lòng, kề vai sát cánh nhằm hoàn thành tuyến đường nối hai tỉnh biên giới trong năm 2026, góp phần thúc đẩy giao thương.'
		);
		expect(t).toMatch(/^Hoàn thành tuyến đường nối hai tỉnh biên giới/);
	});

	it('never titles a pledge with a bare verb whose cue sat in a relative clause', () => {
		const out = titles(
			'Hai bên sẽ thiết lập các cơ chế hợp tác mới về y tế đã được lãnh đạo hai Bộ thống nhất triển khai, qua đó đóng góp vào việc nâng cao sức khỏe nhân dân.'
		);
		for (const t of out)
			expect(t.split(/[,;]/)[0]!.trim().split(/\s+/).length, t).toBeGreaterThan(2);
	});

	it('keeps the figure in a target title that would be too long, starting where the target is named', () => {
		const out = extractBlocks(
			'vi',
			[
				'Hai bên nhất trí thúc đẩy tăng trưởng kim ngạch buôn bán song phương qua các cửa khẩu biên giới để sớm đạt mục tiêu 3 tỉ USD.'
			],
			'2025-03-01'
		).commitments;
		const three = out.find((c) => c.target_value === '3000000000')!;
		expect(three.title).toBe('Sớm đạt mục tiêu 3 tỉ USD');
	});

	it('starts after the setting of a meeting, and after who reported the agreement', () => {
		const [t1] = titles(
			'Tại kỳ họp lần thứ 5 của Ủy ban hợp tác y tế diễn ra ngày 3/4 ở Viêng Chăn, Bộ Y tế hai nước đã thống nhất tiếp tục mở rộng hợp tác đào tạo bác sĩ.'
		);
		expect(t1).toBe('Tiếp tục mở rộng hợp tác đào tạo bác sĩ');
		const [t2] = titles(
			'Về phương hướng thời gian tới, Bộ trưởng Nguyễn Văn An cho biết, hai bên đã thống nhất đẩy nhanh việc xây dựng bệnh viện hữu nghị Việt Nam - Lào tại tỉnh Bò Kẹo.'
		);
		expect(t2).toMatch(/^Đẩy nhanh việc xây dựng bệnh viện hữu nghị/);
	});

	it('never opens with a comma or a word that only adds the clause to the last one', () => {
		const [t] = titles(
			'Ngoài ra, sắp tới, Tỉnh đoàn Nghệ An cũng sẽ triển khai chương trình kết nghĩa với sinh viên Lào đang học tập tại tỉnh.'
		);
		expect(t).toMatch(/^Tỉnh đoàn Nghệ An cũng sẽ triển khai chương trình kết nghĩa/);
	});

	it('reads "vấn đề" and "đề án" as words, not as the purpose link "để"', () => {
		const [t1] = titles(
			'Hai bên nhất trí tiếp tục phối hợp giải quyết vấn đề lao động tự do ở khu vực biên giới để bảo đảm an ninh trật tự.'
		);
		expect(t1).toMatch(/giải quyết vấn đề lao động tự do ở khu vực biên giới$/);
		const [t2] = titles(
			'Hai Bộ thống nhất phối hợp xây dựng đề án phát triển du lịch cộng đồng ở các tỉnh biên giới.'
		);
		expect(t2).toMatch(/^Phối hợp xây dựng đề án phát triển du lịch/);
	});
});

describe('English titles of a field of cooperation', () => {
	it('names trade and investment together when the passage names both, whichever is its sector', () => {
		const en = extractBlocks(
			'vi',
			[
				'Hai Bộ trưởng nhất trí đẩy mạnh hợp tác thương mại và đầu tư giữa các tỉnh biên giới hai nước.',
				'Hai bên cũng nhất trí khuyến khích doanh nghiệp hai nước đầu tư và buôn bán tại các khu kinh tế cửa khẩu.'
			],
			'2025-03-01'
		).commitments.map((c) => c.title_en);
		expect(en.length).toBeGreaterThan(0);
		for (const t of en) {
			expect(t).toMatch(/^Trade and investment cooperation/);
			expect(t).not.toMatch(/: (?:.*, )?(?:trade|investment)(?:,|$)/);
		}
	});
});

describe('titles and fields from an analyst read of corpus items (our own sentences)', () => {
	it('starts at the verb a readiness or coordination cue swallowed, not at the preposition after it', () => {
		const [t] = titles(
			'Phía Lào cũng sẵn sàng phối hợp với các bộ, ngành của Lào giải đáp thắc mắc về xúc tiến thương mại giữa hai nước.'
		);
		expect(t).toMatch(/^Phối hợp với các bộ/);
	});

	it('skips who met whom and the partner in apposition: the title is what will be done', () => {
		const [t] = titles(
			'Trao đổi với Thủ tướng Lào hôm qua tại Viêng Chăn, Bộ trưởng Ngoại giao khẳng định sẽ cùng Lào, nước Chủ tịch ASEAN năm nay, thúc đẩy xây dựng Cộng đồng ASEAN.'
		);
		expect(t).toBe('Thúc đẩy xây dựng Cộng đồng ASEAN');
	});

	it('keeps the verb a manner qualifies, and does not stop at the comma between two manners', () => {
		expect(
			titles(
				'Hai Thủ tướng nhất trí cần triển khai tích cực các thỏa thuận giữa hai bên về đầu tư.'
			)
		).toEqual(['Triển khai tích cực các thỏa thuận giữa hai bên về đầu tư']);
		expect(
			titles(
				'Hai bên thống nhất tiếp tục triển khai thực hiện đồng bộ, có hiệu quả Hiệp định thương mại mới; thúc đẩy hợp tác đầu tư.'
			)[0]
		).toBe('Triển khai thực hiện đồng bộ, có hiệu quả Hiệp định thương mại mới');
	});

	it('leaves no "và" dangling where the title stops before a purpose', () => {
		const [t] = titles(
			'Hai bên nhất trí đẩy mạnh hợp tác đào tạo cán bộ y tế và góp phần nâng cao chất lượng khám chữa bệnh ở các tỉnh biên giới.'
		);
		expect(t).toBe('Đẩy mạnh hợp tác đào tạo cán bộ y tế');
	});

	it('reads a cost restated in another unit ("…, tức hơn 9 ngàn tỉ đồng") as a specification, not a target', () => {
		const out = extractBlocks(
			'vi',
			[
				'Lào sẽ hỗ trợ Tập đoàn Hóa chất Việt Nam trong việc xử lý dự án phân bón có tổng mức đầu tư 400 triệu USD, tức hơn 9 ngàn tỉ đồng, đang bị đình trệ mấy năm nay.'
			],
			'2025-03-01'
		).commitments;
		expect(out).toHaveLength(1);
		expect(out[0]!.target_value).toBeNull();
		expect(out[0]!.title).toMatch(/^Hỗ trợ Tập đoàn Hóa chất Việt Nam/);
	});

	it('files a border kept peaceful and stable under defence and security, not infrastructure', () => {
		for (const sentence of [
			'Hai bên cũng sẽ chú trọng xây dựng tuyến biên giới Việt - Lào hòa bình, ổn định; đấu tranh với các thế lực thù địch chống phá quan hệ hai nước.',
			'Hai bên nhất trí tiếp tục xây dựng đường biên giới hai nước ổn định, bền vững.'
		])
			expect(
				extractBlocks('vi', [sentence], '2025-03-01').commitments.map((c) => c.sector),
				sentence
			).toEqual(['defense_security']);
		// A road to the border is still a road.
		expect(
			extractBlocks(
				'vi',
				['Hai bên nhất trí sớm xây dựng tuyến đường nối thị xã với cửa khẩu trong năm 2026.'],
				'2025-03-01'
			).commitments.map((c) => c.sector)
		).toEqual(['infrastructure']);
	});
});
