/** Tracking's change list worded for a feed reader, in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { statusLabel } from '$lib/i18n/labels';
import type { AtomEntry } from '$lib/atom';
import type { Change } from '$lib/server/track/changes';

export function changeEntry(change: Change, origin: string): AtomEntry {
	const link = `${origin}/commitments/${change.commitmentId}`;
	if (change.kind === 'new_item') {
		return {
			id: `${link}#created`,
			title: m.feed_new_item({ title: change.title }),
			link,
			updated: change.at,
			summary: change.summary
		};
	}
	const to = statusLabel(change.toStatus ?? '');
	return {
		id: `${link}#status-${change.eventId ?? change.at}`,
		title: change.fromStatus
			? m.feed_status_change({ title: change.title, from: statusLabel(change.fromStatus), to })
			: m.feed_status_set({ title: change.title, to }),
		link,
		updated: change.at,
		summary: change.summary
	};
}
