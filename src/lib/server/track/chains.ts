/**
 * Re-pledge chains. Items that state a target for the same thing — same sector, unit and
 * scope (entities) — form a family; ordered by when each was first said, every item is a
 * revision of the one before it (5 bn USD, then 10 bn USD). Computed from the whole family
 * each time, so the chain is the same whatever order the articles were processed in.
 */
import { compareDecimal } from '../../decimal';

export interface ChainItem {
	id: number;
	sector: string;
	unit: string | null;
	targetValue: string | null;
	targetYear: number | null;
	entitySlugs: string[];
	/** Date of the first article that mentions the item (undated: its import date). */
	firstSeen: string;
	/** Position of that first mention: article id, then offset, breaks ties within a day. */
	firstArticleId: number;
	firstStart: number;
}

/**
 * A value target (value + unit) belongs to the family of its sector, unit and entities; a
 * deadline-only target belongs to one only when it names an entity (a bare year is no scope).
 */
export function familyKey(
	i: Pick<ChainItem, 'sector' | 'unit' | 'targetValue' | 'targetYear' | 'entitySlugs'>
): string | null {
	const scope = [...i.entitySlugs].sort().join(',');
	if (i.targetValue !== null && i.unit !== null) return `${i.sector}|${i.unit}|${scope}`;
	if (i.targetYear !== null && scope) return `${i.sector}|year|${scope}`;
	return null;
}

function order(a: ChainItem, b: ChainItem): number {
	return (
		a.firstSeen.localeCompare(b.firstSeen) ||
		a.firstArticleId - b.firstArticleId ||
		a.firstStart - b.firstStart ||
		compareDecimal(a.targetValue ?? '0', b.targetValue ?? '0') ||
		a.id - b.id
	);
}

/** For every item in a family, the item it revises (null for the first of its family). */
export function chainRevisions(items: ChainItem[]): Map<number, number | null> {
	const families = new Map<string, ChainItem[]>();
	for (const i of items) {
		const key = familyKey(i);
		if (key === null) continue;
		const members = families.get(key);
		if (members) members.push(i);
		else families.set(key, [i]);
	}
	const out = new Map<number, number | null>();
	for (const members of families.values()) {
		members.sort(order);
		members.forEach((m, n) => out.set(m.id, n === 0 ? null : members[n - 1]!.id));
	}
	return out;
}
