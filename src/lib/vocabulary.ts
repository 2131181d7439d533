/**
 * The tracker's controlled vocabulary, shared by the server (engine, tracking, validation)
 * and the browser (list filters), so the two can never disagree on a sector or a status.
 */
export const SECTORS = [
	'trade',
	'investment',
	'infrastructure',
	'energy',
	'education',
	'defense_security',
	'culture_tourism',
	'politics_diplomacy',
	'digital_telecom',
	'other'
] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * What an item is: a target, a project or a named programme (or session) has a deliverable one can
 * later check; a policy line is a direction in a named field (docs/tracking.md, "Deliverables and
 * policy lines").
 */
export const KINDS = ['target', 'project', 'programme', 'policy'] as const;
export type Kind = (typeof KINDS)[number];
export const DELIVERABLE_KINDS = ['target', 'project', 'programme'] as const satisfies Kind[];
/** The list's kind filter: the deliverables together, or one kind. */
export const KIND_FILTERS = ['deliverable', ...KINDS] as const;
export type KindFilter = (typeof KIND_FILTERS)[number];

/**
 * What the editors' queue holds: a new item to check, a near-miss link, a status the engine
 * proposes, a reader's report (editor/reports.ts; deciding it only closes it, the fix is the
 * editor's own edit).
 */
export const PROPOSAL_KINDS = ['new_item', 'link', 'status', 'report'] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

/** The status lifecycle; see src/lib/server/track/status.ts for definitions and rules. */
export const STATUSES = [
	'announced',
	'in_progress',
	'achieved',
	'partially_achieved',
	'missed',
	'stalled',
	'cancelled',
	'needs_clarification'
] as const;
export type Status = (typeof STATUSES)[number];
