/**
 * The commitments list's whole state, read from and written back to the URL, so a filtered
 * view can be bookmarked, shared, paged and exported exactly as it is on screen.
 * Parsing lives in commitment-filter.server.ts, so the browser never loads the validator.
 */
export const SORTS = ['last_mentioned', 'first_mentioned', 'deadline', 'title', 'sources'] as const;
export {
	KIND_FILTERS as KIND_KEYS,
	SECTORS as SECTOR_KEYS,
	STATUSES as STATUS_KEYS
} from './vocabulary';
import type { KindFilter, SECTORS as SECTOR_KEYS, STATUSES as STATUS_KEYS } from './vocabulary';

export interface ListQuery {
	q?: string;
	kind?: KindFilter;
	sector?: (typeof SECTOR_KEYS)[number];
	status?: (typeof STATUS_KEYS)[number];
	entity?: string;
	year?: number;
	sort?: (typeof SORTS)[number];
	order?: 'asc' | 'desc';
	page?: number;
}

/** The query string for a list state; `asOf` only when the reader chose it. */
export function listQueryString(query: ListQuery, asOf: string | null): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value !== undefined && !(key === 'page' && value === 1)) params.set(key, String(value));
	}
	if (asOf) params.set('as_of', asOf);
	const s = params.toString();
	return s ? `?${s}` : '';
}
