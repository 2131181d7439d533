/**
 * The one `as_of` parser: a day written YYYY-MM-DD that exists on the calendar, within the years
 * our records can hold (a year 0 or 9999 is a probe, and PostgreSQL refuses some of them).
 * The JSON API (api-params.ts) reports its messages; the pages (as-of.server.ts) say the same.
 */
import { z } from 'zod';

export const AS_OF_FORMAT = 'as_of must be a date written YYYY-MM-DD';
export const AS_OF_RANGE = 'as_of must be between 1900-01-01 and 2100-12-31';

export const AsOfDay = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, AS_OF_FORMAT)
	.refine(
		(s) =>
			!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
			new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
		'as_of is not a real calendar date'
	)
	.refine((s) => s >= '1900-01-01' && s <= '2100-12-31', AS_OF_RANGE);
