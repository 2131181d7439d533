import { describe, expect, it } from 'vitest';
import type { MentionView, StatusEventView } from '../../src/lib/commitment';
import { buildTimeline, eventsOnPage } from '../../src/lib/timeline';

// An editor's change has no effective date of its own: the timeline places it on the day it was
// made, and that day is Vietnam's (UTC+7), as the dashboards count it, not the UTC date.
function editorEvent(createdAt: string): StatusEventView {
	return {
		id: 7,
		fromStatus: 'announced',
		toStatus: 'in_progress',
		reason: 'checked by an editor',
		note: null,
		evidenceUrl: null,
		evidenceMentionId: null,
		by: { kind: 'editor', role: 'editor' },
		effectiveOn: null,
		createdAt
	};
}

function quoteOn(id: number, day: string): MentionView {
	return {
		id,
		quote: 'the two sides will open a new border gate',
		start: 0,
		end: 10,
		novelty: 'new',
		confidence: 0.9,
		cues: [],
		linkReason: {},
		article: {
			id,
			title: 'a story',
			publishedOn: day,
			source: 'x.txt',
			language: 'en',
			copyOfId: null,
			url: `/articles/${id}`
		}
	};
}

describe('the day of an editor change on the timeline', () => {
	it('is the Vietnamese day for a change made late in the UTC evening', () => {
		// 23:30 UTC on 4 March is 06:30 on 5 March in Hanoi.
		const [entry] = buildTimeline([], [editorEvent('2026-03-04T23:30:00.000Z')]);
		expect(entry!.date).toBe('2026-03-05');
	});

	it('is the same day in both calendars before 17:00 UTC', () => {
		const [entry] = buildTimeline([], [editorEvent('2026-03-04T09:00:00.000Z')]);
		expect(entry!.date).toBe('2026-03-04');
	});

	it('puts a late-evening change on the page of the quotes of its Vietnamese day', () => {
		const event = editorEvent('2026-03-04T23:30:00.000Z');
		// Page 2 starts with a quote of 5 March: the change belongs there, not on page 1.
		const page1 = eventsOnPage([event], [quoteOn(1, '2026-03-01')], {
			page: 1,
			hasNext: true,
			nextPageFrom: '2026-03-05'
		});
		const page2 = eventsOnPage([event], [quoteOn(2, '2026-03-05')], {
			page: 2,
			hasNext: false,
			nextPageFrom: null
		});
		expect(page1).toEqual([]);
		expect(page2).toEqual([event]);
	});
});
