import { z } from 'zod';
import { KIND_KEYS, SECTOR_KEYS, SORTS, STATUS_KEYS, type ListQuery } from './commitment-filter';

const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
// A bad value in a hand-edited URL drops that one filter rather than failing the page.
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess(blankToUndefined, schema.optional()).catch(undefined);

const ListQuerySchema = z.object({
	q: optional(z.string().trim().max(200)),
	kind: optional(z.enum(KIND_KEYS)),
	sector: optional(z.enum(SECTOR_KEYS)),
	status: optional(z.enum(STATUS_KEYS)),
	entity: optional(z.string().max(200)),
	year: optional(z.coerce.number().int().min(1900).max(2200)),
	sort: optional(z.enum(SORTS)),
	order: optional(z.enum(['asc', 'desc'])),
	page: optional(z.coerce.number().int().min(1).max(100_000))
});

export function readListQuery(url: URL): ListQuery {
	return ListQuerySchema.parse(Object.fromEntries(url.searchParams)) as ListQuery;
}
