/**
 * Display names for the entities a commitment names, read from its own quote. The engine keeps
 * only slugs, so a name its generic detector found is looked up again here (fold, findEntities)
 * to cut it as written; names carried on the extracted commitment would remove this second pass.
 */
import { ENTITY_REGISTRY, findEntities, fold } from '../extract/index';
import { entityKind, type NewEntityName } from './entities';

export function entityNames(c: {
	quote: string;
	entities: string[];
	/** Names found elsewhere in the article (track/referents.ts): a project the quote calls "dự án". */
	referents?: NewEntityName[];
}): NewEntityName[] {
	if (c.entities.length === 0) return [];
	const f = fold(c.quote);
	const found = findEntities(f.text);
	return c.entities.map((slug) => {
		const known = c.referents?.find((r) => r.slug === slug);
		if (known) return known;
		const reg = ENTITY_REGISTRY.find((e) => e.slug === slug);
		if (reg) return { slug, kind: entityKind(reg.kind), nameVi: reg.name_vi, nameEn: reg.name_en };
		const m = found.find((e) => e.slug === slug);
		const raw = m ? c.quote.slice(f.toRaw(m.start), f.toRaw(m.end)) : slug.replace(/-/g, ' ');
		return {
			slug,
			kind: entityKind(m?.kind ?? 'other'),
			nameVi: m?.name_vi ?? raw,
			nameEn: m?.name_en ?? null
		};
	});
}
