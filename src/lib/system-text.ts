/**
 * What the system says in a status reason or a corrections line: a message key and its
 * parameters, stored as such (status_events.reason_key/params, audit_log.note_key/params) and
 * worded in the reader's language only when shown ($lib/i18n/system-text.ts). A sentence is
 * never stored, so no reader gets the language of whoever happened to write it.
 */

/** One corrected field with its raw values (a sector's key, not its label); null is "none". */
export interface FieldChange {
	field: string;
	from: string | null;
	to: string | null;
}

type Id = number;

export interface SystemParams {
	first_found: Record<string, never>;
	/** `words`: the article's own words that say the work is under way, kept as written. */
	first_found_underway: { words: string[] };
	split_off: { id: Id };
	trade_met: { year: number; value: string; target: string };
	/** `words`: the status cue the engine found in the quote, kept as written. */
	quote_says: { words: string };
	proposal_accepted: Record<string, never>;
	corrected: { changes: FieldChange[] };
	article_corrected: { fields: string[] };
	merged: { id: Id; title: string; into: Id; intoTitle: string };
	split_note: { id: Id; title: string; newId: Id };
	retitled: { id: Id; from: string; to: string };
	removed: { id: Id; title: string };
}

export type SystemKey = keyof SystemParams;

export type SystemText = { [K in SystemKey]: { key: K; params: SystemParams[K] } }[SystemKey];

export const systemText = <K extends SystemKey>(key: K, params: SystemParams[K]) =>
	({ key, params }) as SystemText;

/**
 * A stored text as rows hold it: what a person typed (`text`, shown as typed) and what the
 * system said (`key` and `params`). Rows from before keys were stored have only `text`.
 */
export interface StoredText {
	text: string | null;
	key: string | null;
	params: unknown;
}
