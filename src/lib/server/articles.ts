import { count, desc, eq, sql } from 'drizzle-orm';
import type { Db } from './db/client';
import { articles, mentions } from './db/schema';

export interface ArticleSummary {
	id: number;
	title: string;
	publishedOn: string | null;
	dateSource: string;
	language: string;
	needsReview: boolean;
	mentionCount: number;
}

/** Newest first; undated articles last, since an editor still has to date them. */
export async function listArticles(db: Db): Promise<ArticleSummary[]> {
	return db
		.select({
			id: articles.id,
			title: articles.title,
			publishedOn: articles.publishedOn,
			dateSource: articles.dateSource,
			language: articles.language,
			needsReview: articles.needsReview,
			mentionCount: sql<number>`(select ${count()}::int from ${mentions} where ${mentions.articleId} = ${articles.id})`
		})
		.from(articles)
		.orderBy(sql`${articles.publishedOn} desc nulls last`, desc(articles.id));
}

export async function getArticle(db: Db, id: number) {
	const [article] = await db.select().from(articles).where(eq(articles.id, id));
	return article ?? null;
}
