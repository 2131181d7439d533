import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitments, mentions, statusEvents } from '../db/schema';

export interface ArticleSummary {
	id: number;
	title: string;
	publishedOn: string | null;
	dateSource: string;
	language: string;
	outlet: string | null;
	needsReview: boolean;
	mentionCount: number;
}

/** Newest first; undated articles last, since an editor still has to date them. */
export async function listArticles(db: Db): Promise<ArticleSummary[]> {
	// A joined aggregate, not a correlated subquery: drizzle writes single-table selects with
	// bare column names, so `article_id = id` inside a subquery compared mentions with themselves.
	const perArticle = db
		.select({ articleId: mentions.articleId, n: sql<number>`count(*)::int`.as('n') })
		.from(mentions)
		.groupBy(mentions.articleId)
		.as('mention_counts');
	const rows = await db
		.select({
			id: articles.id,
			title: articles.title,
			publishedOn: articles.publishedOn,
			dateSource: articles.dateSource,
			language: articles.language,
			outlet: articles.outlet,
			needsReview: articles.needsReview,
			mentionCount: sql<number>`coalesce(${perArticle.n}, 0)`
		})
		.from(articles)
		.leftJoin(perArticle, eq(perArticle.articleId, articles.id))
		.orderBy(sql`${articles.publishedOn} desc nulls last`, desc(articles.id));
	return rows.map((r) => ({ ...r, mentionCount: Number(r.mentionCount) }));
}

export async function getArticle(db: Db, id: number) {
	const [article] = await db.select().from(articles).where(eq(articles.id, id));
	return article ?? null;
}

/** When anything readers see last changed: an article, a mention, a status event or an item edit. */
export async function lastDataChange(db: Db): Promise<string | null> {
	const [row] = await db
		.select({
			at: sql<string | null>`greatest(
				(select max(${articles.createdAt}) from ${articles}),
				(select max(${mentions.createdAt}) from ${mentions}),
				(select max(${statusEvents.createdAt}) from ${statusEvents}),
				(select max(${commitments.updatedAt}) from ${commitments}))`
		})
		.from(sql`(select 1) as one`);
	return row?.at ? new Date(row.at).toISOString() : null;
}
