/**
 * Tracked items as the server's queries return them (src/lib/server/queries/summaries.ts and
 * queries/index.ts) and as the pages, components and the CSV/JSON export read them.
 */
import type { StoredText } from './system-text';
import type { Status } from './vocabulary';

export interface EntityRef {
	slug: string;
	nameVi: string;
	nameEn: string | null;
}

export interface CommitmentSummary {
	id: number;
	title: string;
	titleEn: string | null;
	sector: string;
	kind: string;
	status: Status;
	overdue: boolean;
	quiet: boolean;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	targetYear: number | null;
	deadline: string | null;
	firstMentioned: string | null;
	lastMentioned: string | null;
	/** Independent sources: an article and its reprints count once. */
	sourceCount: number;
	mentionCount: number;
	/** Sum over independent sources of the best extraction confidence in each (reprints once). */
	evidenceScore: number;
	entities: EntityRef[];
	version: number;
	revisionOfId: number | null;
}

/** A quote that is evidence for an item. */
export interface MentionView {
	id: number;
	quote: string;
	start: number;
	end: number;
	novelty: string;
	confidence: number;
	cues: string[];
	linkReason: Record<string, unknown>;
	/** `url` is the article's page in this app, where the quote can be read in context. */
	article: {
		id: number;
		title: string;
		publishedOn: string | null;
		source: string;
		language: string;
		copyOfId: number | null;
		url: string;
	};
}

export interface StatusEventView {
	id: number;
	fromStatus: string | null;
	toStatus: string;
	/** What an editor typed, or the system's reason by key ($lib/system-text). */
	reason: StoredText;
	note: string | null;
	evidenceUrl: string | null;
	evidenceMentionId: number | null;
	by: { kind: 'system' | 'editor'; role?: string };
	effectiveOn: string | null;
	createdAt: string;
}
