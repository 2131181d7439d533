/**
 * Titles are action phrases (issue #12, "Fields that an analyst can use"): never a place, a person with his
 * office, a date or a complement left over after the cue took the verb. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import { isJunkTitle } from '../../src/lib/server/extract/titles';

const MEETING = 'Bộ trưởng Bộ Giao thông Vận tải Việt Nam tiếp đoàn Bộ Công chính và Vận tải Lào.';
const titles = (sentence: string): string[] =>
	extractBlocks('vi', [MEETING, sentence], '2019-05-10').commitments.map((c) => c.title);

describe('isJunkTitle', () => {
	it('flags places, people with their office, dates and complements', () => {
		for (const t of [
			'Tỉnh Savannakhet, Nam Lào',
			'Thủ đô Viêng Chăn',
			'Ông Trần Văn Bình, Thứ trưởng Công Thương',
			'Bà Nguyễn Thị Hoa - Phó Chủ tịch tỉnh',
			'Từ tháng 3/2018 và sẽ hoàn thành vào năm 2020',
			'Năm 2021, Hà Tĩnh sẽ hỗ trợ',
			'Công trình vào ngày 20/9',
			'Khả thi và lập kế hoạch vốn',
			'Sau khi thống nhất phương án tuyến'
		])
			expect(isJunkTitle(t), t).toBe(true);
	});

	it('leaves action phrases alone', () => {
		for (const t of [
			'Nâng cấp Quốc lộ 9 đoạn qua tỉnh Savannakhet',
			'Khởi công vào tháng 9/2019',
			'Báo cáo trong tháng 11 kết quả khảo sát',
			'Tăng cường trao đổi thông tin',
			'Hưởng ưu đãi thuế nhập khẩu'
		])
			expect(isJunkTitle(t), t).toBe(false);
	});
});

describe('titles of real-looking passages', () => {
	it('a person and his office before the pledge: the title is what is pledged', () => {
		const [t] = titles(
			'Ông Trần Văn Bình, Thứ trưởng Giao thông Vận tải, hôm qua cho biết Bộ sẽ phối hợp với phía Lào khảo sát tuyến đường nối cảng Vũng Áng với tỉnh Khammouane.'
		);
		expect(t).toBeDefined();
		expect(isJunkTitle(t!)).toBe(false);
		expect(t).not.toMatch(/^Ông /);
	});

	it('a dated start: the title opens with the project, not the date', () => {
		const [t] = titles(
			'Theo kế hoạch, trường phổ thông nội trú tại tỉnh Sekong do Việt Nam tài trợ được khởi công từ tháng 3/2018 và sẽ hoàn thành vào năm 2020.'
		);
		expect(t).toMatch(/^Trường phổ thông nội trú/);
	});

	it('a verb split from its complement by the cue: the verb comes back', () => {
		const [t] = titles(
			'Sau khi hai bên thống nhất hướng tuyến, tuyến đường nối Viêng Chăn với Hà Nội sẽ được nghiên cứu khả thi và lập kế hoạch vốn cho phù hợp.'
		);
		expect(t).toBeDefined();
		expect(isJunkTitle(t!)).toBe(false);
	});
});
