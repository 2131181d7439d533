/**
 * What "as of a date" means, in one place.
 * - An article counts from its publication date; an undated article from the day it was
 *   imported (that is when the tracker learnt of it).
 * - A system status event counts from the day it took effect (the article date that
 *   caused it); an editor's event from the day the editor made it.
 */
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { articles, statusEvents } from '../db/schema';
import { TRACKER_TIME_ZONE } from '../../as-of';

/** A timestamp's day on the tracker's calendar, as SQL (the same calendar as `today()`). */
function trackerDayOf(column: SQLWrapper): SQL<string> {
	return sql<string>`(${column} at time zone ${sql.raw(`'${TRACKER_TIME_ZONE}'`)})::date`;
}

export const articleDay: SQL<string> = sql<string>`coalesce(${articles.publishedOn}, ${trackerDayOf(articles.createdAt)})`;

export const eventDay: SQL<string> = sql<string>`(case when ${statusEvents.userId} is null and ${statusEvents.effectiveOn} is not null then ${statusEvents.effectiveOn} else ${trackerDayOf(statusEvents.createdAt)} end)`;

export function articleVisible(asOf: string): SQL {
	return sql`${articleDay} <= ${asOf}::date`;
}

export function eventVisible(asOf: string): SQL {
	return sql`${eventDay} <= ${asOf}::date`;
}
