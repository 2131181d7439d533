/**
 * Rules added after reading real Vietnamese and English coverage of Vietnam–Laos cooperation
 * (issue #12). Each construction is checked on sentences written for this file, not copied
 * from any article.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';
import { fold, type Extraction } from '../../src/lib/server/extract/index';

/** One block per line (as the parser gives bullet lines and word-segmented files). */
function run(
	language: 'vi' | 'en',
	lines: string[],
	published: string | null = '2019-05-20'
): Extraction {
	return extractBlocks(language, lines, published, '\n', 'Tiêu đề');
}

const quotes = (out: Extraction): string[] => out.commitments.map((c) => c.quote);

describe('word-segmented text', () => {
	it('folds "_" to a space one unit for one unit, so offsets still hold', () => {
		const raw = 'Hai bên nhất_trí thúc_đẩy hợp_tác';
		const f = fold(raw);
		expect(f.text).toBe('Hai ben nhat tri thuc day hop tac');
		expect(f.toRaw(f.text.length)).toBe(raw.length);
	});

	it('reads a segmented sentence with spaced punctuation like a plain one', () => {
		const out = run('vi', [
			'Hai bên nhất_trí đẩy_mạnh hợp_tác giáo_dục , đào_tạo và tăng số học_bổng cho lưu_học_sinh Lào .'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên nhất_trí đẩy_mạnh hợp_tác giáo_dục , đào_tạo và tăng số học_bổng cho lưu_học_sinh Lào'
		]);
		expect(out.commitments[0]!.sector).toBe('education');
	});
});

describe('photo credits run into the text (scraped one-line bodies)', () => {
	it('skips the caption and its credit but reads the sentence the credit runs into', () => {
		const out = run('vi', [
			'Hai Thủ tướng tại buổi hội đàm. Ảnh: VGP/Quang Hiếu Sáng nay, hai bên nhất trí nâng cấp quốc lộ nối hai tỉnh biên giới. Quang cảnh lễ ký. Ảnh: Doãn Tấn/TTXVN Hai bên cũng thống nhất mở thêm cặp cửa khẩu quốc tế trong năm tới.'
		]);
		expect(quotes(out)).toEqual([
			'Sáng nay, hai bên nhất trí nâng cấp quốc lộ nối hai tỉnh biên giới',
			'Hai bên cũng thống nhất mở thêm cặp cửa khẩu quốc tế trong năm tới'
		]);
	});

	it('ends a bracketed credit at its bracket', () => {
		const out = run('vi', [
			'Hai Thủ tướng chứng kiến lễ ký (Ảnh: Phạm Kiên/TTXVN) Với mục tiêu đó, hai bên nhất trí đẩy mạnh hợp tác giáo dục và đào tạo.'
		]);
		expect(quotes(out)).toEqual([
			'Với mục tiêu đó, hai bên nhất trí đẩy mạnh hợp tác giáo dục và đào tạo'
		]);
	});
});

describe('agenda lists with the cue once at the head', () => {
	it('makes each bullet line after "… gồm:" a commitment of its own', () => {
		const out = run('vi', [
			'Tại phiên họp, hai bên thống nhất các nhiệm vụ trọng tâm năm tới gồm:',
			'- Đẩy mạnh hợp tác giáo dục, tăng số học bổng cho sinh viên Lào.',
			'- Hoàn thành cắm mốc biên giới trên tuyến Quảng Trị - Savannakhet.',
			'Buổi làm việc diễn ra trong không khí thân mật.'
		]);
		expect(quotes(out)).toEqual([
			'Đẩy mạnh hợp tác giáo dục, tăng số học bổng cho sinh viên Lào',
			'Hoàn thành cắm mốc biên giới trên tuyến Quảng Trị - Savannakhet'
		]);
		expect(out.commitments.every((c) => c.cues.includes('vi:thong-nhat'))).toBe(true);
	});

	it('stops at the first line that is not a list item', () => {
		const out = run('vi', [
			'Hai bộ nhất trí các giải pháp sau:',
			'- Nâng cấp quốc lộ nối hai tỉnh biên giới.',
			'Đoàn đã đến thăm một trường học và tặng quà cho học sinh.'
		]);
		expect(quotes(out)).toEqual(['Nâng cấp quốc lộ nối hai tỉnh biên giới']);
	});

	it('splits an inline English list after "agreed to:" into its items', () => {
		const out = run('en', [
			'The ministers agreed to: prioritise the Hanoi-Vientiane expressway; remove obstacles for pending investment projects; and raise two-way trade to US$2 billion by 2025.'
		]);
		expect(quotes(out)).toEqual([
			'prioritise the Hanoi-Vientiane expressway',
			'remove obstacles for pending investment projects',
			'raise two-way trade to US$2 billion by 2025'
		]);
	});
});

describe('lists written as sentences', () => {
	it('lets a sentence that opens with a bare verb continue the agreement before it', () => {
		const out = run('vi', [
			'Về định hướng thời gian tới, hai bên đã thống nhất tập trung thực hiện tốt các thỏa thuận cấp cao. Phấn đấu kim ngạch thương mại năm tới tăng 12%. Mở rộng đào tạo kỹ sư và công nhân lành nghề, nâng cấp các tuyến đường bộ nối hai nước.'
		]);
		expect(out.commitments.map((c) => c.sector).slice(0, 2)).toEqual([
			'politics_diplomacy',
			'trade'
		]);
		expect(
			out.commitments[2]!.quote.startsWith('Mở rộng đào tạo kỹ sư và công nhân lành nghề')
		).toBe(true);
	});

	it('keeps undertakings on one topic together and splits off one that stands alone on another', () => {
		const same = run('vi', [
			'Hai bên nhất trí đẩy mạnh hợp tác giáo dục, nâng cao chất lượng đào tạo sinh viên Lào tại Việt Nam.'
		]);
		expect(same.commitments).toHaveLength(1);
		const vague = run('vi', [
			'Hai bên nhất trí phát huy thế mạnh của mỗi nước, ưu tiên các lĩnh vực then chốt như quốc phòng và an ninh.'
		]);
		expect(vague.commitments).toHaveLength(1);
	});

	it('judges each verb-led undertaking with the cue at the head of the clause', () => {
		const out = run('vi', [
			'Trong năm tới, hai bên thống nhất thực hiện tốt các thỏa thuận cấp cao, tăng cường hợp tác chính trị, quốc phòng, thương mại, mở rộng đào tạo kỹ sư cho Lào.'
		]);
		expect(out.commitments.map((c) => c.sector)).toContain('education');
		expect(quotes(out)).toContain('mở rộng đào tạo kỹ sư cho Lào');
		expect(out.commitments.every((c) => c.cues.includes('vi:thong-nhat'))).toBe(true);
	});

	it('lets "Trên tinh thần …, hai nước …" carry on the agreement before it, quoting from "hai nước"', () => {
		const out = run('vi', [
			'Hai bên thống nhất mở rộng hợp tác đào tạo nguồn nhân lực. Trên tinh thần tin tưởng, hai nước ủng hộ nhau tại các diễn đàn khu vực và quốc tế.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên thống nhất mở rộng hợp tác đào tạo nguồn nhân lực',
			'hai nước ủng hộ nhau tại các diễn đàn khu vực và quốc tế'
		]);
	});

	it('does not read a delegation list naming the planning ministry as plans', () => {
		const out = run('vi', [
			'Cùng đi với Thủ tướng Lào có ông A, Bộ trưởng Bộ Kế hoạch và Đầu tư; ông B, Bộ trưởng Bộ Kế hoạch Đầu tư; ông C, Thứ trưởng Bộ Ngoại giao.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it('cuts a target introduced by "trong đó phấn đấu" off a clause governed by an earlier one', () => {
		const out = run('vi', [
			'Hai bên thống nhất thực hiện tốt các thỏa thuận cấp cao; làm sâu sắc hơn hợp tác chính trị, quốc phòng, đầu tư, trong đó phấn đấu kim ngạch buôn bán năm tới tăng 10%.'
		]);
		expect(quotes(out)).toContain('phấn đấu kim ngạch buôn bán năm tới tăng 10%');
		expect(out.commitments.find((c) => c.unit === '%')?.sector).toBe('trade');
	});

	it('tells shared water resources apart from transport in an agenda list', () => {
		const out = run('vi', [
			'Hai bên thống nhất nâng cấp các tuyến đường bộ giữa các tỉnh biên giới, hợp tác quản lý bền vững nguồn nước sông Mê Kông và tài nguyên rừng.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên thống nhất nâng cấp các tuyến đường bộ giữa các tỉnh biên giới',
			'hợp tác quản lý bền vững nguồn nước sông Mê Kông và tài nguyên rừng'
		]);
		expect(out.commitments[1]!.sector).toBe('other');
	});

	it('cuts before ", có các biện pháp …" when the measures are for another field', () => {
		const out = run('vi', [
			'Hai thủ tướng nhất trí thúc đẩy triển khai các thỏa thuận cấp cao, có các biện pháp quyết liệt để giải quyết vướng mắc của các dự án năng lượng và khai khoáng.'
		]);
		expect(quotes(out)).toEqual([
			'Hai thủ tướng nhất trí thúc đẩy triển khai các thỏa thuận cấp cao',
			'có các biện pháp quyết liệt để giải quyết vướng mắc của các dự án năng lượng và khai khoáng'
		]);
	});

	it('lets the agreement after a run-in subheading about signed documents govern its list', () => {
		const out = run('vi', [
			'Ký 3 văn kiện hợp tác Năm tới, hai bên thống nhất tăng cường hợp tác chính trị, thương mại, mở rộng đào tạo kỹ sư cho Lào.'
		]);
		expect(quotes(out)).toContain('mở rộng đào tạo kỹ sư cho Lào');
	});

	it('cuts before "hợp tác khai thác / quản lý …" as before other verbs of an undertaking', () => {
		const out = run('vi', [
			'Hai bên thống nhất mở rộng hợp tác đào tạo nguồn nhân lực, hợp tác khai thác các dự án thủy điện ở vùng biên giới.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên thống nhất mở rộng hợp tác đào tạo nguồn nhân lực',
			'hợp tác khai thác các dự án thủy điện ở vùng biên giới'
		]);
	});

	it('does not pass the cue of a signing report to the documents it lists', () => {
		const out = run('vi', [
			'Sau cuộc họp, hai bên đã nhất trí và ký kết 3 văn kiện: Kế hoạch hợp tác giáo dục năm 2020; Biên bản ghi nhớ về hợp tác năng lượng; Thỏa thuận về vận tải đường bộ.'
		]);
		expect(out.commitments).toEqual([]);
		const headed = run('vi', [
			'Ký kết 2 văn kiện Sau cuộc họp, hai bên đã nhất trí và ký kết 2 văn kiện: Kế hoạch hợp tác giáo dục năm 2020; Thỏa thuận về vận tải đường bộ.'
		]);
		expect(headed.commitments).toEqual([]);
		const next = run('vi', [
			'Hai bộ trưởng đã ký kết các văn bản sau:',
			'- Thỏa thuận về đào tạo cán bộ hải quan.'
		]);
		expect(next.commitments).toEqual([]);
	});
});

describe('commitments outside the "nhất trí" frame', () => {
	it('reads a sentence opening with "Đồng thời" as carrying on the agreement before it', () => {
		const out = run('vi', [
			'Hai bên nhất trí tiếp tục tăng cường hợp tác quốc phòng. Đồng thời phối hợp chặt chẽ trong quản lý biên giới và phòng chống tội phạm ma túy.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên nhất trí tiếp tục tăng cường hợp tác quốc phòng',
			'Đồng thời phối hợp chặt chẽ trong quản lý biên giới và phòng chống tội phạm ma túy'
		]);
	});

	it('carries an agreement into "Ngoài ra, …" only when that sentence undertakes something', () => {
		const out = run('vi', [
			'Hai bên nhất trí mở rộng hợp tác ngân hàng. Ngoài ra, thị trường tài chính của Lào còn nhỏ. Ngoài ra, hai bên sẽ tăng cường đào tạo cán bộ ngân hàng.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên nhất trí mở rộng hợp tác ngân hàng',
			'Ngoài ra, hai bên sẽ tăng cường đào tạo cán bộ ngân hàng'
		]);
	});

	it('does not carry a cue into a continuation after a sentence without one', () => {
		const out = run('vi', [
			'Buổi hội đàm diễn ra tại Hà Nội. Ngoài ra, đoàn thăm khu công nghiệp và nhà máy thủy điện.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it('takes a purpose clause with its goal as part of the commitment', () => {
		const out = run('vi', [
			'Để sớm hoàn thành mục tiêu 3 tỷ USD, hai nước đẩy mạnh kết nối giao thông và tháo gỡ rào cản tại các cửa khẩu.'
		]);
		expect(out.commitments).toHaveLength(1);
		expect(out.commitments[0]!.cues).toContain('vi:de-muc-dich');
	});

	it('gives a passive predicate after a list of projects to every project', () => {
		const out = run('vi', [
			'Hiện nay, các dự án trọng điểm như cao tốc Hà Nội - Vientiane, cảng Vũng Áng đang được thúc đẩy triển khai.'
		]);
		expect(out.commitments.map((c) => c.entities[0])).toEqual([
			'hanoi-vientiane-expressway',
			'vung-ang-port'
		]);
		expect(out.commitments.every((c) => c.cues.includes('vi:dang-duoc'))).toBe(true);
	});

	it('reads work under way in the forms reports use ("đang nỗ lực nghiên cứu", "đang tích cực chuẩn bị")', () => {
		const study = run('vi', [
			'Hiện nay, hai bên đang nỗ lực nghiên cứu các dự án giao thông để kết nối hai nước.'
		]);
		expect(study.commitments).toHaveLength(1);
		expect(study.commitments[0]!.aspect).toBe('ongoing');
		expect(
			run('vi', [
				'Hai nước đang tích cực chuẩn bị các hoạt động kỷ niệm 60 năm ngày lập quan hệ ngoại giao.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('vi', ['Đảng Nhân dân Cách mạng Lào nghiên cứu kinh nghiệm đổi mới của Việt Nam.'])
				.commitments
		).toEqual([]);
	});

	it('reads "đang được", "is being" passives', () => {
		expect(
			run('vi', [
				'Tuyến đường nối cửa khẩu Nậm Cắn với thị xã Phôn Xạ Vẳn đang được khẩn trương nâng cấp.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('en', ['The road linking the Nam Can border gate with Phonsavan is being upgraded.'])
				.commitments
		).toHaveLength(1);
	});

	it('reads modal obligations ("hai bên cần", "should", "the need to")', () => {
		const vi = run('vi', [
			'Hai bên cần tập trung tháo gỡ khó khăn cho các dự án đầu tư của doanh nghiệp Việt Nam tại Lào.'
		]).commitments;
		expect(vi.map((c) => [c.sector, c.novelty])).toEqual([['investment', 'new']]);
		expect(
			run('en', [
				'The two sides should strengthen cooperation in agriculture and remove obstacles to Vietnamese investment projects in Laos.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('en', [
				'They underlined the need to effectively implement the transport cooperation strategy for 2021-2030.'
			]).commitments
		).toHaveLength(1);
	});

	it('does not read "cản", "cận" or "cán" as the modal "cần"', () => {
		expect(
			run('vi', [
				'Rào cản tiếp tục là thủ tục tại cửa khẩu. Việc tiếp cận thị trường Lào của doanh nghiệp còn hạn chế.'
			]).commitments
		).toEqual([]);
	});

	it('reads a project owner\'s plan ("dự kiến bán điện về Việt Nam")', () => {
		const out = run('vi', [
			'Công ty đang phát triển dự án thủy điện Nậm Kha công suất 120MW, dự kiến bán điện về Việt Nam từ năm 2027.'
		]).commitments;
		expect(out).toHaveLength(1);
		expect(out[0]).toMatchObject({ sector: 'energy', target_year: 2027, unit: null });
	});

	it('reads readiness stated by a party as an offer ("sẵn sàng", "is ready to")', () => {
		expect(
			run('vi', ['Việt Nam sẵn sàng hỗ trợ Lào đào tạo nguồn nhân lực trong lĩnh vực y tế.'])
				.commitments
		).toHaveLength(1);
		expect(
			run('en', [
				'Vietnam is willing to grant more scholarships to Lao students at its universities.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('bilateral relevance', () => {
	it("drops Laos's deal with a third country", () => {
		expect(
			run('vi', ['Lào đồng ý bán điện cho Thái Lan với công suất 9.000 MW vào năm 2030.'])
				.commitments
		).toEqual([]);
		expect(
			run('en', ['Laos also agreed to sell 9,000 MW of electricity to Thailand by 2030.'])
				.commitments
		).toEqual([]);
		expect(
			run('en', ['The Lao government will build a national transmission line with China by 2025.'])
				.commitments
		).toEqual([]);
	});

	it('drops a trilateral or multilateral undertaking, which is not a Vietnam–Laos pledge', () => {
		expect(
			run('vi', [
				'Ba nước Việt Nam, Lào và Campuchia nhất trí đẩy mạnh kết nối giao thông qua biên giới.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Bộ trưởng Giao thông Việt Nam và Campuchia thống nhất xây dựng cầu biên giới trong năm tới.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Các lãnh đạo tiểu vùng cam kết tăng cường hợp tác năng lượng và kết nối lưới điện khu vực.'
			]).commitments
		).toEqual([]);
	});

	it('drops the agenda of a grouping and its leaders, but keeps the two acting together inside it', () => {
		expect(
			run('vi', [
				'Kết thúc hội nghị, các nhà lãnh đạo nhất trí thúc đẩy kết nối giữa bốn nền kinh tế trong giai đoạn tới.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Tại hội nghị, Thủ tướng nêu ba trọng tâm hợp tác CLMV cần chú trọng trong năm tới, trong đó có kết nối hạ tầng.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai nước nhất trí phối hợp chặt chẽ trong khuôn khổ hợp tác CLV để thúc đẩy kết nối hạ tầng giao thông.'
			]).commitments
		).toHaveLength(1);
	});

	it("drops Laos's own business when Vietnam takes no part, and keeps help to a Vietnamese firm", () => {
		expect(
			run('vi', [
				'Lào đang tạm dừng cấp phép các dự án thủy điện mới và sẽ rà soát lại các dự án đang xây dựng.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Lào sẽ hỗ trợ Vinachem tháo gỡ vướng mắc để sớm đưa dự án muối mỏ kali vào vận hành.'
			]).commitments
		).toHaveLength(1);
	});

	it('does not read a visit to co-chair a session as a commitment', () => {
		expect(
			run('vi', [
				'Tuần tới, Thủ tướng Lào sẽ đến Việt Nam, đồng chủ trì Kỳ họp lần thứ 40 Ủy ban liên Chính phủ hai nước.'
			]).commitments
		).toEqual([]);
	});

	it('judges a third country by the subject and the passage, not by a sibling clause', () => {
		const out = run('vi', [
			'Hai bộ trưởng khẳng định sẽ sớm họp nhóm công tác ba nước Việt Nam – Lào – Thái Lan về tuyến xe khách; nghiên cứu tiền khả thi tuyến đường cao tốc nối hai thủ đô.'
		]);
		expect(quotes(out)).toEqual(['nghiên cứu tiền khả thi tuyến đường cao tốc nối hai thủ đô']);
	});

	it('drops domestic business in an article that names Laos only elsewhere', () => {
		const out = run('vi', [
			'Đoàn đại biểu Lào thăm Hà Nội tuần trước.',
			'Thời tiết những ngày qua khá thuận lợi.',
			'Báo chí trong nước đưa tin nhiều về sự kiện.',
			'Ủy ban Thường vụ Quốc hội thống nhất giao Chính phủ hoàn thiện dự án luật đầu tư công trong năm tới.'
		]);
		expect(out.commitments).toEqual([]);
		const near = run('vi', [
			'Đoàn đại biểu Lào thăm Hà Nội tuần trước.',
			'Hai bên nhất trí nâng cấp quốc lộ nối hai tỉnh biên giới trong năm tới.'
		]);
		expect(near.commitments).toHaveLength(1);
	});

	it('keeps a registered Vietnam–Laos project even when a third country is named beside it', () => {
		expect(
			run('en', [
				'Laos and China agreed that the Vientiane-Vung Ang railway will be linked to the line from Kunming.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('trade results are never commitments', () => {
	it('reads a result against its target as an observation only, in both languages', () => {
		const vi = [
			'Năm 2018, kim ngạch thương mại hai chiều Việt Nam - Lào đạt trên 1 tỷ USD, vượt mục tiêu đề ra, tăng 13% so với năm 2017.',
			'Từ năm 2012 đến nay, hai bên liên tục hoàn thành mục tiêu tăng trưởng kim ngạch thương mại.',
			'Kim ngạch thương mại hai chiều năm 2024 đạt 2,2 tỷ USD, tăng gần 34% so với năm 2023.'
		];
		for (const line of vi) expect(run('vi', [line]).commitments, line).toEqual([]);
		const en = [
			'In 2019, two-way trade between Vietnam and Laos reached 1.2 billion USD, up 12.6 percent from 2018, surpassing the set target.',
			'In 2021, two-way trade between Vietnam and Laos exceeded the target, reaching 1.3 billion USD, up 23 percent.',
			'The new crossing helped bilateral trade reach more than 1 billion USD in 2018, fulfilling the trade growth target.',
			'Trade between Vietnam and Laos reached 2.2 billion USD in 2024, an increase of nearly 34% compared to 2023.'
		];
		for (const line of en) expect(run('en', [line]).commitments, line).toEqual([]);
	});

	it('still reads setting a target as a commitment', () => {
		expect(
			run('vi', [
				'Chính phủ cũng đặt mục tiêu đưa kim ngạch thương mại Việt Nam - Lào lên 5 tỷ USD vào năm 2030.'
			]).commitments
		).toHaveLength(1);
	});
});

describe('sectors on journalism', () => {
	it('files anniversary programmes under culture, a list of fields under politics, a peaceful environment under neither', () => {
		const sector = (text: string) => run('vi', [text]).commitments.map((c) => c.sector);
		expect(
			sector(
				'Hai bên nhất trí phối hợp tổ chức tốt các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao.'
			)
		).toEqual(['culture_tourism']);
		expect(
			sector(
				'Hai bên thống nhất tăng cường hợp tác về chính trị, đối ngoại, an ninh - quốc phòng, đầu tư và thương mại trong thời gian tới.'
			)
		).toEqual(['politics_diplomacy']);
		expect(
			sector(
				'Hai bên nhất trí ưu tiên hợp tác quốc phòng - an ninh, củng cố môi trường hòa bình cho phát triển.'
			)
		).toEqual(['defense_security']);
	});
});

describe('precision on journalism', () => {
	it("does not take one leader's proposal to both sides as agreed, but keeps instructions to his own ministries", () => {
		expect(
			run('vi', [
				'Tại buổi tiếp, Thủ tướng đề nghị hai bên tiếp tục phối hợp chặt chẽ tại các diễn đàn khu vực và quốc tế.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai bên nhất trí nâng cấp quốc lộ 8. Thủ tướng đề nghị các bộ, ngành khẩn trương hoàn thiện thủ tục đầu tư tuyến đường nối hai nước.'
			]).commitments
		).toHaveLength(2);
	});

	it('reads a groundbreaking to be held as the start of the project, unlike other events to be held', () => {
		expect(
			run('vi', [
				'Hai bên nhất trí lễ khởi công nhà máy thủy điện ở tỉnh Sê Kông sẽ được tổ chức vào tháng 10 năm tới.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('vi', ['Hai bên nhất trí hội nghị xúc tiến đầu tư sẽ được tổ chức vào tháng 10 năm tới.'])
				.commitments
		).toEqual([]);
	});

	it('does not take holding a session, talking about a topic or a volunteer campaign as commitments', () => {
		expect(
			run('vi', [
				'Hai bên tiến hành kỳ họp lần thứ 40 Ủy ban liên Chính phủ tại Viêng Chăn nhằm tiếp tục thúc đẩy hợp tác.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai bên nhất trí nâng cấp cửa khẩu. Đồng thời, hai bên cùng nhau bàn về cách thu hút vốn vào các khu kinh tế.'
			]).commitments
		).toHaveLength(1);
		expect(
			run('vi', [
				'Sinh viên hai nước sẽ tham gia chiến dịch tình nguyện hè tại các tỉnh biên giới trong tháng 7.'
			]).commitments
		).toEqual([]);
	});

	it('does not take crime news, experts\' fears, help to "the countries" of a region or a share deal as pledges', () => {
		expect(
			run('vi', [
				'Hai nghi can khai nhận sẽ tìm cách vận chuyển ma túy qua đường tiểu ngạch từ Lào vào Việt Nam tiêu thụ.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Nhiều chuyên gia lo ngại đập thủy điện mới ở Lào sẽ chặn đường di cư của cá trên sông Mê Kông.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Thủ tướng Việt Nam cho biết sẵn sàng hỗ trợ các nước trong khu vực xây dựng chính phủ điện tử.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Tập đoàn sẽ mua lại 70 triệu cổ phần của công ty con đang đầu tư trồng cây tại Lào.'
			]).commitments
		).toEqual([]);
	});

	it("drops a foreign president's pledge, disaster and mourning news, an investigation and past work", () => {
		expect(
			run('vi', [
				'Tổng thống nước bạn khẳng định nhất trí cùng Việt Nam thực thi tốt hiệp định thương mại tự do.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Sự cố vỡ đập xảy ra tại công trình thủy điện ở tỉnh Attapeu của Lào do công ty nước ngoài đang thi công.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Thông báo yêu cầu các bộ và các tỉnh của Lào treo cờ rủ, đồng thời dừng các hoạt động vui chơi trong hai ngày.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hiện vụ việc đang được biên phòng Việt Nam phối hợp với công an tỉnh của Lào tiếp tục điều tra mở rộng.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', ['Năm ngoái, hai bên đã tập trung thực hiện bản ghi nhớ về vận tải đường bộ.'])
				.commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Tập đoàn Hoàng Anh Gia Lai cam kết đầu tư thêm 100 triệu USD vào các trang trại tại Lào trong năm tới.'
			]).commitments
		).toHaveLength(1);
	});

	it('drops a proposal put to the other leader, exchanges of delegations, third parties and the East Sea', () => {
		expect(
			run('vi', [
				'Thủ tướng Việt Nam đề nghị Thủ tướng Lào rằng hai nước tiếp tục phối hợp chặt chẽ tại các diễn đàn quốc tế.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', ['Quân đội hai nước sẽ tiếp tục trao đổi đoàn công tác các cấp trong năm tới.'])
				.commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai bên nhất trí làm việc cùng các bên thứ ba để phát triển vận tải trên hành lang kinh tế Đông - Tây.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Hai nhà lãnh đạo khẳng định cần duy trì hòa bình, ổn định và tự do hàng hải ở Biển Đông.'
			]).commitments
		).toEqual([]);
	});

	it('drops a fragment with no verb, figure or name of its own, however it inherits a cue', () => {
		const out = run('vi', [
			'Hai bên nhất trí tạo điều kiện cho các doanh nghiệp đầu tư vào Lào như: Tập đoàn Viễn thông Sao Mai, Ngân hàng Thương mại Hòa Bình, Tổng công ty Cao su Trường Sơn.'
		]);
		expect(quotes(out)).toEqual([
			'Hai bên nhất trí tạo điều kiện cho các doanh nghiệp đầu tư vào Lào như'
		]);
	});

	it("does not take a Vietnamese bank's market plan in Laos as a pledge between the countries", () => {
		const out = run('vi', [
			'Ngân hàng con tại Lào sẽ tập trung phục vụ khách hàng là doanh nghiệp Việt Nam đầu tư tại Lào và đẩy mạnh tăng trưởng tín dụng trong năm tới.'
		]);
		expect(out.commitments).toEqual([]);
	});

	it('does not read a permission, agreeing with a view or handing over gifts as an undertaking', () => {
		expect(
			run('vi', [
				'Được sự đồng ý của Bộ Quốc phòng, Bộ đội Biên phòng sẽ tổ chức chương trình giao lưu tại tỉnh biên giới với Lào.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Nhất trí với ý kiến của Thủ tướng Việt Nam, Thủ tướng Lào cho biết năm nay có ý nghĩa quan trọng với quan hệ hai nước.'
			]).commitments
		).toEqual([]);
		expect(
			run('vi', [
				'Nhân dịp này, đoàn sẽ trao học bổng cho 20 học sinh nghèo hai bên biên giới Việt Nam - Lào.'
			]).commitments
		).toEqual([]);
	});

	it('does not read "thực hiện có hiệu quả" as "hiện có" (what exists now)', () => {
		expect(
			run('vi', [
				'Chính phủ Việt Nam sẽ chỉ đạo các bộ, ngành phối hợp với phía Lào thực hiện có hiệu quả các thỏa thuận hợp tác.'
			]).commitments
		).toHaveLength(1);
	});

	it('does not take significance, belief, background or results as commitments', () => {
		const vi = run('vi', [
			'Việc hỗ trợ này không chỉ có ý nghĩa thiết thực mà còn thể hiện tình đoàn kết đặc biệt giữa hai nước.',
			'Thủ tướng bày tỏ tin tưởng rằng hợp tác kinh tế giữa hai nước sẽ có bước phát triển mới.',
			'Kim ngạch thương mại hai chiều năm 2018 đạt 1,1 tỷ USD, tăng 15% so với năm 2017 và vượt kế hoạch đề ra.'
		]);
		expect(vi.commitments).toEqual([]);
		const en = run('en', [
			'With its long coastline, Vietnam offers Laos the shortest route to the sea.',
			'Laos kept a trade surplus with Vietnam last year.',
			'He expressed his belief that bilateral trade will grow strongly in the coming years.',
			'Trade between Vietnam and Laos rose 18% year on year to reach about 1.9 billion USD.'
		]);
		expect(en.commitments).toEqual([]);
	});
});
