import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listCorrections } from '$lib/server/queries/audit';

/** Public: dated notes about changes to published items; no editor names, no raw snapshots. */
export const load: PageServerLoad = async () => {
	const corrections = await listCorrections(await getDb());
	return { corrections: corrections.map((c) => ({ ...c, at: c.at.toISOString() })) };
};
