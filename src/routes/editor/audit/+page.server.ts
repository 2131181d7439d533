import type { PageServerLoad } from './$types';
import { z } from 'zod';
import { getDb } from '$lib/server/db';
import { requirePageRole } from '$lib/server/auth/guard';
import { listAudit } from '$lib/server/queries/audit';

const Query = z.object({ before: z.coerce.number().int().positive().optional().catch(undefined) });
const PAGE = 100;

export const load: PageServerLoad = async (event) => {
	const { url } = event;
	requirePageRole(event, 'editor');
	const { before } = Query.parse({ before: url.searchParams.get('before') ?? undefined });
	const entries = await listAudit(await getDb(), { before, limit: PAGE });
	return { entries, older: entries.length === PAGE ? entries.at(-1)!.id : null };
};
