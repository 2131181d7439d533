/**
 * A tracked item as lists, tables and exports show it: what the server's queries return
 * (src/lib/server/track/summaries.ts) and what the components and the CSV/JSON export read.
 */
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
