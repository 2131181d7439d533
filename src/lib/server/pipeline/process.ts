/**
 * Extract → link → store, for one stored article (pipeline/import.ts stores it first). `processArticle` runs inside the import transaction, so an
 * article, its trade figures, its mentions and any new items are stored together or not at
 * all. Every step is idempotent: an input (span and stated target) already stored for the article is skipped, trade
 * figures and aliases conflict-do-nothing, chains are recomputed from scratch, and automatic
 * statuses only fire when the current status is not already final. Running it twice changes nothing.
 */
import { and, arrayOverlaps, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import {
	articles,
	commitmentEntities,
	commitments,
	entities,
	mentions,
	type Article
} from '../db/schema';
import { extractArticle, type ExtractedCommitment, type Extraction } from '../extract/index';
import { updateChains, type ChainFamily } from '../track/chain-store';
import { findCopyOf } from '../track/copies';
import { entityNames } from '../track/entity-names';
import { ensureEntities, seedEntities, type NewEntityName } from '../track/entities';
import { decimalEquals } from '../../decimal';
import { semanticKeys } from '../track/keys';
import {
	decideLink,
	hasTarget,
	joinedSector,
	normalizeQuote,
	quoteMeeting,
	type LinkCandidate,
	type LinkInput,
	type LinkReason
} from '../track/link';
import { sentenceEvidence } from '../track/evidence';
import {
	backdateFirstEvent,
	proposeFromEvidence,
	proposeLinkReview,
	recordNewItem
} from '../track/proposals';
import { furtherSteps } from '../track/steps';
import { retitleByKey } from '../track/item-title';
import { inputTerms, refreshLinkTerms } from '../track/link-terms';
import { referents } from '../track/referents';
import { foldText } from '../extract/fold';
import { applyTradeRules, storeObservations } from '../track/trade-store';
import { articleDay } from '../track/visibility';

export interface ProcessResult {
	articleId: number;
	copyOfId: number | null;
	created: number;
	linked: number;
	skipped: number;
	observations: number;
	/** Set when the extraction engine failed on this article: it stays unextracted for `reprocessAll` to retry. */
	error?: string;
}

export function extractFor(article: Article): Extraction {
	return extractArticle({
		raw: article.rawText,
		blocks: article.blocks,
		published: article.publishedOn,
		language: article.language === 'en' ? 'en' : 'vi'
	});
}

/** Serialises linking across concurrent imports: two articles must not both create the same item. */
const LINK_LOCK = 0x63616d6b; // "camk"

export async function processArticle(
	tx: Db,
	article: Article,
	given?: Extraction
): Promise<ProcessResult> {
	let extraction: Extraction;
	try {
		extraction = given ?? extractFor(article);
	} catch (e) {
		// A bug in the engine must not lose the article: it is stored, and extracted later.
		return {
			articleId: article.id,
			copyOfId: article.copyOfId,
			created: 0,
			linked: 0,
			skipped: 0,
			observations: 0,
			error: e instanceof Error ? e.message : String(e)
		};
	}
	// No JIT for the rest of the transaction: linking's lookups over a few rows are costed above
	// jit_above_cost by their unnest/json row estimates, and compiling took ~30 ms of a 50 ms statement.
	// Set in the same statement as the lock, so an import sends no more statements than before.
	await tx.execute(sql`select pg_advisory_xact_lock(${LINK_LOCK}), set_config('jit', 'off', true)`);
	await seedEntities(tx);
	const copyOfId = await findCopyOf(tx, article);
	// An undated article gives no date to what it says: not the import day (visibility.ts still
	// shows its evidence from the day it was imported).
	const day = article.publishedOn;
	const observations = await storeObservations(tx, article.id, extraction.trade_observations);
	const stored: {
		id: number | null;
		linkKeys: string[];
		start: number;
		end: number;
		targetValue: string | null;
	}[] = await tx
		// What each stored mention was made from: its span and the target value it stated
		// (a further step's own value), so the same input is recognised on a re-run.
		.select({
			id: mentions.id,
			linkKeys: mentions.linkKeys,
			start: mentions.start,
			end: mentions.end,
			targetValue: sql<
				string | null
			>`coalesce(${mentions.extracted}->'derived_step'->>'target_value', ${mentions.extracted}->>'target_value')`
		})
		.from(mentions)
		.where(eq(mentions.articleId, article.id));
	await refreshLinkTerms(tx);
	// A commitment that names nothing but says "dự án" / "công trình" is about the project the article
	// named before it: it is linked as naming that project (the stored extraction stays the engine's).
	const referred = referents(article.rawText, extraction.commitments);
	const linked: (ExtractedCommitment & { referents?: NewEntityName[] })[] =
		extraction.commitments.map((c, i) => {
			const r = referred.get(i);
			return r ? { ...c, entities: [r.slug], referents: [r] } : c;
		});
	const candidates = await loadCandidates(tx, copyOfId, linked, [
		...new Set(
			extraction.commitments
				.map((c) => quoteMeeting(article.rawText, c.start))
				.filter((m): m is string => m !== undefined)
		)
	]);
	let touchedTrade = observations > 0;
	// The items this article changes, and the families items left by moving sector: only their chains can change.
	const touched = new Set<number>();
	const formerFamilies: ChainFamily[] = [];
	const result: ProcessResult = {
		articleId: article.id,
		copyOfId,
		created: 0,
		linked: 0,
		skipped: 0,
		observations
	};

	const pending: {
		row: typeof mentions.$inferInsert & { commitmentId: number };
		first: boolean;
		key: string;
		created: boolean;
		title: string;
		reason: LinkReason;
		evidence: ReturnType<typeof sentenceEvidence>;
		inQuote: { start: number; end: number };
	}[] = [];
	// The article's mentions are stored in one statement after linking (the triggers then refresh
	// each touched item's stats once): linking reads what it needs from memory. Ids follow the
	// commitments' order, and the system's events and proposals come after, in that order.
	const idOf = new Map<string, number>();
	let flushed = 0;
	const flush = async (): Promise<void> => {
		const rows = pending
			.slice(flushed)
			.filter((p) => p.first)
			.map((p) => p.row);
		flushed = pending.length;
		if (rows.length === 0) return;
		const inserted = await tx.insert(mentions).values(rows).onConflictDoNothing().returning({
			id: mentions.id,
			commitmentId: mentions.commitmentId,
			start: mentions.start,
			end: mentions.end
		});
		for (const m of inserted) idOf.set(`${m.commitmentId}:${m.start}:${m.end}`, m.id);
	};
	const language = article.language === 'en' ? 'en' : 'vi';
	for (const [index, c] of extraction.commitments.entries()) {
		const named = linked[index]!;
		const meeting = quoteMeeting(article.rawText, c.start);
		const evidence = sentenceEvidence(article.rawText, c, language);
		const inQuote = { start: c.start - evidence.start, end: c.end - evidence.start };
		const inputs: { input: LinkInput; step: boolean }[] = [
			{ input: named, step: false },
			...furtherSteps(named).map((input) => ({ input, step: true }))
		];
		// One quote, one set of keys, whichever of its steps is being linked.
		const keys = semanticKeys(c.quote);
		for (const { input, step } of inputs) {
			const already = stored.find(
				(m) =>
					m.start === c.start && m.end === c.end && decimalEquals(m.targetValue, input.target_value)
			);
			if (already) {
				// Keys stored by older key rules (or before keys existed) are what later articles are
				// matched against, so `reprocess --all` brings them to today's rules.
				if (already.id !== null && already.linkKeys.join('\n') !== keys.join('\n'))
					await tx.update(mentions).set({ linkKeys: keys }).where(eq(mentions.id, already.id));
				result.skipped++;
				continue;
			}
			const frame = named.entities.length
				? []
				: frameEntities(article.rawText, c, extraction.commitments);
			const decision = decideLink(input, candidates, {
				copiedFrom: copyOfId !== null,
				articleId: article.id,
				...(frame.length ? { frame } : {}),
				...(meeting ? { meeting } : {})
			});
			const reason: LinkReason = {
				...decision.reason,
				...(meeting ? { meeting } : {}),
				...(step ? { step: 'further target stated in the same quote' } : {})
			};
			let commitmentId: number;
			if (decision.action === 'link') {
				commitmentId = decision.commitmentId;
				result.linked++;
				if (decision.reason.rule === 'purpose' && input.entities.length)
					await nameItem(tx, commitmentId, input, named, candidates);
				// retitleByKey reads the item's first stored quote: one this article gave it must be stored.
				if (
					decision.reason.rule === 'key' &&
					input === named &&
					pending.slice(flushed).some((p) => p.row.commitmentId === commitmentId)
				)
					await flush();
				if (decision.reason.rule === 'key' && input === named)
					await retitleByKey(
						tx,
						commitmentId,
						decision.reason.keys ?? [],
						{ title: c.title, titleEn: c.title_en },
						candidates
					);
				const k = candidates.find((x) => x.id === commitmentId);
				if (k && joinedSector(k.sector, input.sector) !== k.sector) {
					formerFamilies.push({ ...k, entitySlugs: [...k.entitySlugs] });
					k.sector = joinedSector(k.sector, input.sector);
					await tx
						.update(commitments)
						.set({ sector: k.sector as typeof commitments.$inferInsert.sector })
						.where(eq(commitments.id, commitmentId));
				}
			} else {
				commitmentId = await createItem(tx, input, named, candidates);
				result.created++;
			}
			const key = `${commitmentId}:${c.start}:${c.end}`;
			pending.push({
				row: {
					commitmentId,
					articleId: article.id,
					quote: c.quote,
					start: c.start,
					end: c.end,
					novelty: c.novelty,
					confidence: c.confidence,
					cues: c.cues,
					extracted: {
						...c,
						...(step
							? { derived_step: { target_value: input.target_value, title: input.title } }
							: {})
					} as unknown as Record<string, unknown>,
					linkReason: reason,
					linkKeys: keys
				},
				// A second input stored at the same span of the same item is a conflict, as before.
				first: !pending.some((p) => p.key === key),
				key,
				created: decision.action === 'create',
				title: input.title,
				reason,
				evidence,
				inQuote
			});
			stored.push({
				id: null,
				linkKeys: keys,
				start: c.start,
				end: c.end,
				targetValue: input.target_value
			});
			rememberEvidence(candidates, commitmentId, keys, c.quote, article.id, meeting);
			touched.add(commitmentId);
			if (input.sector === 'trade' && input.unit === 'USD') touchedTrade = true;
		}
	}

	await flush();
	for (const p of pending) {
		const mentionId = p.first ? idOf.get(p.key) : undefined;
		if (mentionId === undefined) continue;
		const commitmentId = p.row.commitmentId;
		if (p.created)
			await recordNewItem(tx, commitmentId, mentionId, day, p.title, p.reason, p.evidence);
		else if (day !== null) await backdateFirstEvent(tx, commitmentId, mentionId, day, p.evidence);
		await proposeLinkReview(tx, commitmentId, mentionId, p.reason);
		await proposeFromEvidence(tx, commitmentId, mentionId, p.evidence, p.inQuote, day);
	}

	await updateChains(tx, [...touched], formerFamilies);
	if (touchedTrade) await applyTradeRules(tx);
	await tx
		.update(articles)
		.set({ extractedAt: sql`now()` })
		.where(and(eq(articles.id, article.id), isNull(articles.extractedAt)));
	return result;
}

/**
 * The items a commitment could link to, each read through an index: those naming one of the
 * article's entities (rules entity and frame), those with a quote in the article it copies
 * (reprint) or stating one of its semantic keys (key), those whose link terms say the wording
 * rules could match them (similar, title, purpose: track/link-terms.ts), the items of the same
 * sector and unit with the same amount or the first few by id (target, and its rejections), and
 * the first few items reported from another numbered meeting (the meeting rejections). Each item's
 * entities and meetings come with it, and its quotes are grouped by item once, so the cost grows
 * with the items found, not with the tracker.
 */
async function loadCandidates(
	tx: Db,
	copyOfId: number | null,
	extracted: ExtractedCommitment[],
	meetings: string[]
): Promise<LinkCandidate[]> {
	const sectors = [...new Set(extracted.map((c) => c.sector))];
	const slugs = [...new Set(extracted.flatMap((c) => c.entities))];
	if (sectors.length === 0) return [];
	const viaEntity = sql`(select ce.commitment_id from ${commitmentEntities} ce join ${entities} e on e.id = ce.entity_id where e.slug = any(${textArray(slugs)}::text[]))`;
	const copied =
		copyOfId === null
			? []
			: await tx
					.select({ commitmentId: mentions.commitmentId, quote: mentions.quote })
					.from(mentions)
					.where(eq(mentions.articleId, copyOfId));
	const keys = [...new Set(extracted.flatMap((c) => semanticKeys(c.quote)))];
	// Quotes of items stating any of the same keys (rule 4), whatever their sector: a match in
	// another sector is still worth an editor's look.
	const keyed = keys.length
		? await tx
				.select({
					commitmentId: mentions.commitmentId,
					linkKeys: mentions.linkKeys,
					quote: mentions.quote,
					articleId: mentions.articleId
				})
				.from(mentions)
				.where(arrayOverlaps(mentions.linkKeys, keys))
		: [];
	const byRow = [...new Set([...copied, ...keyed].map((m) => m.commitmentId))];
	const inputs = extracted.flatMap((c) => [c, ...furtherSteps(c)]);
	// An item found for a rejection may be moved out of the scan by an earlier commitment of the
	// article (a sector joined, a meeting added): one more per commitment keeps the first few exact.
	const few = 5 + inputs.length;
	const targets = inputs
		.filter((i) => hasTarget(i) && i.entities.length === 0)
		.map((i) => ({ sector: i.sector, unit: i.unit, value: i.target_value }));
	// Rule "target" with no entity: the items of the sector and unit with the same amount, and the
	// first few by id, which are all its rejections can name (walked in id order through
	// commitments_target_first_idx; `offset 0` keeps the entity test a probe per item, not a hash of
	// every item's entities).
	const byTarget = targets.length
		? await tx.execute<{ id: number }>(sql`
				select x.id from json_to_recordset(${JSON.stringify(targets)}::json) as t(sector text, unit text, value numeric)
				cross join lateral (
					(select c.id from ${commitments} c
						where c.sector = t.sector and c.unit = t.unit and c.target_value is not null and c.merged_into_id is null
							and not exists (select 1 from ${commitmentEntities} ce where ce.commitment_id = c.id offset 0)
						order by c.id limit ${few})
					union
					(select c.id from ${commitments} c
						where c.sector = t.sector and c.unit = t.unit and c.target_value = t.value and c.merged_into_id is null)
				) x`)
		: [];
	// The first few items (of those the sector scan used to read) reported only from other
	// numbered meetings than one this article's quotes report: all the rejections can name.
	const byMeeting = meetings.length
		? await tx.execute<{ id: number }>(sql`
				select x.id from unnest(${textArray(meetings)}::text[]) as t(meeting)
				cross join lateral (
					select m.commitment_id as id from ${mentions} m join ${commitments} c on c.id = m.commitment_id
					where (m.link_reason->>'meeting') is not null and c.merged_into_id is null
						and (c.sector = any(${textArray(sectors)}::text[]) or c.id in ${viaEntity} or c.id = any(${`{${[...byRow, -1].join(',')}}`}::int[]))
					group by m.commitment_id
					having not bool_or(m.link_reason->>'meeting' = t.meeting)
					order by m.commitment_id limit ${few}
				) x`)
		: [];
	// Rules similar, title and purpose: the items whose link terms meet the article's
	// (track/link-terms.ts), its own statement so that each term is one probe of the GIN index. A
	// term held by more than TERM_CAP items does not tell items apart (a common word): it is skipped,
	// read no further than its first TERM_CAP + 1 items. Of the rest, the LOOKUP_CAP items meeting
	// the most terms (then the lowest ids) are kept. Both bounds keep the cost from growing with the
	// tracker; neither is reached by any evaluation set, where the terms find every item a rule passes.
	const terms = [...new Set(inputs.flatMap(inputTerms))];
	const byTerms = terms.length
		? await tx.execute<{ id: number }>(sql`
				select id from (
					select c.id, count(*) over (partition by t.term) as df
					from unnest(${textArray(terms)}::text[]) as t(term)
					cross join lateral (
						select c.id from ${commitments} c
						where c.link_terms @> array[t.term] and c.merged_into_id is null and c.target_value is null
						limit ${TERM_CAP + 1}
					) c
				) m
				where df <= ${TERM_CAP}
				group by id order by count(*) desc, id limit ${LOOKUP_CAP}`)
		: [];
	const ids = [
		...byRow,
		...rowsOf<{ id: number }>(byTarget).map((r) => r.id),
		...rowsOf<{ id: number }>(byMeeting).map((r) => r.id),
		...rowsOf<{ id: number }>(byTerms).map((r) => r.id)
	];
	const rows = await tx
		.select({
			id: commitments.id,
			title: commitments.title,
			sector: commitments.sector,
			kind: commitments.kind,
			targetValue: commitments.targetValue,
			targetValueMax: commitments.targetValueMax,
			unit: commitments.unit,
			targetYear: commitments.targetYear
		})
		.from(commitments)
		// By primary key only: the items naming one of the article's entities and those found above.
		.where(
			and(
				isNull(commitments.mergedIntoId),
				sql`${commitments.id} in (${viaEntity} union select unnest(${`{${[...new Set(ids), -1].join(',')}}`}::int[]))`
			)
		)
		.orderBy(asc(commitments.id));
	// One array parameter for the ids: a list of thousands of parameters costs more to plan than to run.
	const idArray = `{${rows.map((r) => r.id).join(',')}}`;
	const ents = rows.length
		? await tx
				.select({ commitmentId: commitmentEntities.commitmentId, slug: entities.slug })
				.from(commitmentEntities)
				.innerJoin(entities, eq(entities.id, commitmentEntities.entityId))
				.where(sql`${commitmentEntities.commitmentId} = any(${idArray}::int[])`)
		: [];
	// The meetings the items' quotes were reported from (stored on each mention's link reason),
	// through the partial index of the few mentions that name one.
	const met = rows.length
		? await tx
				.select({
					commitmentId: mentions.commitmentId,
					meeting: sql<string>`${mentions.linkReason}->>'meeting'`
				})
				.from(mentions)
				.where(
					and(
						sql`${mentions.commitmentId} = any(${idArray}::int[])`,
						sql`(${mentions.linkReason}->>'meeting') is not null`
					)
				)
				.orderBy(asc(mentions.id))
		: [];
	const slugsOf = groupBy(ents);
	const meetingsOf = new Map<number, Set<string>>();
	for (const m of met)
		meetingsOf.set(m.commitmentId, (meetingsOf.get(m.commitmentId) ?? new Set()).add(m.meeting));
	const named = new Set<string>(
		extracted.filter((c) => c.entities.length > 0).map((c) => c.sector)
	);
	// Rule "purpose": a programme this article names may be restated by its purpose in an item
	// that names none; those items' quotes are read (same sector, no entity, no target).
	const plain = rows
		.filter((r) => named.has(r.sector) && r.targetValue === null && !slugsOf.has(r.id))
		.map((r) => r.id);
	const plainQuotes = plain.length
		? await tx
				.select({ commitmentId: mentions.commitmentId, quote: mentions.quote })
				.from(mentions)
				.where(sql`${mentions.commitmentId} = any(${`{${plain.join(',')}}`}::int[])`)
		: [];
	const keyedBy = groupBy(keyed);
	const copiedBy = groupBy(copied);
	const plainBy = groupBy(plainQuotes);
	return rows.map((r) => {
		const own = keyedBy.get(r.id) ?? [];
		const all = (plainBy.get(r.id) ?? []).map((m) => m.quote);
		const meetings = [...(meetingsOf.get(r.id) ?? [])];
		return {
			...r,
			entitySlugs: (slugsOf.get(r.id) ?? []).map((e) => e.slug),
			...(all.length ? { allQuotes: all } : {}),
			...(meetings.length ? { meetings } : {}),
			copiedQuotes: (copiedBy.get(r.id) ?? []).map((m) => normalizeQuote(m.quote)),
			keys: [...new Set(own.flatMap((m) => m.linkKeys))],
			headKeys: [...new Set(own.map((m) => m.linkKeys[0]!).filter(Boolean))],
			quotes: own.map((m) => m.quote),
			articleIds: [...new Set(own.map((m) => m.articleId))]
		};
	});
}

/** A link term held by more items than this is too common to find candidates by (loadCandidates). */
const TERM_CAP = 100;
/** The most items the link-terms lookup returns, those meeting the most terms first. */
const LOOKUP_CAP = 300;

/** A text[] literal; the values are words, slugs and meeting numbers, quoted all the same. */
function textArray(values: string[]): string {
	return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}

/** Rows of tx.execute: an array on postgres.js, `{ rows }` on PGlite. */
function rowsOf<T>(r: unknown): T[] {
	return (Array.isArray(r) ? r : (r as { rows: T[] }).rows) as T[];
}

function groupBy<T extends { commitmentId: number }>(rows: T[]): Map<number, T[]> {
	const out = new Map<number, T[]>();
	for (const r of rows) {
		const list = out.get(r.commitmentId);
		if (list) list.push(r);
		else out.set(r.commitmentId, [r]);
	}
	return out;
}

/** Opening words that frame a whole sentence by a meeting: "(Besides,) within the framework of …,". */
const FRAME =
	/^(?:[^,.;]{0,25},\s*)?(?:trong khuon kho|within the framework of|in the framework of|on the sidelines of|ben le)\b/;

/**
 * The entities of the meeting that frames the commitment's sentence: the sentence opens with
 * "Trong khuôn khổ <meeting>, …" and an earlier commitment of the same sentence names it. Only
 * for a commitment that names nothing itself.
 */
export function frameEntities(
	raw: string,
	c: { start: number },
	all: ExtractedCommitment[]
): string[] {
	const before = raw.slice(0, c.start);
	const sentenceStart =
		Math.max(
			before.lastIndexOf('. '),
			before.lastIndexOf('\n'),
			before.lastIndexOf('! '),
			before.lastIndexOf('? ')
		) + 1;
	const opening = foldText(raw.slice(sentenceStart, c.start).trimStart());
	if (!FRAME.test(opening)) return [];
	return [
		...new Set(
			all
				.filter((o) => o.start >= sentenceStart && o.end <= c.start && o.entities.length)
				.flatMap((o) => o.entities)
		)
	];
}

/** A quote just linked or created counts for the next commitments of the same article. */
function rememberEvidence(
	candidates: LinkCandidate[],
	commitmentId: number,
	keys: string[],
	quote: string,
	articleId: number,
	meeting: string | undefined
): void {
	const k = candidates.find((x) => x.id === commitmentId);
	if (!k) return;
	if (meeting && !k.meetings?.includes(meeting)) k.meetings = [...(k.meetings ?? []), meeting];
	if (!k.storyIds?.includes(articleId)) k.storyIds = [...(k.storyIds ?? []), articleId];
	if (k.entitySlugs.length === 0) k.allQuotes = [...(k.allQuotes ?? []), quote];
	if (keys.length === 0) return;
	k.keys = [...new Set([...(k.keys ?? []), ...keys])];
	k.headKeys = [...new Set([...(k.headKeys ?? []), keys[0]!])];
	k.quotes = [...(k.quotes ?? []), quote];
	k.articleIds = [...new Set([...(k.articleIds ?? []), articleId])];
}

/** A programme that joins an item restating its purpose: the item now names the programme too. */
async function nameItem(
	tx: Db,
	commitmentId: number,
	input: LinkInput,
	c: ExtractedCommitment & { referents?: NewEntityName[] },
	candidates: LinkCandidate[]
): Promise<void> {
	const ids = await ensureEntities(tx, entityNames(c));
	const entityIds = input.entities
		.map((s) => ids.get(s))
		.filter((x): x is number => x !== undefined);
	if (entityIds.length)
		await tx
			.insert(commitmentEntities)
			.values(entityIds.map((entityId) => ({ commitmentId, entityId })))
			.onConflictDoNothing();
	const k = candidates.find((x) => x.id === commitmentId);
	if (k) k.entitySlugs = [...new Set([...k.entitySlugs, ...input.entities])];
	// A policy line that turns out to restate a named programme is that programme: it now has a deliverable.
	if (k?.kind === 'policy' && input.kind === 'programme') {
		k.kind = input.kind;
		await tx.update(commitments).set({ kind: input.kind }).where(eq(commitments.id, commitmentId));
	}
}

async function createItem(
	tx: Db,
	input: LinkInput,
	c: ExtractedCommitment & { referents?: NewEntityName[] },
	candidates: LinkCandidate[]
): Promise<number> {
	const names = entityNames(c);
	const ids = await ensureEntities(tx, names);
	const titleEn = input === c ? c.title_en : null;
	const [row] = await tx
		.insert(commitments)
		.values({
			title: input.title,
			titleEn,
			searchText: foldText(
				[input.title, titleEn ?? '', ...names.flatMap((n) => [n.nameVi, n.nameEn ?? ''])].join(' ')
			),
			sector: input.sector,
			kind: input.kind,
			targetValue: input.target_value,
			targetValueMax: input.target_value_max,
			unit: input.unit,
			targetYear: input.target_year,
			deadline: input.target_year === null ? null : `${input.target_year}-12-31`
		})
		.returning({ id: commitments.id });
	const id = row!.id;
	const entityIds = input.entities
		.map((s) => ids.get(s))
		.filter((x): x is number => x !== undefined);
	if (entityIds.length)
		await tx
			.insert(commitmentEntities)
			.values(entityIds.map((entityId) => ({ commitmentId: id, entityId })))
			.onConflictDoNothing();
	candidates.push({
		id,
		title: input.title,
		sector: input.sector,
		kind: input.kind,
		targetValue: input.target_value,
		targetValueMax: input.target_value_max,
		unit: input.unit,
		targetYear: input.target_year,
		entitySlugs: input.entities
	});
	return id;
}

/** Processes every article not processed yet (or all, with `all`), oldest first, one transaction each. */
export async function reprocessAll(db: Db, opts: { all?: boolean } = {}): Promise<ProcessResult[]> {
	const pending = await db
		.select({ id: articles.id })
		.from(articles)
		.where(opts.all ? undefined : isNull(articles.extractedAt))
		.orderBy(articleDay, asc(articles.id));
	const out: ProcessResult[] = [];
	for (const { id } of pending) {
		out.push(
			await db.transaction(async (tx) => {
				const [article] = await tx.select().from(articles).where(eq(articles.id, id)).for('update');
				return processArticle(tx, article!);
			})
		);
	}
	return out;
}
