/**
 * Short titles for commitments: the project's registry name, the figure phrase for a target,
 * otherwise the action phrase that follows the cue. `title` is in the article's language and
 * is always cut from the raw text or taken from the registry; `title_en` is built by rule
 * where possible (registry names, target figures) and null otherwise for Vietnamese articles.
 */
import type { Detected } from './commitments';
import { scaleDecimal } from './numbers';

const MAX_TITLE = 90;
const MIN_TITLE = 24;
const SECTOR_EN: Record<string, string> = {
	trade: 'Trade',
	investment: 'Investment',
	infrastructure: 'Infrastructure',
	energy: 'Energy',
	education: 'Education',
	defense_security: 'Defence and security',
	culture_tourism: 'Culture and tourism',
	politics_diplomacy: 'Cooperation',
	other: 'Cooperation'
};

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

function shorten(s: string): string {
	const t = s.replace(/\s+/g, ' ').trim();
	if (t.length <= MAX_TITLE) return t;
	const cut = t.slice(0, MAX_TITLE);
	const space = cut.lastIndexOf(' ');
	return `${space > 40 ? cut.slice(0, space) : cut}…`;
}

/** "10000000000" USD → "US$10 billion"; "12.5" % → "12.5%". */
export function formatAmount(value: string, max: string | null, unit: string | null): string {
	const both = (f: (v: string) => string): string => (max ? `${f(value)}–${f(max)}` : f(value));
	const intDigits = value.split('.')[0]!.length;
	if (unit === 'USD' || unit === 'VND') {
		const [exp, word] = intDigits > 12 ? [12, 'trillion'] : intDigits > 9 ? [9, 'billion'] : intDigits > 6 ? [6, 'million'] : [0, ''];
		const scaled = both((v) => {
			const [i, f = ''] = v.split('.');
			return scaleDecimal(i!, f, -exp);
		});
		return unit === 'USD' ? `US$${scaled}${word ? ` ${word}` : ''}` : `${scaled}${word ? ` ${word}` : ''} VND`;
	}
	if (unit === '%') return `${both((v) => v)}%`;
	return `${both((v) => v)}${unit ? ` ${unit}` : ''}`;
}

/** The segment (between commas or semicolons) of `folded` that holds `[at, end)`. */
function segmentAround(folded: string, from: number, at: number, end: number): number {
	let s = at;
	while (s > from && !/[,;]/.test(folded.charAt(s - 1))) s--;
	return s;
}

export function titleFor(
	raw: string,
	folded: string,
	d: Detected,
	toRaw: (i: number) => number,
	language: 'vi' | 'en'
): { title: string; title_en: string | null } {
	const cut = (s: number, e: number): string => raw.slice(toRaw(s), toRaw(e));
	const e = d.entities[0];
	if (e && !d.amount) {
		if (e.name_vi && e.name_en) return { title: language === 'en' ? e.name_en : e.name_vi, title_en: e.name_en };
		const surface = capitalise(shorten(cut(e.start, e.end)));
		return { title: surface, title_en: language === 'en' ? surface : e.name_en };
	}
	if (d.amount) {
		const s = segmentAround(folded, d.start, d.amount.start, d.amount.end);
		const title = capitalise(shorten(cut(s, d.amount.end).trim()));
		const year = d.targetYear ? ` by ${d.targetYear}` : '';
		return { title, title_en: `${SECTOR_EN[d.sector]} target: ${formatAmount(d.amount.value, d.amount.max, d.amount.unit)}${year}` };
	}
	let end = d.actionStart;
	while (end < d.end && (!/[,;]/.test(folded.charAt(end)) || end - d.actionStart < MIN_TITLE)) end++;
	const title = capitalise(shorten(cut(d.actionStart, end)).replace(/^(?:to|with|on|that|for|về|rằng|là)\s+/i, ''));
	return { title, title_en: language === 'en' ? title : null };
}
