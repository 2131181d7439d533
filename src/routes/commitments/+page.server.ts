import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { readListQuery } from '$lib/commitment-filter.server';
import { getDb } from '$lib/server/db';
import { uiLocale } from '$lib/i18n/labels';
import { lastDataChange } from '$lib/server/queries/articles';
import { countKinds, listCommitments, listEntities } from '$lib/server/queries';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const query = readListQuery(url);
	const db = await getDb();
	const { kind: _kind, page: _page, sort: _sort, order: _order, ...others } = query;
	const [result, kinds, entities, lastUpdated] = await Promise.all([
		listCommitments(db, {
			...query,
			asOf: asOf.asOf,
			pageSize: PAGE_SIZE,
			pastEnd: 'last',
			titleLang: uiLocale()
		}),
		countKinds(db, { ...others, asOf: asOf.asOf }),
		listEntities(db, asOf.asOf),
		lastDataChange(db)
	]);
	return {
		asOf,
		lastUpdated,
		query,
		result,
		kinds,
		// Only entities an item names can narrow the list; one chosen in the URL stays, so the form shows it.
		entities: entities
			.filter((e) => e.commitmentCount > 0 || e.slug === query.entity)
			.map((e) => ({ slug: e.slug, nameVi: e.nameVi, nameEn: e.nameEn }))
	};
};
