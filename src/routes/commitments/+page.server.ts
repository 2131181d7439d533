import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { readListQuery } from '$lib/commitment-filter.server';
import { getDb } from '$lib/server/db';
import { uiLocale } from '$lib/i18n/labels';
import { lastDataChange } from '$lib/server/queries/articles';
import { countKinds, listCommitments } from '$lib/server/queries';
import { findEntity } from '$lib/server/queries/entities';

const PAGE_SIZE = 25;

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const query = readListQuery(url);
	const db = await getDb();
	// The entity field is typed text: a slug (from the entity pages' links) or a name, matched here.
	const entity = await findEntity(db, query.entity);
	// A name that matches no entity filters to nothing rather than being ignored.
	const filters = { ...query, entity: entity?.slug ?? query.entity };
	const { kind: _kind, page: _page, sort: _sort, order: _order, ...others } = filters;
	const [result, kinds, lastUpdated] = await Promise.all([
		listCommitments(db, {
			...filters,
			asOf: asOf.asOf,
			pageSize: PAGE_SIZE,
			pastEnd: 'last',
			titleLang: uiLocale()
		}),
		countKinds(db, { ...others, asOf: asOf.asOf }),
		lastDataChange(db)
	]);
	return {
		asOf,
		lastUpdated,
		query,
		result,
		kinds,
		entity
	};
};
