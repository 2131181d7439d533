import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEntity } from '$lib/server/track/queries';
import { AsOfParams, asOfOrToday, parseSearch, parseWith, SlugParam } from '$lib/server/track/params';

/** `slug` may also be any alias, in any spelling: /api/entities/Vung%20Ang–Vientiane%20railway. */
export const GET: RequestHandler = async ({ url, params }) => {
	const s = parseWith(SlugParam, params);
	if (!s.ok) return json({ error: s.error }, { status: 400 });
	const p = parseSearch(AsOfParams, url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	const asOf = asOfOrToday(p.data.as_of);
	const found = await getEntity(await getDb(), s.data.slug, asOf);
	if (!found) return json({ error: `no entity ${s.data.slug}` }, { status: 404 });
	return json({ asOf, ...found });
};
