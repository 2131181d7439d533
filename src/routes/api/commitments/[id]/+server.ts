import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitment } from '$lib/server/track/queries';
import { IdParam, parseRecordRequest } from '$lib/server/track/params';

export const GET: RequestHandler = async ({ url, params }) => {
	const req = parseRecordRequest(IdParam, params, url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	const { id, asOf } = req.data;
	const found = await getCommitment(await getDb(), id, asOf);
	if (!found) return json({ error: `no commitment ${id} as of ${asOf}` }, { status: 404 });
	return json({ asOf, ...found });
};
