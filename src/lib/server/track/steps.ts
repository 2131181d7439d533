/**
 * A target sentence that names a further step ("reach 5 bn USD soon and head for 10 bn")
 * states two pledges in one quote. The engine reports the first; the further one becomes a
 * second item whose evidence is the same quote, so the 10 bn target is tracked from the day
 * it was first said and the chain 5 bn → 10 bn shows.
 *
 * Both functions read the quote a second time (fold, then the engine's findAmounts) because the
 * engine hands over one target per passage and drops the other amounts it saw. Carrying those
 * amounts on the extracted commitment would end the second pass; it is left for now because it
 * changes the extraction JSON that tests compare byte for byte and belongs to extract/. The
 * read side's statesAsStep has only the stored quote, so it would need them stored as well.
 */
import { findAmounts, fold } from '../extract/index';
import { compareDecimal } from '../../decimal';
import type { LinkInput } from './link';

/** Words that introduce the next step, folded. */
const STEP =
	/(?:huong toi|tien toi|nham toi|phan dau toi|muc tiep theo|toward|towards|and then|next)\W+(?:\S+\W+){0,3}$/i;

export function furtherSteps(c: LinkInput): LinkInput[] {
	if (c.target_value === null || c.unit === null || c.target_value_max !== null) return [];
	const f = fold(c.quote);
	const folded = f.text;
	const out: LinkInput[] = [];
	for (const a of findAmounts(
		folded,
		/[a-z]/i.test(folded) && /\b(?:billion|million)\b/i.test(folded) ? 'en' : 'vi'
	)) {
		if (a.unit !== c.unit || a.max !== null || compareDecimal(a.value, c.target_value) <= 0)
			continue;
		const from = Math.max(0, a.start - 40);
		const m = STEP.exec(folded.slice(from, a.start));
		if (!m) continue;
		const phrase = c.quote.slice(f.toRaw(from + m.index), f.toRaw(a.end)).trim();
		out.push({
			...c,
			title: phrase.charAt(0).toUpperCase() + phrase.slice(1),
			target_value: a.value,
			target_value_max: null
		});
	}
	return out;
}

/**
 * Whether a quote states `value` only as a further step ("… và hướng tới mốc 10 tỉ USD trong thời
 * gian tới", "toward US$10 billion"): a horizon named beside the target in force, not yet the
 * target the sides commit to reach.
 */
export function statesAsStep(quote: string, value: string, unit: string): boolean {
	const f = fold(quote).text;
	const amounts = findAmounts(
		f,
		/[a-z]/i.test(f) && /\b(?:billion|million)\b/i.test(f) ? 'en' : 'vi'
	).filter((a) => a.unit === unit && a.max === null && compareDecimal(a.value, value) === 0);
	return (
		amounts.length > 0 &&
		amounts.every((a) => STEP.test(f.slice(Math.max(0, a.start - 40), a.start)))
	);
}
