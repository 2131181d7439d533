/**
 * What "as of a date" means, in one place.
 * - An article counts from its publication date; an undated article from the day it was
 *   imported (that is when the tracker learnt of it).
 * - A system status event counts from the day it took effect (the article date that
 *   caused it); an editor's event from the day the editor made it.
 */
import { sql, type SQL } from 'drizzle-orm';
import { articles, statusEvents } from '../db/schema';

export const articleDay: SQL<string> = sql<string>`coalesce(${articles.publishedOn}, (${articles.createdAt} at time zone 'UTC')::date)`;

export const eventDay: SQL<string> = sql<string>`(case when ${statusEvents.userId} is null and ${statusEvents.effectiveOn} is not null then ${statusEvents.effectiveOn} else (${statusEvents.createdAt} at time zone 'UTC')::date end)`;

export function articleVisible(asOf: string): SQL {
	return sql`${articleDay} <= ${asOf}::date`;
}

export function eventVisible(asOf: string): SQL {
	return sql`${eventDay} <= ${asOf}::date`;
}

/** Today in UTC, the default `asOf`. */
export function today(): string {
	return new Date().toISOString().slice(0, 10);
}
