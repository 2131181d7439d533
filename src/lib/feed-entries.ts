/** Tracking's change list worded for a feed reader, in the reader's language (`?lang=` on the feed). */
import { m } from '$lib/paraglide/messages';
import { statusLabel, uiLocale } from '$lib/i18n/labels';
import { storedText } from '$lib/i18n/system-text';
import type { AtomEntry } from '$lib/atom';
import type { Change } from '$lib/server/queries/changes';

export function changeEntry(change: Change, origin: string): AtomEntry {
	const link = `${origin}/commitments/${change.commitmentId}`;
	// An English reader gets the English title where there is one; the Vietnamese one is the fallback.
	const title = uiLocale() === 'en' && change.titleEn ? change.titleEn : change.title;
	if (change.kind === 'new_item') {
		return {
			id: `${link}#created`,
			title: m.feed_new_item({ title }),
			link,
			updated: change.at,
			summary: m.feed_new_item({ title })
		};
	}
	const to = statusLabel(change.toStatus ?? '');
	const from = change.fromStatus ? statusLabel(change.fromStatus) : '—';
	return {
		id: `${link}#status-${change.eventId ?? change.at}`,
		title: change.fromStatus
			? m.feed_status_change({ title, from, to })
			: m.feed_status_set({ title, to }),
		link,
		updated: change.at,
		summary: change.reason ? `${from} → ${to}: ${storedText(change.reason)}` : `${from} → ${to}`
	};
}
