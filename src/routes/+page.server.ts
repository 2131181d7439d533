import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { listArticles } from '$lib/server/articles';

export const load: PageServerLoad = async () => {
	return { articles: await listArticles(await getDb()) };
};
