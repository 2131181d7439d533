/**
 * Search keys. An item's search document is its titles, entity names, target and every
 * quote of its evidence, reduced to plain tokens: words folded (no case, no diacritics,
 * Vietnamese i/y spellings made one: "tỉ" = "tỷ", "kĩ" = "kỹ"), and every amount written as
 * one canonical key with its scale applied, so "5 tỷ USD", "5 tỉ", "US$5bn", "5 billion" and
 * "5.000.000.000" are all `n5000000000`. Queries go through the same function, and PostgreSQL's
 * full-text search (the `simple` configuration: no stemming, no stop words, the same on
 * PGlite and on a server) matches every query token against the document.
 *
 * Bump SEARCH_VERSION whenever the tokens change: every stored document is then stale and
 * `refreshSearchDocuments` recomputes it.
 */
import { asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitmentEntities, commitments, entities, mentions } from '../db/schema';
import { scaleDecimal } from '../../decimal';
import { foldText } from '../extract/fold';

export const SEARCH_VERSION = 1;

/** Scale words, folded, as powers of ten. */
const SCALES: Record<string, number> = {
	'nghin ti': 12,
	'ngan ti': 12,
	nghin: 3,
	ngan: 3,
	thousand: 3,
	trieu: 6,
	million: 6,
	millions: 6,
	mn: 6,
	ti: 9,
	billion: 9,
	billions: 9,
	bn: 9,
	trillion: 12,
	tn: 12
};
/** Abbreviations that only count as scales written right after the digits ("5bn", "$5m"). */
const ATTACHED_SCALES: Record<string, number> = { k: 3, m: 6, b: 9 };

const CURRENCY_BEFORE = /(?:us\$|\$|usd ?)$/;
const CURRENCY_AFTER: [RegExp, string][] = [
	[/^ ?(?:usd|us\$|dollars?|do la(?: my)?)\b/, 'usd'],
	[/^ ?(?:vnd|dong)\b/, 'vnd'],
	[/^ ?kip\b/, 'kip']
];

/** Vietnamese writes a final "i" or "y" after a consonant either way (tỉ/tỷ, lí/lý, kĩ/kỹ). */
function foldIY(s: string): string {
	return s.replace(/\b(ngh|ng|gh|kh|nh|ph|th|tr|ch|qu|[bcdghklmnprstvx])y\b/g, '$1i');
}

/** Folded text for search: foldText, then one spelling for i/y. */
export function searchFold(s: string): string {
	return foldIY(foldText(s));
}

/**
 * A written number as a decimal string. A separator followed by exactly three digits groups
 * thousands ("5.000.000.000", "1,500"); otherwise it is the decimal mark ("5,5", "2.5").
 */
function parseDigits(written: string): { int: string; frac: string } {
	const dots = written.split('.').length - 1;
	const commas = written.split(',').length - 1;
	let decimalMark: string | null = null;
	if (dots && commas) decimalMark = written.lastIndexOf('.') > written.lastIndexOf(',') ? '.' : ',';
	else if (dots + commas > 0) {
		const mark = dots ? '.' : ',';
		const groups = written.split(mark);
		const thousands = groups.slice(1).every((g) => g.length === 3);
		decimalMark = thousands ? null : groups.length === 2 ? mark : null;
	}
	const [intPart, fracPart = ''] = decimalMark
		? [
				written.slice(0, written.lastIndexOf(decimalMark)),
				written.slice(written.lastIndexOf(decimalMark) + 1)
			]
		: [written, ''];
	return { int: intPart.replace(/[.,]/g, ''), frac: fracPart.replace(/[.,]/g, '') };
}

/** `int.frac × 10^exp` as a key: digits only, trailing fraction zeros dropped ("n5500000000", "n2p5"). */
function numberKey(int: string, frac: string, exp: number): string {
	return `n${scaleDecimal(int, frac, exp).replace('.', 'p')}`;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const SCALE_WORDS = Object.keys(SCALES).sort((a, b) => b.length - a.length);

/** Replaces every amount in folded text by its key (and a currency token), leaving the words. */
function keyNumbers(folded: string): string {
	let out = '';
	let last = 0;
	for (const m of folded.matchAll(NUMBER)) {
		const start = m.index;
		if (start < last) continue;
		let end = start + m[0].length;
		const { int, frac } = parseDigits(m[0]);
		let exp = 0;
		const attached = /^([kmb])\b/.exec(folded.slice(end));
		const spaced = folded.slice(end).match(/^ ?([a-z]+(?: [a-z]+)?)/);
		if (attached) {
			exp = ATTACHED_SCALES[attached[1]!]!;
			end += 1;
		} else if (spaced) {
			const rest = folded.slice(end).replace(/^ /, '');
			const word = SCALE_WORDS.find(
				(w) => rest.startsWith(w) && !/[a-z0-9]/.test(rest.charAt(w.length))
			);
			if (word) {
				exp = SCALES[word]!;
				end += folded.slice(end).startsWith(' ') ? word.length + 1 : word.length;
			}
		}
		const tokens = [numberKey(int, frac, exp)];
		const before = folded.slice(Math.max(last, start - 4), start);
		let prefixLength = 0;
		const currencyBefore = CURRENCY_BEFORE.exec(before);
		if (currencyBefore) {
			tokens.unshift('usd');
			prefixLength = currencyBefore[0].length;
		}
		for (const [pattern, token] of CURRENCY_AFTER) {
			const after = pattern.exec(folded.slice(end));
			if (after) {
				if (!tokens.includes(token)) tokens.push(token);
				end += after[0].length;
				break;
			}
		}
		out += `${folded.slice(last, start - prefixLength)} ${tokens.join(' ')} `;
		last = end;
	}
	return out + folded.slice(last);
}

/** The plain tokens of a text: what documents store and what a query must all find. */
export function searchTokens(text: string): string[] {
	return keyNumbers(searchFold(text))
		.replace(/[^a-z0-9]+/g, ' ')
		.split(' ')
		.filter(Boolean);
}

export interface SearchSource {
	title: string;
	titleEn: string | null;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	entityNames: string[];
	quotes: string[];
}

/** One item's search document: its tokens, each distinct token once. */
export function searchDocument(s: SearchSource): string {
	const amounts = [s.targetValue, s.targetValueMax]
		.filter((v): v is string => v !== null)
		.map((v) => `${v.replace(/\.0*$/, '')} ${s.unit ?? ''}`);
	const tokens = searchTokens(
		[s.title, s.titleEn ?? '', ...s.entityNames, ...amounts, ...s.quotes].join('\n')
	);
	return [...new Set(tokens)].join(' ');
}

/**
 * The full-text condition for a query, or null when the query has no searchable token.
 * Number keys match exactly; words of three letters or more also match as prefixes, so a
 * half-typed "vienti" still finds Vientiane.
 */
export function searchCondition(q: string): SQL | null {
	const tokens = [...new Set(searchTokens(q))];
	if (tokens.length === 0) return null;
	const query = tokens.map((t) => (/^n\d/.test(t) || t.length < 3 ? t : `${t}:*`)).join(' & ');
	return sql`to_tsvector('simple', ${commitments.searchText}) @@ to_tsquery('simple', ${query})`;
}

/** Whether a quote holds every token of a query: which quote to show beside a search result. */
export function quoteMatches(quote: string, q: string): boolean {
	const doc = new Set(searchTokens(quote));
	const words = [...doc];
	return [...new Set(searchTokens(q))].every(
		(t) => doc.has(t) || (!/^n\d/.test(t) && t.length >= 3 && words.some((w) => w.startsWith(t)))
	);
}

const BATCH = 200;

/**
 * Recomputes the documents of items marked stale (by the triggers of migration 0007 on every
 * write to an item's titles, target, entities or mentions, or by a SEARCH_VERSION bump).
 * Rows another transaction is refreshing are skipped, not waited for. Returns how many it wrote.
 */
export async function refreshSearchDocuments(db: Db): Promise<number> {
	let written = 0;
	for (;;) {
		const n = await db.transaction(async (tx) => {
			const stale = await tx
				.select({
					id: commitments.id,
					title: commitments.title,
					titleEn: commitments.titleEn,
					targetValue: commitments.targetValue,
					targetValueMax: commitments.targetValueMax,
					unit: commitments.unit
				})
				.from(commitments)
				.where(ne(commitments.searchVersion, SEARCH_VERSION))
				.orderBy(asc(commitments.id))
				.limit(BATCH)
				.for('update', { skipLocked: true });
			if (stale.length === 0) return 0;
			const ids = stale.map((s) => s.id);
			const [names, quotes] = await Promise.all([
				tx
					.select({
						id: commitmentEntities.commitmentId,
						nameVi: entities.nameVi,
						nameEn: entities.nameEn
					})
					.from(commitmentEntities)
					.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
					.where(inArray(commitmentEntities.commitmentId, ids)),
				tx
					.select({ id: mentions.commitmentId, quote: mentions.quote })
					.from(mentions)
					.where(inArray(mentions.commitmentId, ids))
			]);
			const rows = stale.map((s) => {
				const doc = searchDocument({
					...s,
					entityNames: names
						.filter((e) => e.id === s.id)
						.flatMap((e) => [e.nameVi, e.nameEn ?? '']),
					quotes: quotes.filter((m) => m.id === s.id).map((m) => m.quote)
				});
				return sql`(${s.id}::int, ${doc}::text)`;
			});
			await tx.execute(sql`
				update commitments set search_text = v.doc, search_version = ${SEARCH_VERSION}
				from (values ${sql.join(rows, sql`, `)}) as v(id, doc)
				where commitments.id = v.id`);
			return stale.length;
		});
		written += n;
		if (n < BATCH) return written;
	}
}
