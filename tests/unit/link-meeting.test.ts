import { describe, expect, it } from 'vitest';
import {
	articleMeeting,
	decideLink,
	quoteMeeting,
	type LinkCandidate,
	type LinkInput
} from '../../src/lib/server/track/link';

// Policy lines are restated at every yearly session of the intergovernmental committee; what the
// 40th session agreed is that year's pledge, not a reprint of the 39th's.
const line = (o: Partial<LinkInput> = {}): LinkInput => ({
	title: 'Cùng nhau phát triển nguồn nhân lực ngành đường sắt',
	sector: 'education',
	kind: 'policy',
	quote: 'hai bên nhất trí cùng nhau phát triển nguồn nhân lực ngành đường sắt',
	target_value: null,
	target_value_max: null,
	unit: null,
	target_year: null,
	entities: [],
	...o
});
const item = (o: Partial<LinkCandidate> & { id: number }): LinkCandidate => ({
	title: 'Cùng nhau phát triển nguồn nhân lực ngành đường sắt',
	sector: 'education',
	kind: 'policy',
	targetValue: null,
	targetValueMax: null,
	unit: null,
	targetYear: null,
	entitySlugs: [],
	...o
});

describe('the meeting a quote was agreed at', () => {
	it('is the session the headline or lead names', () => {
		const raw =
			'Hai thủ tướng chủ trì Kỳ họp lần thứ 52 tại Hà Nội\n\nHôm qua hai bên đã gặp nhau.\n';
		expect(articleMeeting(raw)).toBe('52');
		expect(quoteMeeting(raw, raw.indexOf('hai bên'))).toBe('52');
	});

	it('is not a session named only far down the story', () => {
		const raw = `Hai nước bàn về đường sắt\n${'Một đoạn khác. '.repeat(40)}\nNhắc lại Kỳ họp lần thứ 7.\n`;
		expect(articleMeeting(raw)).toBeUndefined();
	});

	it('is the session recounted just before it, in a story previewing the next one', () => {
		const raw =
			'Thủ tướng sắp dự Kỳ họp lần thứ 52\n\nNăm ngoái hai thủ tướng đã chủ trì Kỳ họp lần thứ 51.\n' +
			'Trong năm đó hai bên thống nhất cùng nhau phát triển nguồn nhân lực ngành đường sắt.\n';
		expect(quoteMeeting(raw, raw.indexOf('Trong năm đó'))).toBe('51');
	});
});

describe('a policy line restated at another numbered session', () => {
	it('is a new item when the item was stated only at another session', () => {
		const d = decideLink(line(), [item({ id: 4, meetings: ['51'] })], { meeting: '52' });
		expect(d.action).toBe('create');
		expect(d.reason.rejected?.[0]).toMatchObject({ id: 4 });
		expect(d.reason.rejected?.[0]?.why).toContain('52');
	});

	it('joins the item of the same session', () => {
		const d = decideLink(line(), [item({ id: 4, meetings: ['52'] })], { meeting: '52' });
		expect(d).toMatchObject({ action: 'link', commitmentId: 4, reason: { rule: 'similar' } });
	});

	it('joins as before when either side reports no numbered meeting', () => {
		expect(decideLink(line(), [item({ id: 4, meetings: ['51'] })], {}).action).toBe('link');
		expect(decideLink(line(), [item({ id: 4 })], { meeting: '52' }).action).toBe('link');
	});

	it('still joins a project named at both sessions, by its entity', () => {
		const d = decideLink(
			line({ entities: ['some-railway'], sector: 'infrastructure', kind: 'project' }),
			[item({ id: 9, entitySlugs: ['some-railway'], sector: 'infrastructure', meetings: ['51'] })],
			{ meeting: '52' }
		);
		expect(d).toMatchObject({ action: 'link', commitmentId: 9, reason: { rule: 'entity' } });
		expect(d.reason.rejected).toBeUndefined();
	});
});
