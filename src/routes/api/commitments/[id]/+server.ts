import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getCommitment } from '$lib/server/queries';
import { itemFate } from '$lib/server/queries/fate';
import { CommitmentRecordParams, IdParam, parseRecordRequest } from '$lib/schemas/api-params';

export const GET: RequestHandler = async ({ url, params }) => {
	const req = parseRecordRequest(IdParam, params, url.searchParams, CommitmentRecordParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	const { id, asOf, quotes_page } = req.data;
	const db = await getDb();
	const found = await getCommitment(db, id, asOf, quotes_page);
	const fate = found ? null : await itemFate(db, id);
	if (fate?.kind === 'merged')
		return new Response(null, {
			status: 308,
			headers: { location: `/api/commitments/${fate.intoId}${url.search}` }
		});
	if (fate?.kind === 'removed')
		return json({ error: `commitment ${id} was removed`, removed: fate }, { status: 410 });
	if (!found) return json({ error: `no commitment ${id} as of ${asOf}` }, { status: 404 });
	return json({ asOf, ...found });
};
