import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { listEntities } from '$lib/server/queries';

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const db = await getDb();
	const [entities, lastUpdated] = await Promise.all([
		listEntities(db, asOf.asOf),
		lastDataChange(db)
	]);
	return { asOf, lastUpdated, entities };
};
