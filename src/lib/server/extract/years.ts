/**
 * The year a commitment is due, from folded text. Explicit deadlines ("đến năm 2030", "by 2030")
 * beat period ends ("giai đoạn 2021-2030"), which beat plain mentions ("trong năm 2022");
 * relative phrases ("năm tới", "next year") are resolved against the article's year.
 * Years after "so với" / "compared with" are baselines, never targets.
 */
interface Rule {
	re: RegExp;
	rank: number;
	year: (m: RegExpExecArray, base: number | null) => number | null;
}

const Y = '((?:19|20)\\d\\d)';

const RULES: Rule[] = [
	{
		re: new RegExp(
			`\\b(?:den|toi|truoc|cho den)\\s+(?:het\\s+|cuoi\\s+)?(?:nam\\s+)?${Y}\\b`,
			'gi'
		),
		rank: 5,
		year: (m) => +m[1]!
	},
	{
		re: new RegExp(`\\b(?:by|before|until|through)\\s+(?:the\\s+end\\s+of\\s+|end-)?${Y}\\b`, 'gi'),
		rank: 5,
		year: (m) => +m[1]!
	},
	{
		re: new RegExp(`\\b${Y}\\s*-\\s*${Y}\\b`, 'g'),
		rank: 4,
		year: (m) => (+m[2]! > +m[1]! ? +m[2]! : null)
	},
	{
		re: new RegExp(`\\b(?:trong|vao|ngay trong|nam)\\s+(?:nam\\s+)?${Y}\\b`, 'gi'),
		rank: 3,
		year: (m) => +m[1]!
	},
	{ re: new RegExp(`\\b(?:in|during|for)\\s+${Y}\\b`, 'gi'), rank: 3, year: (m) => +m[1]! },
	{
		re: /\b(?:(?:dau|cuoi|giua)\s+)?(?:nam\s+toi|nam\s+sau|nam\s+hoc\s+toi|nam\s+hoc\s+sau|sang\s+nam|nam\s+ke\s+tiep|next\s+year|the\s+coming\s+year|the\s+following\s+year)\b/gi,
		rank: 2,
		year: (_m, base) => (base === null ? null : base + 1)
	},
	{
		// "from January 1", "từ ngày 1/1" with no year: the next New Year's Day after the article.
		re: /\b(?:from|starting|as of|effective|tu|ke tu|bat dau tu)\s+(?:ngay\s+)?(?:January\s+1|1\s+January|1\/1|01\/01)\b(?![/.,]?\s*(?:19|20)\d\d)/gi,
		rank: 2,
		year: (_m, base) => (base === null ? null : base + 1)
	},
	{
		// "Earlier this year, the ministries agreed …" dates the agreement, it sets no deadline.
		re: /(?<!\b(?:earlier|so far)\s+)\b(?:(?:dau|cuoi|giua)\s+)?(?:nam\s+nay|this\s+year|later\s+this\s+year|the\s+end\s+of\s+the\s+year)\b/gi,
		rank: 2,
		year: (_m, base) => base
	},
	{ re: new RegExp(`\\b${Y}\\b`, 'g'), rank: 1, year: (m) => +m[1]! }
];

const BASELINE = new RegExp(
	`(?:so\\s+voi|compared\\s+(?:with|to)|from|since|ke\\s+tu)\\s+(?:cung\\s+ky\\s+)?(?:nam\\s+)?$`,
	'i'
);

/** Best target year in `text`, or null. `publishedYear` resolves relative phrases. */
export function findTargetYear(text: string, publishedYear: number | null): number | null {
	let best: { rank: number; year: number } | null = null;
	for (const rule of RULES) {
		rule.re.lastIndex = 0;
		let m: RegExpExecArray | null;
		while ((m = rule.re.exec(text)) !== null) {
			if (BASELINE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
			const y = rule.year(m, publishedYear);
			if (y === null) continue;
			// A year well before the article is history, not a target.
			if (publishedYear !== null && y < publishedYear - 1 && rule.rank < 4) continue;
			if (!best || rule.rank > best.rank || (rule.rank === best.rank && y > best.year))
				best = { rank: rule.rank, year: y };
		}
	}
	return best ? best.year : null;
}

/** Every four-digit year in `text` (for trade observations). */
export function yearsIn(text: string): { year: number; index: number }[] {
	const out: { year: number; index: number }[] = [];
	const re = new RegExp(`\\b${Y}\\b`, 'g');
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null) out.push({ year: +m[1]!, index: m.index });
	return out;
}
