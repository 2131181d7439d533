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
		reason: { text: 'checked by an editor', key: null, params: null },
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

describe('the system’s change made from undated evidence', () => {
	const systemEvent: StatusEventView = {
		...editorEvent('2026-12-03T02:00:00.000Z'),
		id: 8,
		fromStatus: null,
		toStatus: 'announced',
		by: { kind: 'system' }
	};
	const undatedQuote: MentionView = {
		...quoteOn(3, '2026-01-01'),
		article: { ...quoteOn(3, '2026-01-01').article, publishedOn: null }
	};

	it('has no date on the timeline, not the day it was imported', () => {
		const entries = buildTimeline([undatedQuote], [systemEvent]);
		expect(entries.map((e) => [e.kind, e.date])).toEqual([
			['mention', null],
			['status', null]
		]);
	});

	it('is shown once, on the last page, where the undated quotes are', () => {
		const first = eventsOnPage([systemEvent], [quoteOn(1, '2025-05-01')], {
			page: 1,
			hasNext: true,
			nextPageFrom: null
		});
		const last = eventsOnPage([systemEvent], [undatedQuote], {
			page: 2,
			hasNext: false,
			nextPageFrom: null
		});
		expect(first).toEqual([]);
		expect(last).toEqual([systemEvent]);
	});

	it('keeps its effective date when it has one', () => {
		const [entry] = buildTimeline([], [{ ...systemEvent, effectiveOn: '2025-11-08' }]);
		expect(entry!.date).toBe('2025-11-08');
	});
});
