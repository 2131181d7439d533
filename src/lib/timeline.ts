/** One dated list of what was said about an item and what happened to its status. */
import { today } from './as-of';
import type { MentionView, StatusEventView } from './commitment';

/** What the timeline keeps of a mention: the quote and its article, not the engine's working data. */
type TimelineMention = Pick<MentionView, 'id' | 'quote' | 'novelty' | 'confidence' | 'article'>;

export type TimelineEntry =
	| { kind: 'mention'; key: string; date: string | null; mention: TimelineMention }
	| {
			kind: 'status';
			key: string;
			/** Null for the system's change made from undated evidence: it has no day of its own. */
			date: string | null;
			event: Omit<StatusEventView, 'by' | 'evidenceUrl'> & {
				by: 'system' | 'editor';
				evidenceUrl: string | null;
			};
			/** The quote the change rests on, when it rests on a mention. */
			evidence: { articleId: number; mentionId: number; quote: string; language: string } | null;
	  };

/** Only web links are shown as links; anything else an editor typed stays plain text. */
export function safeHttpUrl(value: string | null): string | null {
	if (!value) return null;
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** Where a page of quotes sits in time: the date its first quote has, and where the next page starts (null: undated or none). */
export interface QuoteWindow {
	page: number;
	hasNext: boolean;
	nextPageFrom: string | null;
}

/**
 * The day a status change is placed on the timeline: when it took effect; else, for an editor's
 * change, the day it was made on the tracker's (Vietnamese) calendar, the day the dashboards count
 * it from. The system's change without one rests on undated articles only: it stays undated beside
 * them, never the import day.
 */
function eventDate(e: StatusEventView): string | null {
	if (e.effectiveOn) return e.effectiveOn;
	return e.by.kind === 'system' ? null : today(new Date(e.createdAt));
}

/**
 * The status events that fall among this page's quotes, so that paging through an item shows
 * each event once, in its place: from this page's first dated quote (the first page: from the
 * start) up to where the next page begins (the last page, or a next page of undated quotes: to the end).
 */
export function eventsOnPage(
	events: StatusEventView[],
	mentions: MentionView[],
	window: QuoteWindow
): StatusEventView[] {
	const from = window.page === 1 ? '' : mentions[0]?.article.publishedOn;
	const until = window.hasNext ? window.nextPageFrom : null;
	return events.filter((e) => {
		const day = eventDate(e);
		// An undated change sits with the undated quotes, which come last: on the last page.
		if (day === null) return !window.hasNext;
		// A later page that opens with undated quotes comes after every dated event.
		if (from === null || from === undefined) return false;
		return day >= from && (until === null || day < until);
	});
}

/** Oldest first; undated mentions last, since an editor has yet to date their article. */
export function buildTimeline(
	mentions: MentionView[],
	events: StatusEventView[],
	evidence: MentionView[] = mentions
): TimelineEntry[] {
	const byId = new Map([...evidence, ...mentions].map((m) => [m.id, m]));
	const entries: TimelineEntry[] = [
		...mentions.map((mention) => ({
			kind: 'mention' as const,
			key: `m${mention.id}`,
			date: mention.article.publishedOn,
			mention: {
				id: mention.id,
				quote: mention.quote,
				novelty: mention.novelty,
				confidence: mention.confidence,
				article: mention.article
			}
		})),
		...events.map((e) => {
			const evidence = e.evidenceMentionId === null ? undefined : byId.get(e.evidenceMentionId);
			return {
				kind: 'status' as const,
				key: `s${e.id}`,
				date: eventDate(e),
				// The editor's address stays private: the public page says "an editor".
				event: {
					id: e.id,
					fromStatus: e.fromStatus,
					toStatus: e.toStatus,
					reason: e.reason,
					note: e.note,
					evidenceMentionId: e.evidenceMentionId,
					effectiveOn: e.effectiveOn,
					createdAt: e.createdAt,
					by: e.by.kind,
					evidenceUrl: e.evidenceUrl
				},
				evidence: evidence
					? {
							articleId: evidence.article.id,
							mentionId: evidence.id,
							quote: evidence.quote,
							language: evidence.article.language
						}
					: null
			};
		})
	];
	const rank = (e: TimelineEntry) => (e.kind === 'status' ? 1 : 0);
	return entries.sort((a, b) => {
		if (a.date === b.date) return rank(a) - rank(b);
		if (a.date === null) return 1;
		if (b.date === null) return -1;
		return a.date.localeCompare(b.date);
	});
}
