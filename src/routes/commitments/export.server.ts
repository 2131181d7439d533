/** Shared by the CSV and JSON exports: the list exactly as filtered on screen, all pages of it. */
import { error } from '@sveltejs/kit';
import type { Db } from '$lib/server/db/client';
import { readAsOf } from '$lib/as-of.server';
import { readListQuery } from '$lib/commitment-filter.server';
import {
	evidenceOf,
	listCommitments,
	type CommitmentFilter,
	type CommitmentSummary
} from '$lib/server/queries';

export async function listAllCommitments(
	db: Db,
	filter: Omit<CommitmentFilter, 'page' | 'pageSize'>
): Promise<CommitmentSummary[]> {
	const items: CommitmentSummary[] = [];
	for (let page = 1; ; page++) {
		const result = await listCommitments(db, { ...filter, page, pageSize: 200 });
		items.push(...result.items);
		if (result.items.length === 0 || items.length >= result.total) return items;
	}
}

/** Larger than any real list; past it an export would be a crawl, not a download. */
const EXPORT_LIMIT = 20_000;

export async function exportRows(db: Db, url: URL) {
	const asOf = readAsOf(url);
	const { page: _page, ...query } = readListQuery(url);
	const items = await listAllCommitments(db, { ...query, asOf: asOf.asOf });
	if (items.length > EXPORT_LIMIT) error(413, 'Too many rows to export; narrow the filters.');
	const evidence = await evidenceOf(
		db,
		items.map((i) => i.id),
		asOf.asOf
	);
	return { asOf: asOf.asOf, query, items, evidence };
}
