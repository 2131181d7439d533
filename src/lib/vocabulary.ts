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
