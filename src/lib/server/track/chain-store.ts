/** Writes the re-pledge chains computed by chains.ts. */
import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { articles, commitmentEntities, commitments, entities, mentions } from '../db/schema';
import { chainRevisions, familyKey } from './chains';

/** A family's defining fields, as familyKey reads them. */
export interface ChainFamily {
	sector: string;
	unit: string | null;
	targetValue: string | null;
	targetYear: number | null;
	entitySlugs: string[];
}

/**
 * An item's entity slugs, one index probe per item. Written out in full: drizzle leaves column
 * names unqualified in a one-table select, and inside the subquery "id" would be the entity's.
 */
export const entitySlugsOf = sql<string[]>`array(${sql.raw(
	`select (select e.slug from entities e where e.id = ce.entity_id) from commitment_entities ce
	where ce.commitment_id = commitments.id`
)})`;

const familyColumns = {
	sector: commitments.sector,
	unit: commitments.unit,
	targetValue: commitments.targetValue,
	targetYear: commitments.targetYear,
	entitySlugs: entitySlugsOf
};

/** An item's family as it stands now: read before an edit that may move the item out of it. */
export async function familyOf(tx: Db, id: number): Promise<ChainFamily | null> {
	const [row] = await tx.select(familyColumns).from(commitments).where(eq(commitments.id, id));
	return row ?? null;
}

/**
 * Recomputes the chains of the families of the `touched` items (given a mention, created, named
 * or moved by an article), and of the families `formerly` held items that moved out of them.
 * Only those families can have changed, and each is read through an index (its scope's first
 * entity, or its sector and unit), so the cost follows the families, not the tracker.
 */
export async function updateChains(
	tx: Db,
	touched: number[],
	formerly: ChainFamily[] = []
): Promise<number> {
	if (touched.length === 0 && formerly.length === 0) return 0;
	const current = touched.length
		? await tx
				.select(familyColumns)
				.from(commitments)
				.where(sql`${commitments.id} = any(${`{${touched.join(',')}}`}::int[])`)
		: [];
	const families = new Map<string, ChainFamily>();
	for (const f of [...current, ...formerly]) {
		const key = familyKey(f);
		if (key !== null) families.set(key, f);
	}
	const touchedIds = new Set(touched);
	const rows = families.size
		? await tx
				.select({
					id: commitments.id,
					...familyColumns,
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
						sql`${commitments.id} in (${sql.join([...families.values()].map(members), sql` union all `)})`
					)
				)
				.groupBy(commitments.id)
		: [];
	const chains = chainRevisions(
		rows.map((r) => {
			const [day, articleId, start] = r.first.split(':');
			return {
				...r,
				firstSeen: day!,
				firstArticleId: Number(articleId),
				firstStart: Number(start)
			};
		})
	);
	let changed = 0;
	for (const r of rows) {
		// A row read for a wider scope than its own may belong to a family this article left alone.
		const key = familyKey(r);
		if (!touchedIds.has(r.id) && (key === null || !families.has(key))) continue;
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

/**
 * The ids of the items that may belong to the family of `f` (familyKey's two kinds): a superset,
 * read through an index; the exact family is told apart by familyKey afterwards. A scoped family
 * is read from its first entity's items (commitment_entities by entity), an unscoped one from its
 * sector and unit's targets (commitments_target_first_idx), testing each for an entity by the
 * primary key (`offset 0` keeps that test per row, not a hash of every item's entities). One
 * select per family, joined by `union all`: or'ed in one where, they planned as one scan of every
 * target of the sectors with all the families' tests.
 */
function members(f: ChainFamily): SQL {
	const [first] = [...f.entitySlugs].sort();
	const kind =
		f.targetValue !== null && f.unit !== null
			? sql`c.unit = ${f.unit} and c.target_value is not null`
			: sql`(c.target_value is null or c.unit is null) and c.target_year is not null`;
	if (first === undefined)
		return sql`(select c.id from ${commitments} c where c.sector = ${f.sector} and ${kind} and not exists (select 1 from ${commitmentEntities} ce where ce.commitment_id = c.id offset 0))`;
	return sql`(select c.id from ${commitmentEntities} ce join ${entities} e on e.id = ce.entity_id join ${commitments} c on c.id = ce.commitment_id where e.slug = ${first} and c.sector = ${f.sector} and ${kind})`;
}
