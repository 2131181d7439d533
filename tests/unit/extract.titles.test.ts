import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

/** Sentences written for this test, in the register of Vietnamese joint statements. */
function titles(...paragraphs: string[]): string[] {
	return extractBlocks('vi', paragraphs, '2025-03-01').commitments.map((c) => c.title);
}

describe('titles say what the pledge is', () => {
	it('leaves out the frame of a pledge: the need to, the effort, the resolve', () => {
		const [t] = titles(
			'Hai Bộ trưởng nhất trí sự cần thiết phải phát huy thế mạnh của mỗi nước, tập trung xây dựng các trường học cho đồng bào vùng biên giới hai nước.'
		);
		expect(t).toBe('Xây dựng các trường học cho đồng bào vùng biên giới hai nước');
	});

	it('skips an effort verb before the verb that says what is done, and a first clause that names no field', () => {
		const [t] = titles(
			'Hai bên nhất trí nỗ lực thúc đẩy tạo bước đột phá, nâng cao hiệu quả hợp tác trên các lĩnh vực nông nghiệp, y tế, thủy lợi trên cơ sở tiềm năng của mỗi nước.'
		);
		expect(t).toMatch(/^Nâng cao hiệu quả hợp tác trên các lĩnh vực nông nghiệp, y tế/);
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
});
