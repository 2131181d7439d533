import { describe, expect, it } from 'vitest';
import { decideLink, type LinkCandidate, type LinkInput } from '../../src/lib/server/track/link';
import { chainRevisions, familyKey, type ChainItem } from '../../src/lib/server/track/chains';
import { furtherSteps } from '../../src/lib/server/track/steps';

const input = (o: Partial<LinkInput>): LinkInput => ({
	title: 'Some pledge',
	sector: 'trade',
	kind: 'target',
	quote: 'Some pledge',
	target_value: null,
	target_value_max: null,
	unit: null,
	target_year: null,
	entities: [],
	...o
});
const item = (o: Partial<LinkCandidate> & { id: number }): LinkCandidate => ({
	title: 'Some item',
	sector: 'trade',
	kind: 'target',
	targetValue: null,
	targetValueMax: null,
	unit: null,
	targetYear: null,
	entitySlugs: [],
	...o
});

describe('the link rule', () => {
	it('links a restated project through its shared entity and says which', () => {
		const d = decideLink(
			input({
				sector: 'infrastructure',
				kind: 'project',
				title: 'Build the Hanoi to Vientiane road',
				entities: ['hanoi-vientiane-expressway']
			}),
			[
				item({ id: 1, sector: 'energy', entitySlugs: ['monsoon-wind-power'] }),
				item({
					id: 7,
					sector: 'infrastructure',
					kind: 'project',
					entitySlugs: ['hanoi-vientiane-expressway']
				})
			]
		);
		expect(d).toEqual({
			action: 'link',
			commitmentId: 7,
			reason: { rule: 'entity', entity: ['hanoi-vientiane-expressway'], score: 1 }
		});
	});

	it('links the same trade target with the same value even written with trailing zeros', () => {
		const d = decideLink(input({ target_value: '3000000000', unit: 'USD' }), [
			item({ id: 3, targetValue: '3000000000.00', unit: 'USD' })
		]);
		expect(d).toMatchObject({
			action: 'link',
			commitmentId: 3,
			reason: { rule: 'target', target: { value: '3000000000', unit: 'USD' }, score: 1 }
		});
	});

	it('treats a changed value or a moved deadline as a new item, not the same pledge', () => {
		const existing = [item({ id: 3, targetValue: '3000000000', unit: 'USD', targetYear: 2025 })];
		expect(
			decideLink(input({ target_value: '6000000000', unit: 'USD', target_year: 2025 }), existing)
		).toMatchObject({ action: 'create', reason: { rule: 'new', rejected: [{ id: 3 }] } });
		expect(
			decideLink(input({ target_value: '3000000000', unit: 'USD', target_year: 2028 }), existing)
				.action
		).toBe('create');
		// A restatement that leaves the year out is still the same target.
		expect(decideLink(input({ target_value: '3000000000', unit: 'USD' }), existing)).toMatchObject({
			action: 'link',
			reason: { score: 0.9 }
		});
	});

	it('does not link the same value in another unit or sector', () => {
		const existing = [
			item({ id: 3, targetValue: '50', unit: '%' }),
			item({ id: 4, sector: 'investment', targetValue: '50', unit: 'MW' })
		];
		expect(decideLink(input({ target_value: '50', unit: 'MW' }), existing).action).toBe('create');
	});

	it('keeps a project whose completion year moved as a separate item', () => {
		const d = decideLink(
			input({
				sector: 'energy',
				kind: 'project',
				target_year: 2030,
				entities: ['xekaman-3-hydropower']
			}),
			[
				item({
					id: 9,
					sector: 'energy',
					kind: 'project',
					targetYear: 2027,
					entitySlugs: ['xekaman-3-hydropower']
				})
			]
		);
		expect(d.action).toBe('create');
	});

	it('links vague policy lines only when their titles mostly agree', () => {
		const existing = [
			item({
				id: 5,
				sector: 'politics_diplomacy',
				kind: 'policy',
				title: 'Keep exchanging information and coordinating at regional forums'
			})
		];
		const close = input({
			sector: 'politics_diplomacy',
			kind: 'policy',
			title: 'Keep exchanging information and coordinating at international forums'
		});
		const far = input({
			sector: 'politics_diplomacy',
			kind: 'policy',
			title: 'Open three new consulates in the border provinces'
		});
		expect(decideLink(close, existing)).toMatchObject({
			action: 'link',
			commitmentId: 5,
			reason: { rule: 'similar' }
		});
		expect(decideLink(far, existing).action).toBe('create');
	});

	it('links a reprint to the item its original quote supports', () => {
		const q = 'Both sides will open a new border gate next year.';
		const d = decideLink(
			input({ sector: 'other', kind: 'policy', title: 'Open a border gate', quote: q }),
			[
				item({
					id: 11,
					sector: 'other',
					copiedQuotes: ['both sides will open a new border gate next year']
				})
			],
			true
		);
		expect(d).toEqual({ action: 'link', commitmentId: 11, reason: { rule: 'reprint', score: 1 } });
	});

	it('links a programme and a pledge that restates its purpose word for word, whichever comes first', () => {
		const name =
			'Đề án tăng cường năng lực quản lý tài nguyên nước và phòng chống thiên tai lưu vực sông giai đoạn 2024–2030';
		const purpose =
			'Hai bên nhất trí tăng cường năng lực quản lý tài nguyên nước, phòng chống thiên tai trên lưu vực sông';
		const programme = {
			sector: 'other',
			kind: 'programme',
			title: name,
			quote: 'triển khai Đề án tài nguyên nước 2024-2030',
			target_year: 2030,
			entities: ['water-scheme-2024-2030']
		};
		// The programme second: the pledge's item (no entity) is read through its quotes.
		const first = item({
			id: 4,
			sector: 'other',
			kind: 'policy',
			title: 'Tăng cường năng lực quản lý',
			allQuotes: [purpose]
		});
		expect(decideLink(input(programme), [first])).toMatchObject({
			action: 'link',
			commitmentId: 4,
			reason: { rule: 'purpose' }
		});
		// The pledge second: the programme's item is read through its name.
		const named = item({
			id: 5,
			sector: 'other',
			kind: 'programme',
			title: name,
			targetYear: 2030,
			entitySlugs: ['water-scheme-2024-2030']
		});
		expect(
			decideLink(
				input({ sector: 'other', kind: 'policy', title: 'Tăng cường năng lực', quote: purpose }),
				[named]
			)
		).toMatchObject({ action: 'link', commitmentId: 5, reason: { rule: 'purpose' } });
		// Half the purpose, another sector, or another deadline: not the same pledge.
		expect(
			decideLink(
				input({
					sector: 'other',
					kind: 'policy',
					quote: 'tăng cường năng lực quản lý tài nguyên nước'
				}),
				[named]
			).action
		).toBe('create');
		expect(
			decideLink(input({ sector: 'energy', kind: 'policy', quote: purpose }), [
				{ ...named, sector: 'energy', title: name }
			]).action
		).toBe('link');
		expect(
			decideLink(input({ sector: 'education', kind: 'policy', quote: purpose }), [named]).action
		).toBe('create');
		expect(
			decideLink(input({ sector: 'other', kind: 'policy', quote: purpose, target_year: 2026 }), [
				named
			]).action
		).toBe('create');
	});

	it('links a quote that restates every word of a long item title, and only asks about one that repeats most of them', () => {
		const festival = item({
			id: 21,
			sector: 'culture_tourism',
			kind: 'policy',
			title: 'Tổ chức tốt Tuần lễ văn hóa ẩm thực hai nước tại Luang Prabang'
		});
		const all = input({
			sector: 'culture_tourism',
			kind: 'policy',
			quote:
				'Hai bên tiếp tục phối hợp tổ chức tốt Tuần lễ văn hóa ẩm thực hai nước tại Luang Prabang vào tháng 5'
		});
		expect(decideLink(all, [festival])).toMatchObject({
			action: 'link',
			commitmentId: 21,
			reason: { rule: 'title', score: 1 }
		});
		const most = input({
			sector: 'culture_tourism',
			kind: 'policy',
			quote: 'Hai bên tổ chức Tuần lễ văn hóa ẩm thực tại Hà Nội'
		});
		expect(decideLink(most, [festival])).toMatchObject({
			action: 'create',
			reason: { nearMiss: { id: 21 } }
		});
		// Another deadline year is another pledge.
		expect(
			decideLink({ ...all, target_year: 2026 }, [{ ...festival, targetYear: 2025 }]).action
		).toBe('create');
	});

	it('links a clause to the meeting that frames its sentence, whatever year the clause names', () => {
		const session = item({
			id: 8,
			sector: 'politics_diplomacy',
			kind: 'programme',
			targetYear: 2024,
			entitySlugs: ['session-47']
		});
		const clause = input({
			sector: 'politics_diplomacy',
			kind: 'policy',
			quote: 'thống nhất phương hướng hợp tác năm 2025',
			target_year: 2025
		});
		expect(decideLink(clause, [session], { frame: ['session-47'] })).toMatchObject({
			action: 'link',
			commitmentId: 8,
			reason: { rule: 'frame', entity: ['session-47'] }
		});
		expect(decideLink(clause, [session]).action).toBe('create');
		expect(
			decideLink({ ...clause, target_value: '5000000000', unit: 'USD' }, [session], {
				frame: ['session-47']
			}).action
		).toBe('create');
	});
});

describe('re-pledge chains', () => {
	const base = {
		sector: 'trade',
		unit: 'USD',
		targetYear: null,
		entitySlugs: [] as string[],
		firstArticleId: 1,
		firstStart: 0
	};
	it('orders a family by first mention, whatever order the items were created in', () => {
		const items: ChainItem[] = [
			{ ...base, id: 1, targetValue: '8000000000', firstSeen: '2026-03-01' },
			{ ...base, id: 2, targetValue: '4000000000', firstSeen: '2024-05-01' },
			{ ...base, id: 3, targetValue: '6000000000', firstSeen: '2025-02-01' },
			{ ...base, id: 4, unit: '%', targetValue: '15', firstSeen: '2025-01-01' }
		];
		const chains = chainRevisions(items);
		expect(Object.fromEntries(chains)).toEqual({ 1: 3, 2: null, 3: 2, 4: null });
	});

	it('puts the nearer step first when two targets come from one sentence', () => {
		const chains = chainRevisions([
			{ ...base, id: 10, targetValue: '9000000000', firstSeen: '2025-01-01' },
			{ ...base, id: 11, targetValue: '3000000000', firstSeen: '2025-01-01' }
		]);
		expect(chains.get(10)).toBe(11);
	});

	it('never chains items without a target, nor bare years without an entity', () => {
		expect(
			familyKey({
				sector: 'other',
				unit: null,
				targetValue: null,
				targetYear: 2025,
				entitySlugs: []
			})
		).toBeNull();
		expect(
			familyKey({
				sector: 'energy',
				unit: null,
				targetValue: null,
				targetYear: 2025,
				entitySlugs: ['x']
			})
		).toBe('energy|year|x');
	});
});

describe('further steps in one quote', () => {
	it('finds the next target introduced by a step word', () => {
		const steps = furtherSteps(
			input({
				quote: 'Hai nước phấn đấu sớm đạt 3 tỷ USD rồi hướng tới 7 tỷ USD vào cuối thập kỷ',
				target_value: '3000000000',
				unit: 'USD'
			})
		);
		expect(steps.map((s) => [s.target_value, s.title])).toEqual([
			['7000000000', 'Hướng tới 7 tỷ USD']
		]);
	});
	it('ignores other amounts that are not a next step', () => {
		expect(
			furtherSteps(
				input({
					quote: 'Trade reached 2 billion USD last year; the goal is 3 billion USD',
					target_value: '3000000000',
					unit: 'USD'
				})
			)
		).toEqual([]);
	});
});
