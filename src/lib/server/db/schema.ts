/**
 * The one schema module. camelCase in TypeScript, snake_case in SQL.
 * Change it, then `npm run db:generate`, read the SQL, and commit `drizzle/`.
 */
import { sql } from 'drizzle-orm';
import {
	type AnyPgColumn,
	boolean,
	check,
	customType,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	numeric,
	pgTable,
	primaryKey,
	real,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { SystemKey } from '../../system-text';

/** Raw bytes; both drivers hand back a Uint8Array (postgres.js's Buffer is one). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

// ---------------------------------------------------------------- articles

export const articles = pgTable(
	'articles',
	{
		id: serial('id').primaryKey(),
		/** File name or URL the text came from. */
		source: text('source').notNull(),
		title: text('title').notNull(),
		/** The publication day (the source gives no time of day we could trust). */
		publishedOn: date('published_on'),
		/** 'header' | 'markup' | 'text' | 'none' | 'editor': how publishedOn was found ('markup': a web page's JSON-LD or meta tags). */
		dateSource: text('date_source').notNull(),
		/** The outlet that published the story, as its text names it (ingest/provenance.ts), or as an editor set it. */
		outlet: text('outlet'),
		/** How the outlet was found: 'source_line' | 'tag' | 'byline' | 'url' | 'credit' | 'markup' | 'editor', or 'none' (looked, found nothing). */
		outletFrom: text('outlet_from'),
		/** The story's original http(s) URL. */
		url: text('url'),
		/** `owner/repo@commit:path` for a text taken from a dataset that gives no URL. */
		sourceRef: text('source_ref'),
		language: text('language').notNull(),
		/** The article's text as read, which quotes' offsets point into; for a web page, the text taken out of it (ingest/html.ts). */
		rawText: text('raw_text').notNull(),
		/** For articles from web pages: the page's HTML as it was decoded, kept so the text can be checked against it. */
		rawHtml: text('raw_html'),
		cleanText: text('clean_text').notNull(),
		/** Raw ranges of the kept paragraphs, `[{start,end}]`: maps clean text back to raw offsets. */
		blocks: jsonb('blocks').$type<{ start: number; end: number }[]>().notNull(),
		contentHash: text('content_hash').notNull(),
		/** Set when an editor must look at the article (no date found, for now). */
		needsReview: boolean('needs_review').notNull().default(false),
		/** A reprint or near-copy of an earlier article: its evidence is not independent. */
		copyOfId: integer('copy_of_id').references((): AnyPgColumn => articles.id, {
			onDelete: 'set null'
		}),
		/** When the extraction pipeline last processed this article (null: not yet). */
		extractedAt: timestamp('extracted_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('articles_content_hash_key').on(t.contentHash),
		index('articles_published_on_idx').on(t.publishedOn),
		index('articles_created_at_idx').on(t.createdAt),
		check('articles_language_check', sql`${t.language} in ('vi', 'en')`),
		check(
			'articles_date_source_check',
			sql`${t.dateSource} in ('header', 'markup', 'text', 'none', 'editor')`
		),
		// Canonical-URL duplicates are looked up by URL on every web import.
		index('articles_url_idx').on(t.url),
		check('articles_url_check', sql`${t.url} is null or ${t.url} ~ '^https?://'`)
	]
);

/**
 * Locality-sensitive hashes of an article's word shingles (16 MinHash bands). Two articles
 * sharing a band are near-copy candidates, so a new article is compared with a handful of
 * earlier ones instead of all of them.
 */
export const articleShingleBands = pgTable(
	'article_shingle_bands',
	{
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		bandKey: text('band_key').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.articleId, t.bandKey] }),
		index('article_shingle_bands_key_idx').on(t.bandKey)
	]
);

// ---------------------------------------------------------------- people

export const users = pgTable(
	'users',
	{
		id: serial('id').primaryKey(),
		email: text('email').notNull(),
		passwordHash: text('password_hash').notNull(),
		/** 'editor' | 'admin'. Anonymous readers have no row. */
		role: text('role').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('users_email_key').on(t.email),
		check('users_role_check', sql`${t.role} in ('editor', 'admin')`)
	]
);

export const sessions = pgTable(
	'sessions',
	{
		/** Hex SHA-256 of the session token; the token itself is only ever in the cookie. */
		id: text('id').primaryKey(),
		userId: integer('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
		createdAt: createdAt()
	},
	(t) => [index('sessions_user_id_idx').on(t.userId)]
);

/** Failed-login counters, per account and per IP, kept here so every app instance sees them. */
export const loginAttempts = pgTable('login_attempts', {
	/** 'pair:<email>|<ip address>' or 'ip:<ip address>' (see auth/rate-limit.ts). */
	key: text('key').primaryKey(),
	failures: integer('failures').notNull().default(0),
	windowStart: timestamp('window_start', { withTimezone: true }).notNull().defaultNow(),
	lockedUntil: timestamp('locked_until', { withTimezone: true })
});

// ---------------------------------------------------------------- tracked items

export const entities = pgTable(
	'entities',
	{
		id: serial('id').primaryKey(),
		slug: text('slug').notNull(),
		/** 'project' | 'programme' | 'agreement' | 'mechanism' | 'other'. */
		kind: text('kind').notNull(),
		nameVi: text('name_vi').notNull(),
		nameEn: text('name_en'),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('entities_slug_key').on(t.slug)]
);

export const entityAliases = pgTable(
	'entity_aliases',
	{
		entityId: integer('entity_id')
			.notNull()
			.references(() => entities.id, { onDelete: 'cascade' }),
		alias: text('alias').notNull(),
		/** Lowercased, diacritics and dashes folded: what matching compares. */
		aliasFolded: text('alias_folded').notNull()
	},
	(t) => [
		primaryKey({ columns: [t.entityId, t.aliasFolded] }),
		index('entity_aliases_folded_idx').on(t.aliasFolded)
	]
);

export const commitments = pgTable(
	'commitments',
	{
		id: serial('id').primaryKey(),
		title: text('title').notNull(),
		titleEn: text('title_en'),
		/** Search document: tokens of the titles, entities, target and quotes (track/search.ts). */
		searchText: text('search_text').notNull().default(''),
		/** The track/search.ts SEARCH_VERSION the document was built with; 0 marks it stale (migration 0007's triggers). */
		searchVersion: integer('search_version').notNull().default(0),
		/** Terms the wording link rules find candidates by (track/link-terms.ts). */
		linkTerms: text('link_terms')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		/** The LINK_TERMS_VERSION the terms were computed with; 0 marks them stale (migration 0018's triggers). */
		linkTermsVersion: integer('link_terms_version').notNull().default(0),
		sector: text('sector').notNull(),
		/** 'target' | 'project' | 'programme' | 'policy'. */
		kind: text('kind').notNull(),
		/** Exact decimal; never a float. */
		targetValue: numeric('target_value'),
		targetValueMax: numeric('target_value_max'),
		unit: text('unit'),
		targetYear: integer('target_year'),
		deadline: date('deadline'),
		/** The earlier version of this target when it was re-pledged (5 bn → 10 bn USD). */
		revisionOfId: integer('revision_of_id').references((): AnyPgColumn => commitments.id, {
			onDelete: 'set null'
		}),
		/** Set when an editor merged this item into another; it is then hidden. */
		mergedIntoId: integer('merged_into_id').references((): AnyPgColumn => commitments.id, {
			onDelete: 'set null'
		}),
		/** Optimistic-concurrency version: every write bumps it, saving over a newer one conflicts. */
		version: integer('version').notNull().default(1),
		createdAt: createdAt(),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('commitments_sector_idx').on(t.sector),
		index('commitments_target_year_idx').on(t.targetYear),
		index('commitments_revision_of_idx').on(t.revisionOfId),
		index('commitments_updated_at_idx').on(t.updatedAt),
		index('commitments_search_idx').using('gin', sql`to_tsvector('simple', ${t.searchText})`),
		index('commitments_search_version_idx').on(t.searchVersion),
		// Without fastupdate: linking probes it once per term on every import and rewrites a few
		// items' terms, and a pending list (flushed only by vacuum or at 4 MB) is read whole by every probe.
		index('commitments_link_terms_idx').using('gin', t.linkTerms).with({ fastupdate: false }),
		index('commitments_link_terms_version_idx').on(t.linkTermsVersion),
		// Rule "target": the items of a sector and unit with the same amount, and the first few by id.
		index('commitments_target_value_idx')
			.on(t.sector, t.unit, t.targetValue)
			.where(sql`${t.targetValue} is not null`),
		index('commitments_target_first_idx')
			.on(t.sector, t.unit, t.id)
			.where(sql`${t.targetValue} is not null`),
		check(
			'commitments_sector_check',
			sql`${t.sector} in ('trade', 'investment', 'infrastructure', 'energy', 'education', 'defense_security', 'culture_tourism', 'politics_diplomacy', 'digital_telecom', 'other')`
		)
	]
);

export const commitmentEntities = pgTable(
	'commitment_entities',
	{
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		entityId: integer('entity_id')
			.notNull()
			.references(() => entities.id, { onDelete: 'cascade' })
	},
	(t) => [
		primaryKey({ columns: [t.commitmentId, t.entityId] }),
		index('commitment_entities_entity_idx').on(t.entityId)
	]
);

/** Evidence: an exact quote from an article, `articles.raw_text[start, end)`. */
export const mentions = pgTable(
	'mentions',
	{
		id: serial('id').primaryKey(),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		quote: text('quote').notNull(),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		/** 'new' | 'reaffirmed' | 'unclear'. */
		novelty: text('novelty').notNull(),
		confidence: real('confidence').notNull(),
		/** Names of the cues that fired: why the engine picked this passage. */
		cues: jsonb('cues').$type<string[]>().notNull().default([]),
		/** Everything the engine extracted from the passage, as it said it. */
		extracted: jsonb('extracted').$type<Record<string, unknown>>().notNull().default({}),
		/** Why the mention was linked to its item: rule, entity, target, score. */
		linkReason: jsonb('link_reason').$type<Record<string, unknown>>().notNull().default({}),
		/** Semantic keys of the quote (track/keys.ts), head key first: how a restatement finds its item. */
		linkKeys: text('link_keys')
			.array()
			.notNull()
			.default(sql`'{}'::text[]`),
		createdAt: createdAt()
	},
	(t) => [
		index('mentions_commitment_idx').on(t.commitmentId),
		// Linking probes it on every import: no pending list to scan (see commitments_link_terms_idx).
		index('mentions_link_keys_idx').using('gin', t.linkKeys).with({ fastupdate: false }),
		index('mentions_article_idx').on(t.articleId),
		index('mentions_created_at_idx').on(t.createdAt),
		// Few mentions report a numbered meeting; linking reads them for every candidate item.
		index('mentions_meeting_idx')
			.on(t.commitmentId, t.id)
			.where(sql`(${t.linkReason}->>'meeting') is not null`),
		uniqueIndex('mentions_article_span_item_key').on(t.articleId, t.start, t.end, t.commitmentId),
		check('mentions_span_check', sql`${t.start} >= 0 and ${t.end} > ${t.start}`)
	]
);

/** Every status change. The current status is the latest event; nothing else stores it. */
export const statusEvents = pgTable(
	'status_events',
	{
		id: serial('id').primaryKey(),
		commitmentId: integer('commitment_id')
			.notNull()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		fromStatus: text('from_status'),
		toStatus: text('to_status').notNull(),
		/** Null for the system. */
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		evidenceMentionId: integer('evidence_mention_id').references(() => mentions.id, {
			onDelete: 'set null'
		}),
		evidenceUrl: text('evidence_url'),
		note: text('note'),
		/** What an editor typed; empty when the system gave the reason by key. */
		reason: text('reason').notNull(),
		/** The system's reason as a message key and parameters ($lib/system-text), worded when shown. */
		reasonKey: text('reason_key').$type<SystemKey>(),
		reasonParams: jsonb('reason_params'),
		/** The day the change took effect in the world (an article's date for the system). */
		effectiveOn: date('effective_on'),
		createdAt: createdAt()
	},
	(t) => [
		index('status_events_commitment_idx').on(t.commitmentId, t.createdAt),
		index('status_events_created_at_idx').on(t.createdAt)
	]
);

/**
 * Read cache: each item's mention statistics and current status, exactly as the live
 * aggregation over all mentions and status events computes them with no date limit.
 * Kept by triggers (migration 0003) in the same transaction as every write to mentions,
 * status_events and articles, so no write path has to remember it. Reads use it only
 * when the asked date is on or after every mention's and event's day (see queries/stats.ts).
 */
export const commitmentStats = pgTable(
	'commitment_stats',
	{
		commitmentId: integer('commitment_id')
			.primaryKey()
			.references(() => commitments.id, { onDelete: 'cascade' }),
		/** From dated articles only; null when every article that mentions the item is undated. */
		firstMentioned: date('first_mentioned'),
		lastMentioned: date('last_mentioned'),
		mentionCount: integer('mention_count').notNull(),
		sourceCount: integer('source_count').notNull(),
		evidenceScore: doublePrecision('evidence_score').notNull(),
		status: text('status').notNull(),
		/** The latest day any of the item's status events counts from (visibility.ts eventDay). */
		lastEventDay: date('last_event_day')
	},
	(t) => [
		index('commitment_stats_last_mentioned_idx').on(t.lastMentioned),
		index('commitment_stats_first_mentioned_idx').on(t.firstMentioned),
		index('commitment_stats_status_idx').on(t.status),
		index('commitment_stats_last_event_day_idx').on(t.lastEventDay)
	]
);

/** Machine proposals waiting for an editor: new items, link decisions, status changes. */
export const proposals = pgTable(
	'proposals',
	{
		id: serial('id').primaryKey(),
		/** One of PROPOSAL_KINDS in src/lib/vocabulary.ts. */
		kind: text('kind').notNull(),
		commitmentId: integer('commitment_id').references(() => commitments.id, {
			onDelete: 'cascade'
		}),
		mentionId: integer('mention_id').references(() => mentions.id, { onDelete: 'cascade' }),
		payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
		/** 'open' | 'accepted' | 'rejected'. */
		state: text('state').notNull().default('open'),
		decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'set null' }),
		decidedAt: timestamp('decided_at', { withTimezone: true }),
		createdAt: createdAt()
	},
	(t) => [index('proposals_state_idx').on(t.state, t.createdAt)]
);

/** A bilateral trade figure as one article reported it. */
export const tradeObservations = pgTable(
	'trade_observations',
	{
		id: serial('id').primaryKey(),
		articleId: integer('article_id')
			.notNull()
			.references(() => articles.id, { onDelete: 'cascade' }),
		year: integer('year').notNull(),
		valueUsd: numeric('value_usd').notNull(),
		/** 'full_year', or the months covered such as 'M1-M9'. */
		period: text('period').notNull(),
		isEstimate: boolean('is_estimate').notNull(),
		growthPct: numeric('growth_pct'),
		quote: text('quote').notNull(),
		start: integer('start').notNull(),
		end: integer('end').notNull(),
		createdAt: createdAt()
	},
	(t) => [
		index('trade_observations_year_idx').on(t.year),
		uniqueIndex('trade_observations_article_span_key').on(t.articleId, t.start, t.end)
	]
);

/**
 * The official yearly two-way goods trade figure, one per year, each with its published source.
 * `origin` is 'bundled' for the CSV shipped in static/data (reloaded at every start) or 'import'
 * for an editor's import, which a later start never overwrites.
 */
export const officialTradeFigures = pgTable(
	'official_trade_figures',
	{
		year: integer('year').primaryKey(),
		valueUsd: numeric('value_usd').notNull(),
		/**
		 * The change on the year before, in per cent, as the source states it; null when it states none.
		 * Kept rather than computed: sources round their figures, so a rate worked out from two rounded
		 * totals can contradict the one the source gives (2025: +32.7 % stated, +35.5 % from 2.2 → 2.98 bn).
		 */
		growthPct: numeric('growth_pct'),
		/** 'final' or 'estimate', as the source itself calls the figure. */
		status: text('status').notNull(),
		/** Whose statistics: 'VN' (Vietnamese agencies) or 'LA' (Lao agencies). */
		reporter: text('reporter').notNull(),
		source: text('source').notNull(),
		url: text('url').notNull(),
		retrievedOn: date('retrieved_on').notNull(),
		origin: text('origin').notNull(),
		updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
		updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		check('official_trade_figures_status_check', sql`${t.status} in ('final', 'estimate')`),
		check('official_trade_figures_origin_check', sql`${t.origin} in ('bundled', 'import')`)
	]
);

// ---------------------------------------------------------------- accountability

/** Every write: who, when, what, before and after. Status history and corrections read from it. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial('id').primaryKey(),
		userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: integer('entity_id'),
		before: jsonb('before'),
		after: jsonb('after'),
		/** Public note for the corrections log, when the change corrects a published item. */
		publicNote: text('public_note'),
		/** The system's part of that public line, as a message key and parameters ($lib/system-text). */
		noteKey: text('note_key').$type<SystemKey>(),
		noteParams: jsonb('note_params'),
		createdAt: createdAt()
	},
	(t) => [
		index('audit_log_entity_idx').on(t.entityType, t.entityId),
		index('audit_log_created_idx').on(t.createdAt)
	]
);

/** An editor's import run; its per-file rows are the progress every app instance can read. */
export const importJobs = pgTable('import_jobs', {
	id: serial('id').primaryKey(),
	userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
	/** 'running' | 'done' ('failed' only on jobs stopped before the files were kept in the database). */
	state: text('state').notNull().default('running'),
	total: integer('total').notNull(),
	createdAt: createdAt(),
	finishedAt: timestamp('finished_at', { withTimezone: true })
});

export const importJobFiles = pgTable(
	'import_job_files',
	{
		id: serial('id').primaryKey(),
		jobId: integer('job_id')
			.notNull()
			.references(() => importJobs.id, { onDelete: 'cascade' }),
		fileName: text('file_name').notNull(),
		/** 'pending' | 'added' | 'duplicate' | 'error'. */
		outcome: text('outcome').notNull().default('pending'),
		message: text('message'),
		articleId: integer('article_id').references(() => articles.id, { onDelete: 'set null' }),
		/** The uploaded file, kept while it is pending so any instance can import it; cleared once it has an outcome. */
		content: bytea('content'),
		/** For a link to import instead of a file: the http(s) URL to fetch. */
		url: text('url'),
		/**
		 * A link is fetched outside any transaction (a slow site must not hold a row lock, nor, on
		 * PGlite, the only connection); the worker fetching it leases it until then. A lease that
		 * runs out (its worker died) lets another worker fetch it again.
		 */
		leasedUntil: timestamp('leased_until', { withTimezone: true })
	},
	(t) => [
		index('import_job_files_job_idx').on(t.jobId),
		// The workers' claim query: the oldest pending file, without scanning finished ones.
		index('import_job_files_pending_idx')
			.on(t.id)
			.where(sql`${t.outcome} = 'pending'`)
	]
);

/**
 * News feeds (RSS or Atom) an admin follows. The row is also the poll's job: a poller claims a
 * due feed with `FOR UPDATE SKIP LOCKED` and moves `next_poll_at` past a lease before it fetches,
 * so two app instances never poll one feed at once (see ingest/feeds.ts).
 */
export const feeds = pgTable(
	'feeds',
	{
		id: serial('id').primaryKey(),
		name: text('name').notNull(),
		url: text('url').notNull(),
		/** Items are kept when their title or summary names one of these (case-insensitive); empty keeps all. */
		keywords: jsonb('keywords').$type<string[]>().notNull(),
		intervalMinutes: integer('interval_minutes').notNull().default(60),
		/** Validators from the last answer, sent back for a conditional GET. */
		etag: text('etag'),
		lastModified: text('last_modified'),
		nextPollAt: timestamp('next_poll_at', { withTimezone: true }).notNull().defaultNow(),
		lastPolledAt: timestamp('last_polled_at', { withTimezone: true }),
		/** The last poll's failure, cleared by the next good poll; errors in a row set the backoff. */
		lastError: text('last_error'),
		errorCount: integer('error_count').notNull().default(0),
		itemsFound: integer('items_found').notNull().default(0),
		createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('feeds_url_key').on(t.url),
		index('feeds_next_poll_idx').on(t.nextPollAt),
		check('feeds_interval_check', sql`${t.intervalMinutes} between 5 and 10080`)
	]
);

/** Each item a feed listed that passed its filter, once per feed (the unique key is what makes two pollers import it once). */
export const feedItems = pgTable(
	'feed_items',
	{
		id: serial('id').primaryKey(),
		feedId: integer('feed_id')
			.notNull()
			.references(() => feeds.id, { onDelete: 'cascade' }),
		link: text('link').notNull(),
		title: text('title'),
		/** The import job row that fetches the item's page; its outcome is the item's. */
		jobFileId: integer('job_file_id').references(() => importJobFiles.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('feed_items_feed_link_key').on(t.feedId, t.link)]
);

export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type User = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type Entity = typeof entities.$inferSelect;
export type Commitment = typeof commitments.$inferSelect;
export type Mention = typeof mentions.$inferSelect;
export type StatusEvent = typeof statusEvents.$inferSelect;
export type Proposal = typeof proposals.$inferSelect;
export type TradeObservationRow = typeof tradeObservations.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type OfficialTradeFigure = typeof officialTradeFigures.$inferSelect;
