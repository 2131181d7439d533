import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { getDb } from '$lib/server/db';
import { getOverview } from '$lib/server/queries';
import { sectorCounts, statusCounts } from '$lib/components/charts/shape';

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const overview = await getOverview(await getDb(), asOf.asOf);
	const keep = asOf.explicit ? asOf.asOf : null;
	return {
		asOf,
		lastUpdated: overview.lastUpdated,
		overview,
		total: overview.byStatus.reduce((sum, s) => sum + s.count, 0),
		charts: {
			status: statusCounts(overview.byStatus, keep),
			sector: sectorCounts(overview.bySector, keep)
		}
	};
};
