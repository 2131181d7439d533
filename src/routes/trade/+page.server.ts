import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { growthChart, tradeChart } from '$lib/components/charts/shape';
import { uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { getTradeSeries } from '$lib/server/queries';

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const db = await getDb();
	const [series, lastUpdated] = await Promise.all([
		getTradeSeries(db, asOf.asOf),
		lastDataChange(db)
	]);
	return {
		asOf,
		lastUpdated,
		series,
		chart:
			series.points.length || series.official.length
				? tradeChart(series, uiLocale(), asOf.explicit ? asOf.asOf : null)
				: null,
		growthChart: growthChart(series, uiLocale())
	};
};
