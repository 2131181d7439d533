/**
 * What the system stored as a message key and parameters ($lib/system-text), worded in the
 * reader's language; what a person typed beside it is shown as they wrote it.
 */
import { m } from '$lib/paraglide/messages';
import { formatDate, formatNumber, formatUsd } from '$lib/format';
import type { FieldChange, StoredText, SystemParams, SystemText } from '$lib/system-text';
import { auditFieldLabel } from './audit';
import { kindLabel, sectorLabel, textLang, uiLocale } from './labels';

const quoted = (words: string[]) => words.map((w) => `“${w}”`).join(', ');

const fieldName = (field: string) => auditFieldLabel(field).replace(/\s*\(.*\)$/, '');

/** Fields whose values the system names in the reader's words (labels, dates, numbers). */
const WORDED = new Set(['sector', 'kind', 'deadline', 'targetValue', 'targetValueMax']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;

function fieldValue(field: string, v: string | null): string {
	if (v === null || v === '') return '—';
	if (field === 'sector') return sectorLabel(v);
	if (field === 'kind') return kindLabel(v);
	if (field === 'deadline' && ISO_DAY.test(v)) return formatDate(v, uiLocale());
	if ((field === 'targetValue' || field === 'targetValueMax') && DECIMAL.test(v))
		return formatNumber(v, uiLocale(), 6);
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

/** A piece of a shown sentence; `lang` when it is words as written (a title, a quote), not the system's. */
export interface TextPart {
	text: string;
	lang?: 'vi' | 'en';
}

/** The language of words as written, or none for what has no letters (a date, a number). */
export const writtenLang = (text: string): 'vi' | 'en' | undefined =>
	/\p{L}/u.test(text) ? textLang(text) : undefined;

type Mark = (written: string) => string;
/** Which parameters of each sentence are words as written (titles, quoted words) rather than the system's own. */
const WRITTEN: { [K in keyof SystemParams]?: (p: SystemParams[K], w: Mark) => SystemParams[K] } = {
	first_found_underway: (p, w) => ({ words: p.words.map(w) }),
	quote_says: (p, w) => ({ words: w(p.words) }),
	merged: (p, w) => ({ ...p, title: w(p.title), intoTitle: w(p.intoTitle) }),
	split_note: (p, w) => ({ ...p, title: w(p.title) }),
	retitled: (p, w) => ({ ...p, from: w(p.from), to: w(p.to) }),
	removed: (p, w) => ({ ...p, title: w(p.title) }),
	corrected: (p, w) => ({
		changes: p.changes.map((c) =>
			WORDED.has(c.field) ? c : { ...c, from: c.from && w(c.from), to: c.to && w(c.to) }
		)
	})
};

/**
 * A sentence built by `say` as parts: each piece it passed through `mark` (a title, a quote, a
 * cue word as written) comes back apart, marked with its own language. The pieces go through the
 * message as private-use markers and are put back after.
 */
export function withWritten(say: (mark: Mark) => string): TextPart[] {
	const written: string[] = [];
	const sentence = say((x) => `\uE000${written.push(x) - 1}\uE001`);
	return sentence
		.split(/\uE000(\d+)\uE001/)
		.map((piece, i): TextPart => {
			if (i % 2 === 0) return { text: piece };
			const text = written[Number(piece)] ?? '';
			const lang = writtenLang(text);
			return lang ? { text, lang } : { text };
		})
		.filter((p) => p.text !== '');
}

/**
 * One system sentence as parts: the sentence in the reader's language, with each title or quote
 * it carries set apart and marked with its own language (a Vietnamese title in an English line).
 */
export function sayParts(t: SystemText): TextPart[] {
	const rewrite = WRITTEN[t.key] as ((p: unknown, w: Mark) => unknown) | undefined;
	const say = SAY[t.key] as (p: unknown) => string;
	return withWritten((mark) => say(rewrite ? rewrite(t.params, mark) : t.params));
}

/**
 * A text of our own that quotes words in straight or curly quotes ("khởi công", “vượt mốc”): the
 * quoted words set apart and marked with their language, the quote marks left outside.
 */
export function markQuoted(text: string): TextPart[] {
	return withWritten((mark) =>
		text.replace(
			/(["“])([^"“”]+)(["”])/g,
			(_, open: string, words: string, close: string) => `${open}${mark(words)}${close}`
		)
	);
}

/** What a person typed (as written) and the system's sentence in parts, of a stored text. */
export function storedParts(s: StoredText): { typed: string; said: TextPart[] } {
	const said =
		s.key && s.key in SAY ? sayParts({ key: s.key, params: s.params ?? {} } as SystemText) : [];
	return { typed: s.text?.trim() ?? '', said };
}

/**
 * A stored reason or corrections line: the typed part as written, then the system's sentence.
 * A key this build does not know (a newer writer, a rolled-back deploy) falls back to the text.
 */
export function storedText(s: StoredText): string {
	const { typed, said } = storedParts(s);
	return [typed, said.map((p) => p.text).join('')].filter(Boolean).join(' ');
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
