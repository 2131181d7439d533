/**
 * The link rule: does an extracted commitment restate an item we already track, and if so
 * which one? Pure functions over plain objects, so the rule is unit-tested without a database.
 *
 * In order:
 * 1. reprint — the article is a copy of an earlier one and the same (folded) quote is already
 *    evidence for an item: link there.
 * 2. entity — the commitment names a project/programme an item also names: link to the item
 *    sharing the most entities. If both carry a target in the same unit and the targets
 *    differ, it is not the same pledge: a new item, chained as a revision (see chains.ts).
 * 3. target — same sector, unit, scope (the same set of entities, usually none) and the same
 *    value (and upper bound); years equal, or one of them unstated.
 * 4. similar — neither side has a target or an entity, same sector and kind, and the titles
 *    share at least 60 % of their words (Jaccard).
 * Otherwise a new item. Every decision carries its reason, stored on the mention.
 */
import { decimalEquals } from './decimal';
import { jaccard, words } from './text';

export interface LinkInput {
	title: string;
	sector: string;
	kind: string;
	quote: string;
	target_value: string | null;
	target_value_max: string | null;
	unit: string | null;
	target_year: number | null;
	entities: string[];
}

export interface LinkCandidate {
	id: number;
	title: string;
	sector: string;
	kind: string;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	targetYear: number | null;
	entitySlugs: string[];
	/** Folded quotes of the item's mentions in the article this one copies (rule 1 only). */
	copiedQuotes?: string[];
}

export interface LinkReason extends Record<string, unknown> {
	rule: 'reprint' | 'entity' | 'target' | 'similar' | 'new';
	entity?: string[];
	target?: { value: string; max: string | null; unit: string; year: number | null };
	score: number;
	/** Item ids considered and why they were not taken (first few), for an editor undoing a link. */
	rejected?: { id: number; why: string }[];
}

export type LinkDecision = { action: 'link'; commitmentId: number; reason: LinkReason } | { action: 'create'; reason: LinkReason };

export const SIMILAR_THRESHOLD = 0.6;

export function hasTarget(x: { target_value: string | null; unit: string | null }): boolean {
	return x.target_value !== null && x.unit !== null;
}

function sameTarget(c: LinkInput, k: LinkCandidate): boolean {
	return (
		k.unit === c.unit &&
		decimalEquals(k.targetValue, c.target_value) &&
		decimalEquals(k.targetValueMax, c.target_value_max) &&
		(k.targetYear === null || c.target_year === null || k.targetYear === c.target_year)
	);
}

/** Both state a target (value in the same unit, or only a year) and the two differ. */
function conflicts(c: LinkInput, k: LinkCandidate): boolean {
	if (hasTarget(c) && k.targetValue !== null && k.unit === c.unit) return !sameTarget(c, k);
	if (!hasTarget(c) && k.targetValue === null && c.target_year !== null && k.targetYear !== null) return c.target_year !== k.targetYear;
	return false;
}

function sameSet(a: string[], b: string[]): boolean {
	return a.length === b.length && a.every((x) => b.includes(x));
}

export function normalizeQuote(q: string): string {
	return words(q).join(' ');
}

export function decideLink(c: LinkInput, candidates: LinkCandidate[], copiedFrom = false): LinkDecision {
	const rejected: { id: number; why: string }[] = [];

	if (copiedFrom) {
		const q = normalizeQuote(c.quote);
		const hit = candidates.find((k) => k.copiedQuotes?.includes(q));
		if (hit) return { action: 'link', commitmentId: hit.id, reason: { rule: 'reprint', score: 1 } };
	}

	const mine = new Set(c.entities);
	if (mine.size > 0) {
		let best: { k: LinkCandidate; shared: string[]; score: number } | null = null;
		for (const k of candidates) {
			const shared = k.entitySlugs.filter((s) => mine.has(s));
			if (shared.length === 0) continue;
			if (conflicts(c, k)) {
				rejected.push({ id: k.id, why: 'same entity, different target or deadline: a revision, not the same pledge' });
				continue;
			}
			const score = shared.length / new Set([...k.entitySlugs, ...c.entities]).size;
			if (!best || score > best.score || (score === best.score && k.id < best.k.id)) best = { k, shared, score };
		}
		if (best) return { action: 'link', commitmentId: best.k.id, reason: { rule: 'entity', entity: best.shared.sort(), score: round(best.score), ...(rejected.length ? { rejected } : {}) } };
	}

	if (hasTarget(c)) {
		for (const k of candidates) {
			if (k.sector !== c.sector || k.targetValue === null || !sameSet(k.entitySlugs, c.entities)) continue;
			if (sameTarget(c, k)) {
				return {
					action: 'link',
					commitmentId: k.id,
					reason: {
						rule: 'target',
						target: { value: c.target_value!, max: c.target_value_max, unit: c.unit!, year: c.target_year ?? k.targetYear },
						score: k.targetYear === c.target_year ? 1 : 0.9,
						...(rejected.length ? { rejected } : {})
					}
				};
			}
			if (k.unit === c.unit && rejected.length < 5) rejected.push({ id: k.id, why: 'same unit and scope, different value or year' });
		}
	}

	if (!hasTarget(c) && mine.size === 0) {
		const w = new Set(words(c.title));
		let best: { k: LinkCandidate; score: number } | null = null;
		for (const k of candidates) {
			if (k.sector !== c.sector || k.kind !== c.kind || k.targetValue !== null || k.entitySlugs.length > 0) continue;
			const score = jaccard(w, new Set(words(k.title)));
			if (score >= SIMILAR_THRESHOLD && (!best || score > best.score)) best = { k, score };
		}
		if (best) return { action: 'link', commitmentId: best.k.id, reason: { rule: 'similar', score: round(best.score) } };
	}

	return { action: 'create', reason: { rule: 'new', score: 0, ...(rejected.length ? { rejected } : {}) } };
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}
