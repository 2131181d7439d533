/**
 * The JSON API's query parameters, validated with zod. Unknown parameters are refused
 * rather than ignored, so a typo ("stauts=") is a 400, not a silently unfiltered list.
 */
import { z } from 'zod';
import { KIND_FILTERS, SECTORS, STATUSES } from '../vocabulary';
import { today } from '../as-of';
import { AsOfDay } from './as-of';

const asOf = { as_of: AsOfDay.optional() };

export const CommitmentListParams = z
	.object({
		...asOf,
		sector: z.enum(SECTORS).optional(),
		/** One kind, or 'deliverable' (targets, projects and programmes), as the list page's filter. */
		kind: z.enum(KIND_FILTERS).optional(),
		status: z.enum(STATUSES).optional(),
		q: z.string().trim().min(1).max(200).optional(),
		entity: z
			.string()
			.regex(
				/^[a-z0-9-]{1,200}$/,
				'entity must be an entity slug such as hanoi-vientiane-expressway'
			)
			.optional(),
		year: z.coerce.number().int().min(1900).max(2200).optional(),
		sort: z.enum(['last_mentioned', 'first_mentioned', 'deadline', 'title', 'sources']).optional(),
		order: z.enum(['asc', 'desc']).optional(),
		page: z.coerce.number().int().min(1).max(100000).default(1),
		page_size: z.coerce.number().int().min(1).max(200).default(25)
	})
	.strict();

export const AsOfParams = z.object(asOf).strict();

/** A page of an item's quotes (queries/index.ts, QUOTES_PER_PAGE), as the API and the item page take it. */
export const QuotesPageNumber = z.coerce.number().int().min(1).max(1_000_000);

export const CommitmentRecordParams = z
	.object({ ...asOf, quotes_page: QuotesPageNumber.default(1) })
	.strict();

export const IdParam = z.object({ id: z.coerce.number().int().positive().max(2147483647) });
export const SlugParam = z.object({ slug: z.string().min(1).max(300) });

export type ParseResult<T> = { ok: true; data: T } | { ok: false; error: string };

/** Parses URL search params (each given once) into a schema's output, with a readable error. */
export function parseSearch<T extends z.ZodType>(
	schema: T,
	search: URLSearchParams
): ParseResult<z.output<T>> {
	const raw: Record<string, string> = {};
	for (const [k, v] of search) {
		if (k in raw) return { ok: false, error: `parameter ${k} is given more than once` };
		raw[k] = v;
	}
	return parseWith(schema, raw);
}

export function parseWith<T extends z.ZodType>(schema: T, raw: unknown): ParseResult<z.output<T>> {
	const r = schema.safeParse(raw);
	if (r.success) return { ok: true, data: r.data };
	const issue = r.error.issues[0]!;
	if (issue.code === 'unrecognized_keys')
		return { ok: false, error: `unknown parameter: ${issue.keys.join(', ')}` };
	const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
	return { ok: false, error: `${where}${issue.message}` };
}

export function asOfOrToday(v: string | undefined): string {
	return v ?? today();
}

/** A single record's endpoint: the key in its path (`IdParam`, `SlugParam`) and `as_of` (and what else `querySchema` allows) in its query. */
export function parseRecordRequest<
	T extends z.ZodObject,
	Q extends typeof AsOfParams | typeof CommitmentRecordParams = typeof AsOfParams
>(
	pathSchema: T,
	params: unknown,
	search: URLSearchParams,
	querySchema: Q = AsOfParams as Q
): ParseResult<z.output<T> & Omit<z.output<Q>, 'as_of'> & { asOf: string }> {
	const path = parseWith(pathSchema, params);
	if (!path.ok) return path;
	const query = parseSearch(querySchema, search);
	if (!query.ok) return query;
	const { as_of, ...rest } = query.data as z.output<Q>;
	return {
		ok: true,
		data: { ...path.data, ...(rest as Omit<z.output<Q>, 'as_of'>), asOf: asOfOrToday(as_of) }
	};
}
