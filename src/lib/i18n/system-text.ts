/**
 * Sentences the system stored in English (status reasons written by track/ and the editor
 * actions, corrections-log lines, why the linker hesitated) read in the reader's language.
 * The stored text stays as it is, so rows written before this mapping read right too; what an
 * editor typed around a generated sentence is kept as they wrote it.
 */
import { m } from '$lib/paraglide/messages';
import { auditFieldLabel } from './audit';
import { sectorLabel } from './labels';

type Rule = [RegExp, (g: string[]) => string];

const fieldValue = (field: string, v: string) =>
	field === 'sector' && v !== '—' ? sectorLabel(v) : v;

/** "title: “a” → “b”; deadline: “—” → “2027-06-30”" with each field named for the reader. */
function fieldChanges(summary: string): string {
	const parts = summary.split(/; (?=\w+: “)/);
	const read = parts.map((p) => /^(\w+): “(.*)” → “(.*)”$/s.exec(p));
	if (read.some((r) => !r)) return summary;
	return read
		.map((r) =>
			m.sys_field_change({
				field: auditFieldLabel(r![1]!).replace(/\s*\(.*\)$/, ''),
				from: fieldValue(r![1]!, r![2]!),
				to: fieldValue(r![1]!, r![3]!)
			})
		)
		.join('; ');
}

/** Whole generated sentences, found at the end of a stored text (an editor's note may precede them). */
const SENTENCES: Rule[] = [
	[
		/Split off from item #(\d+) by an editor: the quote states a different commitment\.$/,
		([id]) => m.sys_split_reason({ id: id! })
	],
	[
		/Trade series: the final (\d{4}) figure \(([\d.]+) USD\) reaches the target of ([\d.]+) USD$/,
		([year, value, target]) => m.sys_trade_met({ year: year!, value: value!, target: target! })
	],
	[/Corrected (.*)\.$/s, ([summary]) => m.sys_corrected({ summary: fieldChanges(summary!) })],
	[
		/Item #(\d+) “(.*)” was a duplicate and was merged into #(\d+) “(.*)”\.$/s,
		([id, title, into, intoTitle]) =>
			m.sys_merged({ id: id!, title: title!, into: into!, intoTitle: intoTitle! })
	],
	[
		/A quote was wrongly counted as evidence for #(\d+) “(.*)”; it now stands as its own item #(\d+)\.$/s,
		([id, title, newId]) => m.sys_split_note({ id: id!, title: title!, newId: newId! })
	],
	[
		/Item #(\d+) retitled: “(.*)” → “(.*)”\.$/s,
		([id, from, to]) => m.sys_retitled({ id: id!, from: from!, to: to! })
	],
	[
		/Removed item #(\d+) “(.*)”: the quoted passage is not a commitment\.$/s,
		([id, title]) => m.sys_removed({ id: id!, title: title! })
	]
];

/**
 * A stored reason or corrections line in the reader's language: a generated sentence at its end
 * is worded anew; the rest (an editor's own note) is shown as written.
 */
export function systemText(stored: string): string {
	for (const [re, say] of SENTENCES) {
		const hit = re.exec(stored);
		if (!hit) continue;
		const before = stored.slice(0, hit.index).trimEnd();
		const said = say(hit.slice(1));
		return before ? `${before} ${said}` : said;
	}
	return stored;
}

const SHORT: Record<string, () => string> = {
	'only one key in common, in another article, with few other words in common': m.why_one_key,
	'the key is not what either mainly says': m.why_not_main,
	'the sectors differ': m.why_sectors_differ
};
const WHY: Record<string, () => string> = {
	'titles share some of their words, not most': m.why_titles_some,
	'same entity, different target or deadline: a revision, not the same pledge': m.why_revision,
	'same unit and scope, different value or year': m.why_same_scope
};

/** Why the linker nearly joined two items (track/link.ts words it in English). */
export function linkWhy(why: string): string {
	const fixed = WHY[why];
	if (fixed) return fixed();
	const shares = /^shares (.*) but (.*)$/.exec(why);
	const short = shares && SHORT[shares[2]!];
	return shares && short ? m.why_shares_but({ keys: shares[1]!, short: short() }) : why;
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
