/**
 * What the system stored as a message key and parameters ($lib/system-text), worded in the
 * reader's language; what a person typed beside it is shown as they wrote it.
 */
import { m } from '$lib/paraglide/messages';
import { formatUsd } from '$lib/format';
import type { FieldChange, StoredText, SystemParams, SystemText } from '$lib/system-text';
import { auditFieldLabel } from './audit';
import { kindLabel, sectorLabel, uiLocale } from './labels';

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

const fieldName = (field: string) => auditFieldLabel(field).replace(/\s*\(.*\)$/, '');

function fieldValue(field: string, v: string | null): string {
	if (v === null || v === '') return '—';
	if (field === 'sector') return sectorLabel(v);
	if (field === 'kind') return kindLabel(v);
	return v;
}

const fieldChanges = (changes: FieldChange[]) =>
	changes
		.map((c) =>
			m.sys_field_change({
				field: fieldName(c.field),
				from: fieldValue(c.field, c.from),
				to: fieldValue(c.field, c.to)
			})
		)
		.join('; ');

const SAY: { [K in keyof SystemParams]: (p: SystemParams[K]) => string } = {
	first_found: () => m.reason_first_found(),
	first_found_underway: (p) => m.reason_first_found_underway({ words: quoted(p.words) }),
	split_off: (p) => m.sys_split_reason({ id: p.id }),
	trade_met: (p) =>
		m.sys_trade_met({
			year: p.year,
			value: formatUsd(p.value, uiLocale()),
			target: formatUsd(p.target, uiLocale())
		}),
	quote_says: (p) => m.sys_quote_says({ words: p.words }),
	proposal_accepted: () => m.sys_proposal_accepted(),
	corrected: (p) => m.sys_corrected({ summary: fieldChanges(p.changes) }),
	article_corrected: (p) => m.sys_article_corrected({ fields: p.fields.map(fieldName).join(', ') }),
	merged: (p) => m.sys_merged(p),
	split_note: (p) => m.sys_split_note(p),
	retitled: (p) => m.sys_retitled(p),
	removed: (p) => m.sys_removed(p)
};

/** One system sentence in the reader's language. */
export function sayText(t: SystemText): string {
	return (SAY[t.key] as (p: unknown) => string)(t.params);
}

/**
 * A stored reason or corrections line: the typed part as written, then the system's sentence.
 * A key this build does not know (a newer writer, a rolled-back deploy) falls back to the text.
 */
export function storedText(s: StoredText): string {
	const said =
		s.key && s.key in SAY ? sayText({ key: s.key, params: s.params ?? {} } as SystemText) : '';
	return [s.text?.trim(), said].filter(Boolean).join(' ');
}

const SHORT: Record<string, () => string> = {
	one_key: m.why_one_key,
	not_main: m.why_not_main,
	sectors_differ: m.why_sectors_differ
};

/**
 * Why the linker nearly joined two items, from its message key (track/link.ts LinkWhy); a
 * proposal written before keys were stored shows the engine's note as it is.
 */
export function linkWhy(whyKey: unknown, note: string): string {
	const w = (whyKey ?? {}) as { key?: string; keys?: unknown; short?: string };
	if (w.key === 'titles_some') return m.why_titles_some();
	if (w.key === 'quote_repeats_title') return m.why_quote_repeats_title();
	const short = w.short ? SHORT[w.short] : undefined;
	if (w.key === 'shares_but' && Array.isArray(w.keys) && short)
		return m.why_shares_but({ keys: w.keys.join(', '), short: short() });
	return note;
}

const LINK_RULES: Record<string, () => string> = {
	entity: m.link_rule_entity,
	frame: m.link_rule_frame,
	key: m.link_rule_key,
	new: m.link_rule_new,
	purpose: m.link_rule_purpose,
	reprint: m.link_rule_reprint,
	similar: m.link_rule_similar,
	target: m.link_rule_target,
	title: m.link_rule_title
};
/** The linker's rule name ("similar") as words. */
export const linkRuleLabel = (rule: string) => LINK_RULES[rule]?.() ?? rule;
