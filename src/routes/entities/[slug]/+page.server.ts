import { error, redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { withAsOf } from '$lib/as-of';
import { readAsOf } from '$lib/as-of.server';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { getEntity } from '$lib/server/queries';

export const load: PageServerLoad = async ({ params, url }) => {
	const asOf = readAsOf(url);
	if (params.slug.length > 200) error(404, 'No such project or programme');
	const db = await getDb();
	const [detail, lastUpdated] = await Promise.all([
		getEntity(db, params.slug, asOf.asOf),
		lastDataChange(db)
	]);
	if (!detail) error(404, 'No such project or programme');
	// Found by one of its other names: send the reader to the one address it has.
	if (detail.entity.slug !== params.slug)
		redirect(301, withAsOf(`/entities/${detail.entity.slug}`, asOf));
	return { asOf, lastUpdated, ...detail };
};
