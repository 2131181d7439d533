import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { listEntities } from '$lib/server/queries';
import { AsOfParams, asOfOrToday, parseSearch } from '$lib/schemas/api-params';

export const GET: RequestHandler = async ({ url }) => {
	const p = parseSearch(AsOfParams, url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	const asOf = asOfOrToday(p.data.as_of);
	return json({ asOf, entities: await listEntities(await getDb(), asOf) });
};
