/** Choosing an item's title among its quotes' titles, while no editor has chosen one. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, mentions } from '../db/schema';
import { keyTitleBetter, type LinkCandidate } from './link';

/**
 * After a quote joins an item by the key rule: take the quote's title (and English title) when it
 * is the better action phrase of the shared key (`keyTitleBetter`) and the item still carries the
 * title of its first quote, i.e. neither an editor nor rule "purpose" has set it.
 */
export async function retitleByKey(
	tx: Db,
	commitmentId: number,
	keys: string[],
	quote: { title: string; titleEn: string | null },
	candidates: LinkCandidate[]
): Promise<boolean> {
	const k = candidates.find((x) => x.id === commitmentId);
	if (!k || !keyTitleBetter(k.title, quote.title, keys)) return false;
	const [first] = await tx
		.select({ title: mentions.extracted })
		.from(mentions)
		.where(eq(mentions.commitmentId, commitmentId))
		.orderBy(asc(mentions.id))
		.limit(1);
	const [item] = await tx
		.select({ title: commitments.title })
		.from(commitments)
		.where(eq(commitments.id, commitmentId));
	if (!first || !item || (first.title as { title?: unknown }).title !== item.title) return false;
	await tx
		.update(commitments)
		.set({ title: quote.title, titleEn: quote.titleEn, version: sql`${commitments.version} + 1` })
		.where(eq(commitments.id, commitmentId));
	k.title = quote.title;
	return true;
}
