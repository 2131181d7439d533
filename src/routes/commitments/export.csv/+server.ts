import type { RequestHandler } from './$types';
import { toCsv } from '$lib/export';
import { getDb } from '$lib/server/db';
import { exportRows } from '../export.server';

export const GET: RequestHandler = async ({ url }) => {
	const { asOf, items, evidence } = await exportRows(await getDb(), url);
	return new Response(toCsv(items, url.origin, evidence), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="camket-commitments-${asOf}.csv"`
		}
	});
};
