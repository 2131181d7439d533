/**
 * Index terms for the link rules that compare wording ("similar", "title", "purpose"), so that
 * linking reads the few items that could pass a rule through a GIN index on
 * `commitments.link_terms` instead of every item of a sector.
 *
 * Each rule asks for a share of one word set to be found in another. If a set X must share at
 * least o = ceil(t·|X|) of its words with Y, then Y holds one of ANY |X| − o + 1 words of X (its
 * "prefix": the first in a fixed order). So an item stores the prefix of its own set, or all the
 * words the other side's prefix may look for, and the article's commitments ask for the matching
 * terms. The rules themselves (link.ts) still decide, on the items found: the terms only have to
 * find every item a rule could pass, never decide one.
 *
 * - "similar" (Jaccard ≥ NEAR_SIMILAR of the title words): both sides' prefixes meet (prefix
 *   filtering); the item stores `s:` its title's prefix, the commitment asks for its own title's.
 * - "title" (≥ TITLE_CONTAINED of the item's title content words are in the quote): the item stores
 *   `t:` its prefix, the commitment asks for every content word of its quote.
 * - "purpose", a plain commitment restating a named item (≥ PURPOSE_CONTAINED of the item's purpose
 *   words in the quote): the item stores `p:` its prefix, the commitment asks with its quote's words.
 * - "purpose", a named commitment restated by a plain item (≥ PURPOSE_CONTAINED of the
 *   commitment's purpose words in the item's title or one of its quotes): the item stores `q:` every
 *   content word of its title and quotes, the commitment asks for its own prefix.
 *
 * Every term carries the item's sector: the three rules only match within one.
 *
 * The terms depend on the words the rules read and on their thresholds: LINK_TERMS_VERSION changes
 * with either (a hash), and an item whose stored version differs is recomputed before linking
 * (refreshLinkTerms), as is an item whose title, sector or quotes changed (the migration's triggers
 * set its version to 0).
 */
import { gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { commitments, mentions } from '../db/schema';
import { contentWords } from './keys';
import {
	NEAR_SIMILAR,
	PURPOSE_CONTAINED,
	PURPOSE_WORDS,
	TITLE_CONTAINED,
	TITLE_MIN_WORDS,
	hasTarget,
	purposeWords,
	type LinkInput
} from './link';
import { words } from './text';

/**
 * Words so common in the tracker's titles that a prefix should take them last: a prefix of rare
 * words finds few items. Any fixed order is correct; this one only makes the lookups cheaper.
 */
const COMMON = (
	'viet nam lao hai ben hop tac phat trien quan he kinh te dau tu thuong mai du an chuong trinh ' +
	'xay dung thuc hien trien khai hoan thanh cong tac giao duc dao tao nang cao hieu qua chat luong ' +
	'ho tro tang cuong day manh tiep tuc nhan luc nguon cac va cua cho voi trong ve de nham la co ' +
	'duoc se da nhung mot nuoc nam ty usd dong nha may khu cong nghiep duong cao toc sat cang ' +
	'the and of to in on for with at by a an cooperation development trade investment project'
).split(' ');
const COMMON_RANK = new Map(COMMON.map((w, i) => [w, i]));

function hash(s: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** The fixed order of words: uncommon ones first (by a hash), then the common ones, commonest last. */
function order(a: string, b: string): number {
	const ra = COMMON_RANK.get(a);
	const rb = COMMON_RANK.get(b);
	if (ra !== undefined || rb !== undefined) {
		if (ra === undefined) return -1;
		if (rb === undefined) return 1;
		return ra - rb;
	}
	return hash(a) - hash(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * The first words of `set` in the fixed order that any set holding a `share` of it must meet. The
 * rules compare scores rounded to three decimals, so the share is taken a rounding step lower.
 */
function prefix(set: Set<string>, share: number): string[] {
	const need = Math.max(1, Math.ceil((share - 0.0005) * set.size - 1e-9));
	return [...set].sort(order).slice(0, set.size - need + 1);
}

/** What the terms are computed from and how: a different version makes every item's terms stale. */
const PROBE =
	'Hai bên thống nhất đẩy mạnh hợp tác giáo dục, nâng cao chất lượng đào tạo nguồn nhân lực ' +
	'and the scheme on raising the quality of cooperation 2021-2030 tại Viêng Chăn';
export const LINK_TERMS_VERSION =
	(hash(
		JSON.stringify([
			1,
			NEAR_SIMILAR,
			TITLE_CONTAINED,
			TITLE_MIN_WORDS,
			PURPOSE_CONTAINED,
			PURPOSE_WORDS,
			COMMON,
			words(PROBE),
			[...contentWords(PROBE)],
			[...purposeWords(PROBE)]
		])
	) &
		0x3fffffff) |
	1;

/** An item's terms, from its title, sector and the quotes of its mentions. */
export function itemTerms(title: string, sector: string, quotes: string[]): string[] {
	const out = new Set<string>();
	for (const w of prefix(new Set(words(title)), NEAR_SIMILAR)) out.add(`s:${sector}:${w}`);
	const titleWords = contentWords(title);
	if (titleWords.size >= TITLE_MIN_WORDS)
		for (const w of prefix(titleWords, TITLE_CONTAINED)) out.add(`t:${sector}:${w}`);
	const purpose = purposeWords(title);
	if (purpose.size >= PURPOSE_WORDS)
		for (const w of prefix(purpose, PURPOSE_CONTAINED)) out.add(`p:${sector}:${w}`);
	for (const text of [title, ...quotes])
		for (const w of contentWords(text)) out.add(`q:${sector}:${w}`);
	return [...out];
}

/** The terms that find every item the wording rules could match with `c` (or name as a near miss). */
export function inputTerms(c: LinkInput): string[] {
	if (hasTarget(c)) return [];
	const s = c.sector;
	const out = new Set<string>();
	const quoteWords = contentWords(c.quote);
	if (c.entities.length === 0)
		for (const w of prefix(new Set(words(c.title)), NEAR_SIMILAR)) out.add(`s:${s}:${w}`);
	for (const w of quoteWords) out.add(`t:${s}:${w}`);
	if (c.entities.length === 0) for (const w of quoteWords) out.add(`p:${s}:${w}`);
	else {
		const purpose = purposeWords(c.title);
		if (purpose.size >= PURPOSE_WORDS)
			for (const w of prefix(purpose, PURPOSE_CONTAINED)) out.add(`q:${s}:${w}`);
	}
	return [...out];
}

/** Items whose stored terms are stale: changed since, or computed by another version. */
const stale = or(
	lt(commitments.linkTermsVersion, LINK_TERMS_VERSION),
	gt(commitments.linkTermsVersion, LINK_TERMS_VERSION)
);

/** Rows recomputed per statement: the first import after a migration recomputes every item. */
const BATCH = 5_000;

/**
 * Recomputes the terms of every stale item (see the migration's triggers): the items an earlier
 * import or edit touched, or all of them after the version changed. One read when none is stale.
 */
export async function refreshLinkTerms(tx: Db): Promise<number> {
	let done = 0;
	for (;;) {
		const rows = await tx
			.select({ id: commitments.id, title: commitments.title, sector: commitments.sector })
			.from(commitments)
			.where(stale)
			.orderBy(commitments.id)
			.limit(BATCH);
		if (rows.length === 0) return done;
		const ids = `{${rows.map((r) => r.id).join(',')}}`;
		const quotes = await tx
			.select({ commitmentId: mentions.commitmentId, quote: mentions.quote })
			.from(mentions)
			.where(sql`${mentions.commitmentId} = any(${ids}::int[])`);
		const quotesOf = new Map<number, string[]>();
		for (const q of quotes) {
			const list = quotesOf.get(q.commitmentId);
			if (list) list.push(q.quote);
			else quotesOf.set(q.commitmentId, [q.quote]);
		}
		const terms = rows.map((r) => ({
			id: r.id,
			terms: itemTerms(r.title, r.sector, quotesOf.get(r.id) ?? [])
		}));
		await tx.execute(sql`
			update ${commitments} set link_terms = t.terms, link_terms_version = ${LINK_TERMS_VERSION}
			from json_to_recordset(${JSON.stringify(terms)}::json) as t(id int, terms text[])
			where ${commitments.id} = t.id`);
		done += rows.length;
		if (rows.length < BATCH) return done;
	}
}
