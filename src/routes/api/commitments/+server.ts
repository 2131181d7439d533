import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { getDb } from '$lib/server/db';
import { listCommitments } from '$lib/server/queries';
import { asOfOrToday, CommitmentListParams, parseSearch } from '$lib/schemas/api-params';

export const GET: RequestHandler = async ({ url }) => {
	const p = parseSearch(CommitmentListParams, url.searchParams);
	if (!p.ok) return json({ error: p.error }, { status: 400 });
	const { as_of, page_size, ...filter } = p.data;
	const asOf = asOfOrToday(as_of);
	return json({
		asOf,
		...(await listCommitments(await getDb(), { ...filter, asOf, pageSize: page_size }))
	});
};
