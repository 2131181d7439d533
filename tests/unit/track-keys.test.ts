import { describe, expect, it } from 'vitest';
import { contentWords, semanticKeys } from '../../src/lib/server/track/keys';
import {
	decideLink,
	sessionNumbers,
	type LinkCandidate,
	type LinkInput
} from '../../src/lib/server/track/link';

// Sentences written for this test, in the register of the joint statements the tracker reads.
const input = (quote: string, o: Partial<LinkInput> = {}): LinkInput => ({
	title: quote.split(',')[0]!,
	sector: 'politics_diplomacy',
	kind: 'policy',
	quote,
	target_value: null,
	target_value_max: null,
	unit: null,
	target_year: null,
	entities: [],
	...o
});
/** An item as the pipeline loads it: the keys of its quotes, head key first per quote. */
const item = (id: number, quote: string, o: Partial<LinkCandidate> = {}): LinkCandidate => {
	const keys = semanticKeys(quote);
	return {
		id,
		title: quote.split(',')[0]!,
		sector: 'politics_diplomacy',
		kind: 'policy',
		targetValue: null,
		targetValueMax: null,
		unit: null,
		targetYear: null,
		entitySlugs: [],
		keys,
		headKeys: keys.slice(0, 1),
		quotes: [quote],
		articleIds: [100],
		...o
	};
};

describe('semantic keys', () => {
	it('folds the synonyms of exchanging information, in both languages and in word-segmented text', () => {
		for (const q of [
			'Hai bên nhất trí tiếp tục trao đổi thông tin thường xuyên',
			'hai bộ sẽ tăng cường chia sẻ thông tin kịp thời',
			'The two ministries will exchange information on a regular basis',
			'both sides agreed to step up information sharing',
			'Hai bên nhất_trí tăng_cường chia_sẻ thông_tin'
		])
			expect(semanticKeys(q), q).toEqual(['exchange:information']);
	});

	it('finds the agreements to be carried out several words after the verb, but not across a clause', () => {
		expect(
			semanticKeys(
				'chỉ đạo các cơ quan hai bên tập trung triển khai hiệu quả kết quả hội đàm và những thỏa thuận cấp cao'
			)
		).toEqual(['implement:agreements']);
		// The passive: what the leaders agreed to carry out.
		expect(
			semanticKeys(
				'thiết lập các cơ chế mới đã được lãnh đạo cấp cao hai nước thống nhất triển khai'
			)
		).toEqual(['implement:agreements']);
		expect(
			semanticKeys('set up the new mechanisms that the high-level leaders agreed to implement')
		).toEqual(['implement:agreements']);
		// Leaders who agree on something, with nothing carried out, are not a key.
		expect(
			semanticKeys('lãnh đạo cấp cao hai nước thống nhất đánh giá cao kết quả hợp tác')
		).toEqual([]);
		expect(
			semanticKeys('will implement the high-level agreements reached during the visit')
		).toEqual(['implement:agreements']);
		expect(
			semanticKeys('hai bên sẽ triển khai dự án mới; các thỏa thuận cấp cao được đánh giá cao')
		).toEqual([]);
	});

	it('puts the head key first: what the sentence mainly says', () => {
		expect(
			semanticKeys('đẩy mạnh kết nối hai nền kinh tế; tích cực tháo gỡ khó khăn cho doanh nghiệp')
		).toEqual(['promote:economy', 'resolve:obstacles']);
		expect(
			semanticKeys('tháo gỡ vướng mắc cho các dự án và đẩy mạnh kết nối giữa hai nền kinh tế')
		).toEqual(['resolve:obstacles', 'promote:economy']);
	});

	it('needs both the action and its object: neither alone is a key', () => {
		expect(semanticKeys('Hai bên nhất trí thúc đẩy hợp tác trên mọi lĩnh vực')).toEqual([]);
		expect(semanticKeys('Hai bên nhất trí thúc đẩy thương mại')).toEqual([]);
		expect(semanticKeys('Hai bên thông tin về kết quả chuyến thăm')).toEqual([]);
		expect(semanticKeys('trao đổi về tình hình mỗi nước')).toEqual([]);
	});

	it('reads trade and investment named together, and connecting the two economies, as one economic pledge, in both languages', () => {
		for (const q of [
			'Hai bên nhất trí đẩy mạnh hợp tác kinh tế-thương mại-đầu tư',
			'Về kinh tế, hai bên nhất trí thúc đẩy hợp tác thương mại, đầu tư, coi đây là trụ cột',
			'The two sides agreed to promote trade and investment cooperation',
			'Hai nước sẽ tăng cường gắn kết và bổ trợ giữa hai nền kinh tế',
			'The two countries will boost economic connectivity'
		])
			expect(semanticKeys(q), q).toEqual(['promote:economy']);
	});

	it('reads handling outstanding problems as clearing obstacles', () => {
		expect(semanticKeys('ưu tiên xử lý các vướng mắc còn tồn đọng của doanh nghiệp')).toEqual([
			'resolve:obstacles'
		]);
	});

	it('leaves the key words and domain stop words out of the content words', () => {
		expect(
			[...contentWords('Hai bên nhất trí trao đổi thông tin kịp thời về an ninh biên giới')].sort()
		).toEqual(['bien', 'gioi', 'kip', 'ninh', 'thoi']);
	});
});

describe('the key rule (restatements in other words)', () => {
	const info =
		'Lãnh đạo hai bên thống nhất trao đổi thông tin kịp thời, phối hợp chặt chẽ và ủng hộ lẫn nhau tại các diễn đàn quốc tế';

	it('links "chia sẻ thông tin" to an item that says "trao đổi thông tin", and stores why', () => {
		const d = decideLink(
			input(
				'Hai bên nhất trí tăng cường chia sẻ thông tin, ủng hộ lẫn nhau tại các diễn đàn khu vực'
			),
			[item(4, info)],
			{ articleId: 200 }
		);
		expect(d).toMatchObject({
			action: 'link',
			commitmentId: 4,
			reason: { rule: 'key', keys: ['exchange:information', 'support:forums'] }
		});
	});

	it('links when the key is what both sentences mainly say, even with little else in common', () => {
		const d = decideLink(
			input('Two leaders agreed to keep sharing information in a timely manner'),
			[item(4, info)],
			{ articleId: 200 }
		);
		expect(d).toMatchObject({
			action: 'link',
			commitmentId: 4,
			reason: { rule: 'key', keys: ['exchange:information'] }
		});
	});

	it('links a side key of the item only from the same article (the same meeting)', () => {
		// The item mainly says "remove obstacles"; connecting the economies is its side key.
		const existing = item(
			7,
			'tháo gỡ khó khăn cho các dự án năng lượng tái tạo, tăng cường bổ trợ giữa hai nền kinh tế',
			{ sector: 'investment' }
		);
		const restated = input('Hai bên nhất trí đẩy mạnh kết nối hai nền kinh tế', {
			sector: 'investment'
		});
		expect(decideLink(restated, [existing], { articleId: 100 })).toMatchObject({
			action: 'link',
			reason: { rule: 'key', sameArticle: true }
		});
		const elsewhere = decideLink(restated, [existing], { articleId: 300 });
		expect(elsewhere).toMatchObject({
			action: 'create',
			reason: { rule: 'new', nearMiss: { id: 7 } }
		});
	});

	it('sends a key shared across sectors to an editor instead of linking', () => {
		const d = decideLink(
			input('Hai bên tiếp tục trao đổi thông tin về phòng chống tội phạm', {
				sector: 'defense_security'
			}),
			[item(4, info)],
			{ articleId: 200 }
		);
		expect(d).toMatchObject({
			action: 'create',
			reason: { nearMiss: { id: 4, why: expect.stringContaining('sectors differ') } }
		});
	});

	it('never links a target, a different deadline or a different named project by key', () => {
		const agreements = item(9, 'Hai nước sẽ triển khai hiệu quả các thỏa thuận cấp cao', {
			targetYear: 2025
		});
		expect(
			decideLink(
				input('triển khai các thỏa thuận cấp cao, phấn đấu đạt 5 tỷ USD', {
					target_value: '5000000000',
					unit: 'USD'
				}),
				[agreements]
			).action
		).toBe('create');
		expect(
			decideLink(input('triển khai các thỏa thuận cấp cao trong năm 2026', { target_year: 2026 }), [
				agreements
			]).action
		).toBe('create');
		const road = item(10, 'triển khai các thỏa thuận cấp cao về cao tốc', {
			entitySlugs: ['hanoi-vientiane-expressway']
		});
		expect(
			decideLink(
				input('triển khai các thỏa thuận cấp cao về đường sắt', {
					entities: ['vientiane-vung-ang-railway']
				}),
				[road]
			).action
		).toBe('create');
		// An item with a value target is never joined by a sentence without one.
		const trade = item(11, 'phấn đấu đạt kim ngạch 10 tỷ USD, tăng cường kết nối hai nền kinh tế', {
			targetValue: '10000000000',
			unit: 'USD'
		});
		expect(
			decideLink(input('đẩy mạnh kết nối hai nền kinh tế'), [trade], { articleId: 100 }).action
		).toBe('create');
	});

	it('asks an editor when a quote repeats most of the words of an item title', () => {
		const programme = item(12, 'Đề án nâng cao chất lượng đào tạo nguồn nhân lực du lịch', {
			sector: 'culture_tourism',
			keys: [],
			headKeys: []
		});
		const d = decideLink(
			input('Hai bên sẽ nâng cao chất lượng đào tạo nguồn nhân lực ngành du lịch', {
				sector: 'culture_tourism',
				title: 'Đào tạo cho ngành du lịch'
			}),
			[programme]
		);
		expect(d).toMatchObject({
			action: 'create',
			reason: { nearMiss: { id: 12, why: expect.stringContaining('title') } }
		});
	});

	it("carries out what a session decided or the documents signed, whatever field the sentence names, but not another session's", () => {
		expect(
			semanticKeys(
				'khẩn trương thực hiện những quyết định tại Kỳ họp này mà hai đoàn vừa thông qua'
			)
		).toEqual(['implement:agreements']);
		expect(semanticKeys('cần khẩn trương triển khai các văn kiện được ký kết hôm nay')).toEqual([
			'implement:agreements'
		]);
		expect(
			sessionNumbers('những điều đã thống_nhất tại Kỳ họp lần thứ 39 Uỷ_ban liên Chính_phủ')
		).toEqual(['39']);
		expect(sessionNumbers('the decisions of the 40th session')).toEqual(['40']);
		const thirtyNinth = item(
			30,
			'Hai bên cùng thực hiện tốt các thỏa thuận đạt được ở Kỳ họp lần thứ 39 của Ủy ban liên Chính phủ',
			{ articleIds: [7] }
		);
		// Another sector (the sentence also names businesses): still the same pledge when both say it first.
		const same = input(
			'các bộ, ngành, doanh nghiệp thực hiện tốt các thỏa thuận đạt được ở kỳ họp thứ 39',
			{ sector: 'investment' }
		);
		expect(decideLink(same, [thirtyNinth], { articleId: 8 })).toMatchObject({
			action: 'link',
			commitmentId: 30,
			reason: { rule: 'key' }
		});
		const fortieth = input(
			'thực hiện tốt các thỏa thuận đạt được ở Kỳ họp lần thứ 40 của Ủy ban liên Chính phủ'
		);
		expect(decideLink(fortieth, [thirtyNinth], { articleId: 8 }).action).toBe('create');
		// A side key in another sector is still only a question for an editor.
		const side = input(
			'Hai bên tăng cường trao đổi thông tin về đầu tư, đồng thời triển khai các thỏa thuận cấp cao',
			{ sector: 'investment' }
		);
		expect(decideLink(side, [thirtyNinth], { articleId: 8 }).action).toBe('create');
	});

	it('celebrating the same numbered anniversary is one pledge, in any sector; another number is another occasion', () => {
		expect(
			semanticKeys(
				'phối hợp tổ chức tốt các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước'
			)
		).toEqual(['celebrate:anniversary-60', 'celebrate:anniversary-45', 'celebrate:occasion']);
		expect(semanticKeys('to celebrate the 60th anniversary of diplomatic relations')).toEqual([
			'celebrate:anniversary-60',
			'celebrate:occasion'
		]);
		const sixty = item(
			40,
			'Hai bên tổ chức trọng thể lễ kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước',
			{ articleIds: [1] }
		);
		const again = input(
			'các bộ, ngành chuẩn bị tốt các hoạt động kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước hữu nghị',
			{ sector: 'culture_tourism' }
		);
		expect(decideLink(again, [sixty], { articleId: 2 })).toMatchObject({
			action: 'link',
			commitmentId: 40,
			reason: { rule: 'key' }
		});
		expect(
			decideLink(input('tổ chức kỷ niệm 65 năm Ngày thiết lập quan hệ ngoại giao'), [sixty], {
				articleId: 2
			}).action
		).toBe('create');
	});

	it('a declared friendship year is one occasion, named by its year when the text gives one', () => {
		expect(
			semanticKeys('hai bên sẽ cùng tổ chức chu đáo Năm Đoàn kết hữu nghị Việt Nam – Lào 2031')
		).toEqual([
			'celebrate:friendship-year',
			'celebrate:friendship-year-2031',
			'celebrate:occasion'
		]);
		expect(semanticKeys('the Laos–Vietnam Solidarity and Friendship Year 2031 opened')).toEqual([
			'celebrate:friendship-year',
			'celebrate:friendship-year-2031',
			'celebrate:occasion'
		]);
		const planned = item(
			41,
			'Lãnh đạo hai nước nhất trí tổ chức chu đáo Năm Đoàn kết hữu nghị Việt Nam – Lào 2031 với nhiều hoạt động ý nghĩa',
			{ sector: 'culture_tourism', articleIds: [1] }
		);
		// Restated later without its year, in another field: the same occasion.
		expect(
			decideLink(
				input(
					'các địa phương phối hợp tổ chức tốt các hoạt động của Năm Đoàn kết hữu nghị Việt Nam – Lào'
				),
				[planned],
				{ articleId: 2 }
			)
		).toMatchObject({ action: 'link', commitmentId: 41, reason: { rule: 'key' } });
		// Another year's friendship year is another occasion.
		expect(
			decideLink(
				input('hai bên thống nhất tổ chức Năm Đoàn kết hữu nghị Lào – Việt Nam 2036'),
				[planned],
				{ articleId: 2 }
			).action
		).toBe('create');
	});

	it('"the celebrations" with no number is the occasion its own article names, and only there', () => {
		expect(
			semanticKeys(
				'nhất trí phối hợp tổ chức sôi nổi, rộng khắp các hoạt động kỷ niệm trong cả nước'
			)
		).toEqual(['celebrate:occasion']);
		const occasion = item(
			42,
			'hai bên cùng chuẩn bị chu đáo lễ kỷ niệm 70 năm Ngày thiết lập quan hệ ngoại giao',
			{ articleIds: [7] }
		);
		const bare = input(
			'các tỉnh sẽ phối hợp tổ chức rộng khắp các hoạt động kỷ niệm, nhất là cho thanh niên',
			{ sector: 'culture_tourism' }
		);
		expect(decideLink(bare, [occasion], { articleId: 7 })).toMatchObject({
			action: 'link',
			commitmentId: 42,
			reason: { rule: 'key', keys: ['celebrate:occasion'], sameArticle: true }
		});
		// Another article's celebrations may be another occasion.
		expect(decideLink(bare, [occasion], { articleId: 8 }).action).toBe('create');
		// Two named occasions share only "an occasion": two pledges, even in one article.
		expect(
			decideLink(
				input('tổ chức trọng thể kỷ niệm 75 năm Ngày thiết lập quan hệ ngoại giao'),
				[occasion],
				{
					articleId: 7
				}
			).action
		).toBe('create');
	});

	it('links connecting the two economies to trade and investment cooperation said at another meeting', () => {
		const economy = item(
			51,
			'Hai bên nhất trí thúc đẩy hợp tác thương mại và đầu tư, coi đây là trụ cột của quan hệ',
			{ sector: 'trade' }
		);
		const connect = input('Hai nước sẽ tăng cường kết nối và bổ trợ giữa hai nền kinh tế', {
			sector: 'investment'
		});
		expect(decideLink(connect, [economy], { articleId: 300 })).toMatchObject({
			action: 'link',
			commitmentId: 51,
			reason: { rule: 'key', keys: ['promote:economy'] }
		});
	});

	it('what two statements of one meeting mainly say is one pledge, whatever field each was filed under', () => {
		expect(
			semanticKeys('có biện pháp mạnh để giải quyết các vấn đề còn vướng mắc của các dự án lớn')
		).toEqual(['resolve:obstacles']);
		const projects = item(
			43,
			'có biện pháp mạnh để giải quyết các vấn đề còn vướng mắc của các dự án lớn về điện và giao thông',
			{ sector: 'infrastructure', articleIds: [9] }
		);
		const investors = input(
			'các bộ của Lào sẽ cùng phía Việt Nam tháo gỡ khó khăn, vướng mắc cho nhà đầu tư',
			{ sector: 'investment' }
		);
		expect(decideLink(investors, [projects], { articleId: 9 })).toMatchObject({
			action: 'link',
			commitmentId: 43,
			reason: { rule: 'key', keys: ['resolve:obstacles'], sameArticle: true }
		});
		// From another article, another field: still only a question for an editor.
		expect(decideLink(investors, [projects], { articleId: 10 }).reason.nearMiss).toMatchObject({
			id: 43
		});
	});
});
