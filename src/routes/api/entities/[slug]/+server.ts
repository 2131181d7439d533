import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getEntity } from '$lib/server/queries';
import { parseRecordRequest, SlugParam } from '$lib/schemas/api-params';

/** `slug` may also be any alias, in any spelling: /api/entities/Vung%20Ang–Vientiane%20railway. */
export const GET: RequestHandler = async ({ url, params }) => {
	const req = parseRecordRequest(SlugParam, params, url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	const { slug, asOf } = req.data;
	const found = await getEntity(await getDb(), slug, asOf);
	if (!found) return json({ error: `no entity ${slug}` }, { status: 404 });
	return json({ asOf, ...found });
};
