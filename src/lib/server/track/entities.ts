/**
 * Entities and their aliases, seeded from the extraction engine's registry. Seeding is
 * idempotent (conflicts do nothing) and cheap to skip: one count query tells whether every
 * registry slug is already there.
 */
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { entities, entityAliases } from '../db/schema';
import { ENTITY_REGISTRY, type EntityKind } from '../extract/index';
import { foldText } from '../extract/fold';

/** The registry's fine kinds, grouped into the kinds the entities table uses. */
export function entityKind(kind: EntityKind | string): string {
	if (kind === 'programme' || kind === 'agreement' || kind === 'mechanism') return kind;
	return 'project';
}

/** What alias matching compares: folded, one "-" between route ends, either order is listed. */
export function aliasKey(alias: string): string {
	return foldText(alias);
}

export async function seedEntities(db: Db): Promise<void> {
	const slugs = ENTITY_REGISTRY.map((e) => e.slug);
	const [{ n } = { n: 0 }] = await db
		.select({ n: count() })
		.from(entities)
		.where(inArray(entities.slug, slugs));
	if (Number(n) === slugs.length) return;
	await db
		.insert(entities)
		.values(
			ENTITY_REGISTRY.map((e) => ({
				slug: e.slug,
				kind: entityKind(e.kind),
				nameVi: e.name_vi,
				nameEn: e.name_en
			}))
		)
		.onConflictDoNothing({ target: entities.slug });
	const rows = await db
		.select({ id: entities.id, slug: entities.slug })
		.from(entities)
		.where(inArray(entities.slug, slugs));
	const idOf = new Map(rows.map((r) => [r.slug, r.id]));
	const aliases = new Map<string, { entityId: number; alias: string; aliasFolded: string }>();
	for (const e of ENTITY_REGISTRY) {
		for (const alias of [e.name_vi, e.name_en, ...e.aliases]) {
			const entityId = idOf.get(e.slug)!;
			const aliasFolded = aliasKey(alias);
			aliases.set(`${entityId}|${aliasFolded}`, { entityId, alias, aliasFolded });
		}
	}
	await db
		.insert(entityAliases)
		.values([...aliases.values()])
		.onConflictDoNothing();
}

export interface NewEntityName {
	slug: string;
	kind: string;
	nameVi: string;
	nameEn: string | null;
}

/** Entity ids for slugs, creating the ones the engine found outside the registry. */
export async function ensureEntities(db: Db, names: NewEntityName[]): Promise<Map<string, number>> {
	if (names.length === 0) return new Map();
	const slugs = [...new Set(names.map((n) => n.slug))];
	const existing = await db
		.select({ id: entities.id, slug: entities.slug })
		.from(entities)
		.where(inArray(entities.slug, slugs));
	const out = new Map(existing.map((r) => [r.slug, r.id]));
	const missing = names.filter(
		(n, i) => !out.has(n.slug) && names.findIndex((m) => m.slug === n.slug) === i
	);
	if (missing.length) {
		const inserted = await db
			.insert(entities)
			.values(missing)
			.onConflictDoNothing({ target: entities.slug })
			.returning({ id: entities.id, slug: entities.slug });
		for (const r of inserted) out.set(r.slug, r.id);
		await db
			.insert(entityAliases)
			.values(
				inserted.flatMap((r) => {
					const n = missing.find((m) => m.slug === r.slug)!;
					return [n.nameVi, ...(n.nameEn ? [n.nameEn] : [])].map((alias) => ({
						entityId: r.id,
						alias,
						aliasFolded: aliasKey(alias)
					}));
				})
			)
			.onConflictDoNothing();
		for (const s of slugs.filter((s) => !out.has(s))) {
			const [row] = await db.select({ id: entities.id }).from(entities).where(eq(entities.slug, s));
			if (row) out.set(s, row.id);
		}
	}
	return out;
}
