import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { getArticleEvidence } from '$lib/server/queries';
import { IdParam, parseRecordRequest } from '$lib/schemas/api-params';

export const GET: RequestHandler = async ({ url, params }) => {
	const req = parseRecordRequest(IdParam, params, url.searchParams);
	if (!req.ok) return json({ error: req.error }, { status: 400 });
	const { id, asOf } = req.data;
	const found = await getArticleEvidence(await getDb(), id, asOf);
	if (!found) return json({ error: `no article ${id} as of ${asOf}` }, { status: 404 });
	const { contentHash: _hash, ...article } = found.article;
	return json({ asOf, ...found, article });
};
