/**
 * The engine's output. Field names are the CLI contract's (snake_case), so the same objects
 * flow from the engine to `npm run extract -- --json` and into the pipeline unchanged.
 * Every `start`/`end` is a UTF-16 offset into the article's raw text and
 * `raw.slice(start, end) === quote` always holds.
 */
export { SECTORS, type Sector } from '../../vocabulary';
import type { Sector } from '../../vocabulary';

export type Novelty = 'new' | 'reaffirmed' | 'unclear';
/** future: still to be done; ongoing: under way; done: reported as completed (aspect.ts). */
export type Aspect = 'future' | 'ongoing' | 'done';
export type CommitmentKind = 'target' | 'project' | 'programme' | 'policy';

export interface ExtractedCommitment {
	title: string;
	title_en: string | null;
	sector: Sector;
	quote: string;
	start: number;
	end: number;
	/** Exact decimal string ("10000000000", "12.5"), never a float. */
	target_value: string | null;
	/** Upper end of a range target ("10-15%" → "15"), else null. */
	target_value_max: string | null;
	unit: string | null;
	target_year: number | null;
	novelty: Novelty;
	aspect: Aspect;
	/** Canonical entity slugs (registry or generic detector). */
	entities: string[];
	confidence: number;
	kind: CommitmentKind;
	/** Names of the cues that fired: why the passage was picked. */
	cues: string[];
}

export interface TradeObservation {
	year: number;
	/** Exact decimal string of US dollars. */
	value_usd: string;
	/** 'full_year', or the months covered, e.g. 'M1-M9'. */
	period: string;
	is_estimate: boolean;
	growth_pct: number | null;
	quote: string;
	start: number;
	end: number;
}

export interface Extraction {
	commitments: ExtractedCommitment[];
	trade_observations: TradeObservation[];
}

/** What the engine needs from a parsed article (see ingest/types.ts). */
export interface ArticleInput {
	raw: string;
	blocks: { start: number; end: number }[];
	published: string | null;
	language: 'vi' | 'en';
}
