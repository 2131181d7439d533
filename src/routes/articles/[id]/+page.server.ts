import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { getArticle } from '$lib/server/articles';

const Params = z.object({ id: z.coerce.number().int().positive() });

export const load: PageServerLoad = async ({ params }) => {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such article');
	const article = await getArticle(await getDb(), parsed.data.id);
	if (!article) error(404, 'No such article');
	return {
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			publishedOn: article.publishedOn,
			dateSource: article.dateSource,
			language: article.language,
			paragraphs: article.cleanText.split('\n\n')
		}
	};
};
