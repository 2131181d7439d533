import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requirePageRole } from '$lib/server/auth/guard';
import { findItems } from '$lib/server/queries/editor-items';

const Query = z.object({ q: z.string().trim().max(200).catch('') });

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	requirePageRole(event, 'editor');
	const { q } = Query.parse({ q: url.searchParams.get('q') ?? '' });
	return { q, items: await findItems(await getDb(), q) };
};
