import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { commitmentRecord } from '$lib/export';
import { getDb } from '$lib/server/db';
import { exportRows } from '../export.server';

export const GET: RequestHandler = async ({ url }) => {
	const { asOf, query, items, evidence } = await exportRows(await getDb(), url);
	return json(
		{
			as_of: asOf,
			filter: query,
			total: items.length,
			items: items.map((item) => commitmentRecord(item, url.origin, evidence.get(item.id)))
		},
		{ headers: { 'content-disposition': `attachment; filename="camket-commitments-${asOf}.json"` } }
	);
};
