/** Writes the re-pledge chains computed by chains.ts. */
import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitmentEntities, commitments, entities, mentions } from '../db/schema';
import { chainRevisions } from './chains';

/** Recomputes the chains of the families in `sectors` (a family never spans two sectors). */
export async function updateChains(tx: Db, sectors: string[]): Promise<number> {
	const rows = await tx
		.select({
			id: commitments.id,
			sector: commitments.sector,
			unit: commitments.unit,
			targetValue: commitments.targetValue,
			targetYear: commitments.targetYear,
			revisionOfId: commitments.revisionOfId,
			// Undated articles sort after every dated one: their import day is no pledge date.
			first: sql<string>`min(coalesce(${articles.publishedOn}::text, '9999-12-31') || ':' || lpad(${articles.id}::text, 10, '0') || ':' || lpad(${mentions.start}::text, 10, '0'))`
		})
		.from(commitments)
		.innerJoin(mentions, eq(mentions.commitmentId, commitments.id))
		.innerJoin(articles, eq(articles.id, mentions.articleId))
		.where(
			and(
				isNull(commitments.mergedIntoId),
				inArray(commitments.sector, sectors),
				or(sql`${commitments.targetValue} is not null`, sql`${commitments.targetYear} is not null`)
			)
		)
		.groupBy(commitments.id);
	if (rows.length === 0) return 0;
	const ents = await tx
		.select({ commitmentId: commitmentEntities.commitmentId, slug: entities.slug })
		.from(commitmentEntities)
		.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
		.where(
			inArray(
				commitmentEntities.commitmentId,
				rows.map((r) => r.id)
			)
		);
	const chains = chainRevisions(
		rows.map((r) => {
			const [day, articleId, start] = r.first.split(':');
			return {
				...r,
				entitySlugs: ents.filter((e) => e.commitmentId === r.id).map((e) => e.slug),
				firstSeen: day!,
				firstArticleId: Number(articleId),
				firstStart: Number(start)
			};
		})
	);
	let changed = 0;
	for (const r of rows) {
		const want = chains.get(r.id) ?? null;
		if (want === r.revisionOfId) continue;
		await tx
			.update(commitments)
			.set({ revisionOfId: want, version: sql`${commitments.version} + 1`, updatedAt: sql`now()` })
			.where(eq(commitments.id, r.id));
		changed++;
	}
	return changed;
}
