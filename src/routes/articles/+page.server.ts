import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { getDb } from '$lib/server/db';
import { lastDataChange, listArticles } from '$lib/server/queries/articles';

export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const db = await getDb();
	const [articles, lastUpdated] = await Promise.all([listArticles(db), lastDataChange(db)]);
	// An article exists from its publication day; undated ones from the day they were imported.
	const visible = articles.filter((a) => a.publishedOn === null || a.publishedOn <= asOf.asOf);
	return { asOf, lastUpdated, articles: visible };
};
