import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitment } from '$lib/server/track/queries';
import { AsOfParams, asOfOrToday, IdParam, parseSearch, parseWith } from '$lib/server/track/params';

export const GET: RequestHandler = async ({ url, params }) => {
	const id = parseWith(IdParam, params);
	if (!id.ok) return json({ error: id.error }, { status: 400 });
	const p = parseSearch(AsOfParams, url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	const asOf = asOfOrToday(p.data.as_of);
	const found = await getCommitment(await getDb(), id.data.id, asOf);
	if (!found) return json({ error: `no commitment ${id.data.id} as of ${asOf}` }, { status: 404 });
	return json({ asOf, ...found });
};
