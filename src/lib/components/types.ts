/**
 * What the components read from the tracking API's results (see docs in track/queries.ts).
 * Structural: the API's own types carry more fields and fit these as they are.
 */
export interface EntityRef {
	slug: string;
	nameVi: string;
	nameEn: string | null;
}

export interface CommitmentRow {
	id: number;
	title: string;
	titleEn: string | null;
	sector: string;
	kind: string;
	status: string;
	overdue: boolean;
	quiet: boolean;
	targetValue: string | null;
	targetValueMax: string | null;
	unit: string | null;
	targetYear: number | null;
	deadline: string | null;
	firstMentioned: string | null;
	lastMentioned: string | null;
	sourceCount: number;
	mentionCount: number;
	entities: EntityRef[];
}
