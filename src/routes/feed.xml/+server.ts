import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { ATOM_HEADERS, atomFeed } from '$lib/atom';
import { changeEntry } from '$lib/feed-entries';
import { uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { listChanges } from '$lib/server/queries';

/** New items and status changes across the whole site, newest first. */
export const GET: RequestHandler = async ({ url }) => {
	const db = await getDb();
	const [changes, lastUpdated] = await Promise.all([
		listChanges(db, { limit: 100 }),
		lastDataChange(db)
	]);
	const self = `${url.origin}/feed.xml`;
	const body = atomFeed({
		id: self,
		title: m.feed_title(),
		self,
		alternate: `${url.origin}/`,
		updated: changes[0]?.at ?? lastUpdated ?? new Date(0).toISOString(),
		lang: uiLocale(),
		entries: changes.map((c) => changeEntry(c, url.origin))
	});
	return new Response(body, { headers: ATOM_HEADERS });
};
