import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { ATOM_HEADERS, atomFeed } from '$lib/atom';
import { changeEntry } from '$lib/feed-entries';
import { localName, uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { listChanges } from '$lib/server/queries';

const Params = z.object({ id: z.coerce.number().int().positive() });

/** One item's creation and status changes. */
export const GET: RequestHandler = async ({ params, url }) => {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such commitment');
	const id = parsed.data.id;
	const changes = await listChanges(await getDb(), { commitmentId: id, limit: 100 });
	// Every item has at least its creation; nothing at all means there is no such item.
	if (changes.length === 0) error(404, 'No such commitment');
	const self = `${url.origin}/commitments/${id}/feed.xml`;
	const body = atomFeed({
		id: self,
		title: m.feed_item_title({ title: localName(changes[0]!.title, changes[0]!.titleEn) }),
		self,
		alternate: `${url.origin}/commitments/${id}`,
		updated: changes[0]!.at,
		lang: uiLocale(),
		entries: changes.map((c) => changeEntry(c, url.origin))
	});
	return new Response(body, { headers: ATOM_HEADERS });
};
