/**
 * Bilateral trade observations: a Vietnam–Laos turnover figure in US dollars, the year it covers,
 * whether it covers the full year or only some months, whether it is an estimate, and the growth
 * given. Only two-way trade between the two countries counts: export-only figures, surpluses,
 * investment capital, Laos' trade with the world or with a third country, multi-year totals and
 * averages are skipped, and so are targets ("phấn đấu đạt 5 tỷ USD"), thresholds ("vượt mốc
 * 2 tỷ USD") and forecasts ("sẽ đạt", "is expected to hit"). A result stated against a target
 * ("vượt kế hoạch, đạt 1,9 tỷ USD", "exceeded the target, reaching …") is an observation.
 *
 * The year comes from the text around the figure, else from a baseline ("tăng 15% so với năm
 * 2021" is about 2022), else from a relative phrase and the article's date ("năm qua", "last
 * year", "this year"), else from the latest year the article named before the sentence.
 */
import { findAmounts, parseNumber, type NumberStyle } from './numbers';

export interface TradeHit {
	year: number;
	value_usd: string;
	period: string;
	is_estimate: boolean;
	growth_pct: number | null;
	start: number;
	end: number;
}

/** What the sentence's surroundings tell about time: the article's date and the last year named before it. */
export interface TradeContext {
	publishedYear: number | null;
	/** 1-12, or null when the article's date has no month. */
	publishedMonth: number | null;
	/** The latest non-baseline year named earlier in the article (or block), or null. */
	contextYear: number | null;
	/** The folded text of the sentences just before this one (the last two), for the country pair in play. */
	recent?: string[];
	/** Every sentence noted so far (folded, each cut at 600 characters): which pair the article is about. */
	seen?: string[];
	/** For an undated article only: the latest year it names (see `articleYearGuess`), the last resort; computed on demand. */
	guessYear?: () => number | null;
	/** The sentence before was about Vietnam–Laos two-way trade (see `continuesTrade`). */
	tradeTopic?: boolean;
}

const TRADE_SOURCE =
	'\\b(?:(?:tong )?kim ngach (?:thuong mai|xuat nhap khau|xnk|hai chieu|song phuong|buon ban|trao doi)|thuong mai (?:song phuong|hai chieu|giua hai nuoc|hai nuoc)|kim ngach giua hai nuoc|two-way trade|bilateral trade|trade turnover|trade (?:volume|value|between|with (?:Vietnam|Viet Nam|Laos))|total trade|(?:Vietnam|Viet Nam|Vietnamese|Laos|Lao)\\s*-\\s*(?:Vietnam|Viet Nam|Vietnamese|Laos|Lao) trade|(?:the|their|mutual) trade (?:reached|hit|totall?ed|rose|grew|increased|stood|amounted|climbed|jumped|fell|dropped|declined)|(?<![\\w\u0027\u2019-] )(?<![\\w\u0027\u2019-])trade (?:reached|hit|totall?ed|stood at|amounted to|rose|grew|increased|climbed|jumped|soared|surged)|thuong mai (?:Viet Nam|Viet|Lao)\\s*-\\s*(?:Viet Nam|Viet|Lao)|(?:tong )?(?:gia tri )?xuat nhap khau (?:hang hoa )?(?:giua|hai chieu|song phuong|(?:Viet Nam|Viet|Lao)\\s*-\\s*(?:Viet Nam|Viet|Lao))|(?:import-export|export-import|imports? and exports?|exports? and imports?) (?:turnover|value|volume|trade)|trade exchanges? (?:between|with)|buon ban (?:hai chieu|song phuong|giua hai nuoc|giua Viet Nam va Lao|giua Lao va Viet Nam)|trao doi (?:thuong mai|hang hoa)|thuong mai giua (?:Viet Nam va Lao|Lao va Viet Nam))\\b';
const TRADE_RE = new RegExp(TRADE_SOURCE, 'i');
const TRADE_G = new RegExp(TRADE_SOURCE, 'gi');

/**
 * Subjects other than two-way trade: when one of them stands nearer before a figure than any
 * trade word, the figure is about it ("trong đó, xuất khẩu … đạt 465 triệu USD", "a surplus of").
 */
const OTHER_SUBJECT_G =
	/\b(?:xuat khau(?! nhap)|(?<!xuat )nhap khau|xuat sang|nhap tu|(?<!imports?-|imports? and |and )exports?(?![- ](?:and |)imports?)|(?<!exports?-|exports? |and )imports?|(?<!imports?-|imports? and |and )export (?:value|revenue|turnover)|shipments?|spent|purchases?|thang du|xuat sieu|nhap sieu|tham hut|can can|surplus|deficit|von (?:dau tu|dang ky)|tong von|dau tu|investment|invested|poured|injected|pumped|capital|FDI|vien tro|aid|grants?|loans?|ngan sach|budget|doanh thu|(?<!trade )revenue)\b/gi;
/** Laos' or Vietnam's trade with others, not with each other. */
const THIRD_PARTY =
	/\b(?:Thai Lan|Thailand|Thai|Trung Quoc|China|Chinese|Campuchia|Cambodia|Myanmar|Nhat Ban|Japan|Han Quoc|Korea|Hoa Ky|United States|Singapore|Malaysia|Indonesia|An Do|India|Lien bang Nga|Russia|Australia|the gioi|the world|global|cac nuoc|other countries|cac doi tac|ca nuoc|nationwide|toan quoc|all partners)\b/;
const BOTH_PARTIES =
	/\b(?:Viet Nam|Vietnam|Vietnamese)\b[^;]{0,80}\b(?:Lao|Laos)\b|\b(?:Lao|Laos)\b[^;]{0,80}\b(?:Viet Nam|Vietnam|Vietnamese)\b|\b(?:hai nuoc|two countries|two nations|two neighbou?rs|hai ben|both sides|song phuong|bilateral)\b/i;

/** Multi-year totals and averages: not the figure of one year. */
const MULTI_YEAR =
	/\b(?:(?:19|20)\d\d\s*-\s*(?:19|20)\d\d|tu nam (?:19|20)\d\d den|since (?:19|20)\d\d|luy ke(?! (?:(?:den|toi) )?(?:het |cuoi )?thang| tu dau nam)|tong cong \d+ nam|trong \d+ nam|over the (?:past|last) \d+ years|in the past \d+ years|binh quan|trung binh|average|averaged|per year|moi nam)\b|\/ ?nam\b/i;

const GOAL_RE =
	/(?:muc tieu|phan dau|huong toi|tien toi|vuot moc|vuot|moc|target|aim|goal|surpass|exceed|to reach|would reach|will reach|nang (?:len|kim ngach)|dua kim ngach|\b(?:dua|nang|day)\b[^;]{0,60}\blen|\b(?:raise|raising|boost|boosting|push|pushing|lift|lifting|increase|increasing|bring|bringing|double|doubling|take|taking)\b[^;]{0,60}\bto)[^;]{0,80}$/i;
/** A target met or beaten is a result: blanked out before GOAL_RE looks for a goal. */
const ACHIEVED_G =
	/\b(?:vuot (?:ke hoach|chi tieu|muc tieu)(?: (?:de ra|da de ra|dat ra))?|hoan thanh (?:vuot )?(?:ke hoach|chi tieu|muc tieu)(?: (?:de ra|da de ra|dat ra))?|(?:exceed(?:ed|ing)|surpass(?:ed|ing)|beat|beating|fulfill?(?:ed|ing)|met|meeting|achiev(?:ed|ing)|topp(?:ed|ing)|outstrip(?:ped|ping)) (?:the |its |their |a |an )?(?:set |annual |yearly |planned )?(?:target|goal|plan)s?(?: set)?)\b/gi;
/** "rose 18% year on year to reach …", "tăng 15% lên …": a change up to the figure, not a goal. */
const CHANGE_TO_G =
	/\b(?:rose|grew|increased|climbed|jumped|surged|soared|went up|fell|dropped|declined|decreased|slipped|edged up|was up|was down)\b[^;]{0,80}?\bto(?: reach| hit| total| stand at)?\b/gi;
/** Said about the future: "will", "sẽ", "dự kiến", "is expected to" — not an observed figure. */
const FUTURE_RE =
	/(?:\b(?:will|would|shall|hopes?|hoped|forecasts?|forecasted|likely|could|may|might|is expected to|are expected to|expected to|projected to|is set to|ky vong|hy vong|mong muon|du bao|co the|du kien|nhieu kha nang)\b|(?<!chia )\bse\b)[^;]{0,80}$/i;
const ESTIMATE_RE =
	/\b(?:uoc (?:dat|tinh|khoang)?|uoc\b|estimated?|preliminary|provisional|tam tinh)/i;
const YEAR_RE = /\b(?:(?:nam|in|of|during|for)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\b)/gi;
const BASELINE_RE =
	/\b(?:so voi|compared (?:with|to)|from|than|over|against|vs\.?|year-on-year from)\s+(?:(?:the )?(?:cung ky|same period(?: of| in)?|muc|level of|ca)\s+)?(?:nam\s+|in\s+|of\s+)?$/i;
const DATELINE_BEFORE =
	/(?:\d{1,2}\/\d{1,2}\/|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )$/;
const DATELINE_AFTER = /^\s*(?:\(|-|\u2013|\u2014|:)/;
const REL_YEAR_G =
	/\b(?:(nam nay|this year|the current year|nam \d{4} nay)|(nam ngoai|nam truoc|last year|the previous year|the past year|(?<!nhung |nhieu |\d+ |cac )nam qua|(?<!nhung |nhieu |\d+ |cac )nam vua qua))\b/gi;
/** "so với năm 2021", "compared with 2023", "from 2018": the figure is for the year after. */
const BASELINE_YEAR_RE =
	/\b(?:so voi|compared (?:with|to)|from|over|than(?: in)?|against)\s+(?:(?:the )?(?:cung ky|same period(?: of| in)?|ca)\s+)?(?:nam\s+|in\s+|of\s+)?((?:19|20)\d\d)\b/i;
/** Growth stated against the same time a year earlier, with no year: the figure is for the current year. */
const SAME_PERIOD_RE =
	/\b(?:cung ky(?: nam (?:ngoai|truoc))?|year[- ]on[- ]year|y-o-y|yoy|same period (?:of |in )?(?:last|the previous) year|a year earlier|from a year ago)\b/i;

const GROWTH_AFTER_RE =
	/^(?:\s*(?:in|during|for|over) [^,;]{1,50},)?[^;]{0,40}?\b(tang|giam|up|down|an? (?:year-on-year |year on year |yearly |annual )?(?:increase|decrease|rise|drop|fall|surge|jump|decline|growth) of|rising|falling|increased|decreased|rose|fell|grew|growing)\s+(?:truong |manh |nhe |xap xi |khoang |gan |hon |tren |toi |den |len |them |by |nearly |about |almost |over |more than |some |around |roughly )*\s*(\d+(?:[.,]\d+)?)\s?(?:%|phan tram|percent|per cent)/i;
/** "a 34% increase compared to 2023", "mức tăng 12%": the change named after its figure. */
const GROWTH_NOUN_AFTER_RE =
	/^[^;]{0,40}?\b(?:an? |muc |voi muc )?(\d+(?:[.,]\d+)?)\s?(?:%|percent|per cent)\s+(increase|rise|growth|jump|gain|surge|decrease|drop|fall|decline|contraction)\b/i;
const GROWTH_BEFORE_G =
	/\b(tang|giam|rose|fell|grew|increased|decreased|dropped|declined|slipped|climbed|jumped|surged|soared|rising|growing|increasing|falling|dropping|declining|climbing|jumping|surging|soaring|up|down)\s+(?:truong |manh |nhe |by |khoang |hon |gan |toi |about |nearly |almost |over |more than |some |around |roughly )*(\d+(?:[.,]\d+)?)\s?(?:%|phan tram|percent|per cent)/gi;
const NEGATIVE_CHANGE =
	/^(?:giam|down|an? (?:year-on-year |year on year |yearly |annual )?(?:decrease|drop|fall|decline)|falling|dropping|declining|decreased|fell|dropped|declined|slipped)/i;

const WORD_NUM: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	hai: 2,
	ba: 3,
	bon: 4,
	nam: 5,
	sau: 6,
	bay: 7,
	tam: 8,
	chin: 9,
	muoi: 10,
	'muoi mot': 11
};
const MONTH_NAMES =
	'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	sept: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

function monthOf(word: string): number | null {
	return MONTHS[word.toLowerCase().slice(0, word.toLowerCase() === 'sept' ? 4 : 3)] ?? null;
}

function num(token: string): number | null {
	const n = /^\d+$/.test(token) ? +token : WORD_NUM[token.toLowerCase()];
	return n && n >= 1 && n <= 12 ? n : null;
}

function range(from: number, to: number): string | null {
	if (from < 1 || to > 12 || from > to) return null;
	return from === 1 && to === 12 ? 'full_year' : from === to ? `M${from}` : `M${from}-M${to}`;
}

const M = `(${MONTH_NAMES})\\b\\.?`;
const PERIOD_RULES: {
	re: RegExp;
	period: (m: RegExpExecArray, ctx: TradeContext) => string | null;
}[] = [
	// A single month: "riêng tháng 11", "trong tháng 5/2022", "in November alone", "In July, …".
	{
		re: /\b(?:rieng|trong|chi rieng)\s+thang\s+(\d{1,2})\b(?!\s*(?:-|den)\s*\d)/i,
		period: (m) => range(+m[1]!, +m[1]!)
	},
	{
		re: new RegExp(
			`\\b(?:in|during|for)\\s+(?:the month of\\s+)?${M}(?:\\s+(?:of\\s+)?(?:19|20)\\d\\d)?\\s+alone\\b`,
			'i'
		),
		period: (m) => range(monthOf(m[1]!)!, monthOf(m[1]!)!)
	},
	// Months from January: "9 tháng đầu năm", "9 tháng năm 2025", "first nine months", "tháng 1-10/2022".
	{
		re: /\b(\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi(?: mot)?)\s+thang\s+(?:dau\s+)?(?:nam|qua|vua qua|cua nam|dau|(?:19|20)\d\d|\/)/i,
		period: (m) => {
			const n = num(m[1]!);
			return n && n < 12 ? `M1-M${n}` : n === 12 ? 'full_year' : null;
		}
	},
	{
		re: /\b(?:first|past|last)\s+(\d{1,2}|\w+)\s+months\b/i,
		period: (m) => (num(m[1]!) ? range(1, num(m[1]!)!) : null)
	},
	// "in ten months of this year", "the eight-month figure", "in the 10-month period".
	{
		re: /\b(?:in|during|over)\s+(?:the\s+)?(\d{1,2}|\w+)\s+months\s+(?:of|this|so far)\b/i,
		period: (m) => (num(m[1]!) ? range(1, num(m[1]!)!) : null)
	},
	{
		re: /\b(\d{1,2}|\w+)-month\s+(?:figure|total|turnover|value|tally)\b/i,
		period: (m) => (num(m[1]!) ? range(1, num(m[1]!)!) : null)
	},
	{ re: /\b(?:nua dau nam|6 thang dau|first half|first six months|H1)\b/i, period: () => 'M1-M6' },
	{
		re: /\b(?:nua cuoi nam|nua sau nam|6 thang cuoi nam|second half|last six months of the year|H2)\b/i,
		period: () => 'M7-M12'
	},
	// "during the five-month period": the months named in the sentence before, counted from January.
	{
		re: /\b(?:the|this|that)\s+(\d{1,2}|\w+)[- ]month period\b/i,
		period: (m) => (num(m[1]!) ? range(1, num(m[1]!)!) : null)
	},
	{
		re: /\b(?:tu\s+)?thang\s+(\d{1,2})\s*(?:-|den|toi)\s*(?:het\s+)?(?:thang\s+)?(\d{1,2})\b/i,
		period: (m) => range(+m[1]!, +m[2]!)
	},
	{
		re: new RegExp(
			`\\b(?:from\\s+)?${M}\\s*(?:to|-|through|until|till)\\s*(?:the end of\\s+)?${M}`,
			'i'
		),
		period: (m) => range(monthOf(m[1]!)!, monthOf(m[2]!)!)
	},
	// Up to a month: "tính đến hết tháng 9", "đến cuối tháng 9", "by the end of September", "as of March",
	// "By October 2013, trade reached …" (a running total, not the year's).
	{
		re: /\b(?:tinh den|den het|den cuoi|tinh toi|toi het|het|cuoi)\s+thang\s+(\d{1,2})\b/i,
		period: (m) => range(1, +m[1]!)
	},
	{
		re: new RegExp(
			`\\b(?:by|as of|at|through|until|till|up to|to)\\s+(?:the\\s+)?end(?:\\s+of|-)\\s*${M}`,
			'i'
		),
		period: (m) => range(1, monthOf(m[1]!)!)
	},
	{
		re: new RegExp(`\\b(?:as of|through|until|up to|by)\\s+${M}`, 'i'),
		period: (m) => range(1, monthOf(m[1]!)!)
	},
	{ re: /\b(?:quy|quarter)\s+(I{1,3}|IV|[1-4])\b/i, period: (m) => quarter(m[1]!) },
	{ re: /\b(first|second|third|fourth)\s+quarter\b/i, period: (m) => quarter(m[1]!) },
	// Year to date: the months before the article's month.
	{
		re: /\b(?:tu dau nam(?: den nay| toi nay)?|since the (?:start|beginning) of (?:the|this) year|so far this year|year to date|year-to-date)\b/i,
		period: (_m, ctx) =>
			ctx.publishedMonth && ctx.publishedMonth > 1
				? range(1, ctx.publishedMonth - 1)
				: 'year_to_date'
	},
	// A month named on its own: "In June, two-way trade hit …", "tháng 5/2022 đạt …".
	{ re: /\bthang\s+(\d{1,2})\s*\/\s*(?:19|20)\d\d\b/i, period: (m) => range(+m[1]!, +m[1]!) },
	{
		re: new RegExp(`\\b(?:in|during)\\s+${M}(?:\\s+(?:19|20)\\d\\d)?(?!\\s*(?:-|to)\\s)`, 'i'),
		period: (m) => range(monthOf(m[1]!)!, monthOf(m[1]!)!)
	}
];

function quarter(token: string): string {
	const q =
		{ i: 1, ii: 2, iii: 3, iv: 4, first: 1, second: 2, third: 3, fourth: 4 }[token.toLowerCase()] ??
		+token;
	return `M${q * 3 - 2}-M${q * 3}`;
}

/** Months covered, as 'M1-M9' or 'M11', 'year_to_date' when the article's month is unknown, or 'full_year'. */
export function periodOf(
	text: string,
	ctx: TradeContext = { publishedYear: null, publishedMonth: null, contextYear: null }
): string {
	for (const rule of PERIOD_RULES) {
		const m = rule.re.exec(text);
		if (!m) continue;
		const p = rule.period(m, ctx);
		if (p) return p;
	}
	return 'full_year';
}

/** Replaces every match of `re` with spaces of the same length, so offsets stay put. */
function blank(text: string, re: RegExp): string {
	re.lastIndex = 0;
	return text.replace(re, (s) => ' '.repeat(s.length));
}

/** The figure right after "mục tiêu", "the target of": the target itself, even when it was beaten ("đã vượt mục tiêu 1,5 tỷ USD"). */
const TARGET_NAMED =
	/\b(?:muc tieu|chi tieu|ke hoach|moc|targets?|goals?|plan)(?:\s+(?:set|of|la|de ra|dat ra|muc))?\s+(?:(?:khoang|about|around|nearly|hon|gan|tren|over)\s+)?$/i;

/** "was estimated to reach X": an estimate of a result, not a goal (a forecast when the year is still young; see below). */
const ESTIMATED_TO_G =
	/\b(?:is|was|were|are|been|be)\s+estimated\s+(?:to\s+(?:reach|hit|total|stand at|be)|at)\b/gi;

function isGoal(before: string): boolean {
	if (TARGET_NAMED.test(before.slice(-40))) return true;
	const b = blank(blank(blank(before.slice(-100), ACHIEVED_G), CHANGE_TO_G), ESTIMATED_TO_G);
	return GOAL_RE.test(b);
}

function explicitYear(before: string, after: string): number | null {
	let year: number | null = null;
	YEAR_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = YEAR_RE.exec(before)) !== null) {
		// "Hanoi, January 12, 2023 (VNA) –": the dateline's year is when the story was filed.
		if (
			!m[1] &&
			DATELINE_BEFORE.test(before.slice(Math.max(0, m.index - 16), m.index)) &&
			DATELINE_AFTER.test(before.slice(m.index + 4, m.index + 12))
		)
			continue;
		if (
			BASELINE_RE.test(
				before.slice(Math.max(0, m.index - 32), m.index + (m[1] ? m[0].length - 4 : 0))
			)
		)
			continue;
		year = +(m[1] ?? m[2])!;
	}
	if (year !== null) return year;
	const a =
		/^[^;]{0,30}?\b(?:in|nam|of|for)\s+((?:19|20)\d\d)\b/i.exec(after) ??
		/^\s*\/\s*((?:19|20)\d\d)\b/.exec(after);
	if (a && !BASELINE_RE.test(after.slice(0, a.index + a[0].length - 4))) return +a[1]!;
	return null;
}

function relativeYear(text: string, publishedYear: number | null): number | null {
	if (publishedYear === null) return null;
	REL_YEAR_G.lastIndex = 0;
	let found: number | null = null;
	for (let m = REL_YEAR_G.exec(text); m; m = REL_YEAR_G.exec(text)) {
		// "so với cùng kỳ năm ngoái", "up 8% from last year": the baseline, not the figure's year.
		if (BASELINE_RE.test(text.slice(Math.max(0, m.index - 32), m.index))) continue;
		// "up 8% on last year's same period", "cùng kỳ năm ngoái", "the same period last year".
		if (
			SAME_PERIOD_AROUND_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index)) ||
			SAME_PERIOD_AROUND_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
		)
			continue;
		found = m[1] ? publishedYear : publishedYear - 1;
	}
	return found;
}

const SAME_PERIOD_AROUND_BEFORE = /\b(?:cung ky|same period(?: of| in)?|on|over|against)\s+$/i;
const SAME_PERIOD_AROUND_AFTER = /^(?:['\u2019]s?)\s+(?:same period|level|figure)\b/i;

/** The year a figure covers, from its surroundings (see the module comment for the order). */
function yearOf(before: string, after: string, period: string, ctx: TradeContext): number | null {
	const part = period !== 'full_year';
	const near = after.slice(0, 80);
	const explicit = explicitYear(before, after);
	if (explicit !== null) return explicit;
	const rel = relativeYear(`${before.slice(-120)} ${near}`, ctx.publishedYear);
	if (rel !== null) return rel;
	const base = BASELINE_YEAR_RE.exec(`${before.slice(-120)} ${near}`);
	if (base) return +base[1]! + 1;
	if (
		ctx.publishedYear !== null &&
		(part || SAME_PERIOD_RE.test(`${before.slice(-120)} ${near}`))
	) {
		// "In December alone …" in a February article, "11 tháng đầu năm" in January: last year's months.
		const endMonth = /M(\d+)$/.exec(period);
		return endMonth && ctx.publishedMonth !== null && +endMonth[1]! > ctx.publishedMonth
			? ctx.publishedYear - 1
			: ctx.publishedYear;
	}
	return (
		ctx.contextYear ??
		(ctx.publishedYear === null && (part || THIS_YEAR.test(`${before.slice(-120)} ${near}`))
			? (ctx.guessYear?.() ?? null)
			: null)
	);
}

const THIS_YEAR =
	/\b(?:nam nay|this year|the current year|so far this year|year to date|tu dau nam)\b/i;
const PLAN_CUE =
	/\b(?:se|sap|du kien|chuan bi|ke hoach|phan dau|muc tieu|will|plans?|planned|upcoming|expected|scheduled|aims?|target)\b/i;
const TARGET_BEFORE =
	/\b(?:den|toi|truoc|by|until|before|through)\s+(?:het\s+|cuoi\s+|the end of\s+)?(?:nam\s+)?$/i;

/**
 * For an article without a date: the latest year it names that is not a baseline, a range or a
 * deadline ("đến năm 2030", "by 2025"). A figure "this year" or for some months with no year of its
 * own and none named before it takes this year: news names the year it is written in, or earlier.
 */
export function articleYearGuess(text: string): number | null {
	let best: number | null = null;
	const re = /\b(?:19|20)\d\d\b/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const y = +m[0];
		const head = text.slice(Math.max(0, m.index - 32), m.index);
		// The end of a period ("2016-2020") is a plan; its start is when the article can be at the earliest.
		if (/\d\s*-\s*$/.test(head)) continue;
		const range = /^\s*-\s*(?:19|20)\d\d/.test(text.slice(m.index + 4, m.index + 11));
		if (BASELINE_RE.test(head) || TARGET_BEFORE.test(head)) continue;
		// "sẽ tổ chức … trong năm 2017", "will open in 2025": a plan, not the article's time.
		const sentenceStart = Math.max(
			text.lastIndexOf('. ', m.index),
			text.lastIndexOf('\n', m.index),
			0
		);
		if (!range && PLAN_CUE.test(text.slice(sentenceStart, m.index))) continue;
		if (best === null || y > best) best = y;
	}
	return best;
}

/** Whether `text` (folded) mentions bilateral trade at all: blocks that do not are skipped whole. */
export function mentionsTrade(text: string): boolean {
	return TRADE_RE.test(text);
}

/** A sentence about the figure just reported: "The eight-month figure was …", "the figure has surged …". */
const ANAPHOR =
	/^(?:[^,;]{0,40},\s*)?(?:(?:the|this|that)\s+(?:[\w-]+\s+)?(?:figure|turnover|tally)|con so (?:nay|do|tren)|kim ngach nay)\b/i;

/** A year that opens the stretch after a figure: it belongs to that figure. */
const PREVIOUS_YEAR = /^[\s,]*(?:(?:in|nam|of|for|trong|vao)\s+)?(?:19|20)\d\d\b/i;
/** The same, with the connector after it, left out of the next figure's quote ("năm 2021 lên 1,7 tỷ USD" → "1,7 tỷ USD"). */
const PREVIOUS_YEAR_QUOTE =
	/^[\s,]*(?:(?:in|nam|of|for|trong|vao)\s+)?(?:19|20)\d\d\b[\s,]*(?:(?:and|va|to|len|den|toi)\s+)?/i;
/** "US$1.5 billion a year", "1 tỷ USD mỗi năm": a yearly level, not one year's figure. */
const PER_YEAR_AFTER =
	/^\s*(?:(?:a|per|each|every) year|annually|a year on average|moi nam|hang nam|\/\s*nam)\b/i;
/** The figure in brackets after a baseline: "tăng 60% so với tháng 11/2022 (132 triệu USD)". */
const BASELINE_VALUE =
	/\b(?:so voi|compared (?:with|to)|from|than|against|over)\b[^;()]{0,40}\(\s*(?:khoang |about |around |gan |hon |nearly )?$/i;
/** A new subject after a figure: its period words are not the figure's. */
const NEW_SUBJECT =
	/[,;]\s+(?:(?:with|while|whereas|and)\s+(?:the |its |their )?(?:value|figure|turnover|trade|exports?|imports?)\b|(?:of which|in which|trong khi|trong do|con)\b)/i;

function lastIndex(re: RegExp, text: string): number {
	re.lastIndex = 0;
	let at = -1;
	for (let m = re.exec(text); m; m = re.exec(text)) at = m.index;
	return at;
}

/** A figure whose nearest subject before it is exports, a surplus or investment, not two-way trade. */
function otherSubject(clauseBefore: string): boolean {
	return lastIndex(OTHER_SUBJECT_G, clauseBefore) > lastIndex(TRADE_G, clauseBefore);
}

/** The figure is Laos' (or Vietnam's) trade with someone else, or with the world. */
function thirdParty(window: string): boolean {
	return THIRD_PARTY.test(window) && !BOTH_PARTIES.test(window.replace(THIRD_PARTY, ' '));
}

/**
 * The country pair a passage is about, for a figure whose sentence does not name both Vietnam and
 * Laos ("Năm ngoái, kim ngạch thương mại song phương đạt …", "Two-way trade stood at …"): when the
 * sentence and the two before it name another country (or its capital) and not both of ours, the
 * "bilateral" trade is that pair's (China–Laos, Vietnam–Cambodia). Folded text, case-sensitive.
 */
const PAIR_THIRD =
	/\b(?:Thai Lan|Thailand|Bangkok|Trung Quoc|China|Chinese|Bac Kinh|Beijing|Con Minh|Kunming|Campuchia|Cam-pu-chia|Cambodia|Cambodian|Phnom Penh|Phnompenh|Myanmar|Nhat Ban|Japan|Han Quoc|Korea|Hoa Ky|nuoc My|United States|Washington|Singapore|Malaysia|Indonesia|Philippines|An Do|India|Lien bang Nga|Russia|Australia)\b/;
const PAIR_VN = /\b(?:Viet Nam|Vietnam|Vietnamese|Viet|Ha Noi|Hanoi)\b/;
const PAIR_LAO = /\b(?:Lao|Laos|Vientiane|Vieng Chan)\b/;

function otherPair(sentence: string, ctx: TradeContext): boolean {
	if (PAIR_VN.test(sentence) && PAIR_LAO.test(sentence)) return false;
	const text = [...(ctx.recent ?? []), sentence].join(' ');
	if (!PAIR_THIRD.test(text) || (PAIR_VN.test(text) && PAIR_LAO.test(text))) return false;
	// "Lào là đối tác lớn thứ ba, sau Thái Lan và Trung Quốc. Kim ngạch hai nước …" in an article about
	// Vietnam and Laos: the article so far names each of ours more often than any other country.
	const article = [...(ctx.seen ?? []), sentence].join(' ');
	const ours = Math.min(count(PAIR_VN, article), count(PAIR_LAO, article));
	return ours <= Math.max(0, ...THIRD_COUNTRIES.map((re) => count(re, article)));
}

const THIRD_COUNTRIES = [
	/\b(?:Thai Lan|Thailand|Thai|Bangkok)\b/g,
	/\b(?:Trung Quoc|China|Chinese|Bac Kinh|Beijing|Con Minh|Kunming)\b/g,
	/\b(?:Campuchia|Cam-pu-chia|Cambodia|Cambodian|Phnom Penh|Phnompenh)\b/g,
	/\b(?:Nhat Ban|Japan|Japanese)\b/g,
	/\b(?:Han Quoc|Korea|Korean)\b/g,
	/\b(?:Hoa Ky|nuoc My|United States|Washington|American)\b/g,
	/\b(?:Myanmar|Singapore|Malaysia|Indonesia|Philippines|An Do|India|Lien bang Nga|Russia|Australia)\b/g
];

function count(re: RegExp, text: string): number {
	const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
	g.lastIndex = 0;
	let n = 0;
	while (g.exec(text)) n++;
	return n;
}

/**
 * A year's figure in a look-back that names the trade only as "kim ngạch" ("Năm 2013, kim ngạch đạt …")
 * or not at all ("năm 2014 đạt 1,28 tỷ USD"): read as two-way trade when the sentence before was about it.
 */
const CONTINUED =
	/\bkim ngach\b(?! (?:xuat|nhap|dau tu|von|vien tro|ngan sach))|(?:^|[,;:]\s*)(?:(?:trong|den|sang|vao|rieng|con) )?nam (?:19|20)\d\d,?\s+(?:(?:chi|cung|da|moi|tiep tuc) )?(?:dat|tang len|giam xuong|len toi|len den|la)\b/i;

/** Whether a sentence without a trade word of its own carries on the two-way trade the sentence before named. */
export function continuesTrade(ctx: TradeContext, sentence: string): boolean {
	return ctx.tradeTopic === true && CONTINUED.test(sentence);
}

/**
 * Whether a sentence leaves two-way trade between the pair as the topic: it names that trade (or carries it
 * on), its last subject is still the trade (not exports alone, investment …), and no other pair or third
 * country's trade is in play.
 */
function keepsTradeTopic(ctx: TradeContext, s: string): boolean {
	if (!TRADE_RE.test(s) && !continuesTrade(ctx, s)) return false;
	return !otherSubject(s) && !thirdParty(s) && !otherPair(s, ctx);
}

/** Remembers a sentence (folded) as context for the trade figures after it. */
export function noteSentence(ctx: TradeContext, sentence: string): void {
	const s = sentence.slice(0, 600);
	ctx.tradeTopic = keepsTradeTopic(ctx, s);
	ctx.recent = [...(ctx.recent ?? []), s].slice(-2);
	(ctx.seen ??= []).push(s);
}

/** The years a figure's window names that are not its own: "trong giai đoạn 2018-2021". */
function multiYear(window: string): boolean {
	return MULTI_YEAR.test(window);
}

/** "Từ năm 2022 đến 9/2025, tổng kim ngạch … đạt …", "from 2021 to 2024": a total over two or more years. */
const SPAN_OF_YEARS =
	/\b(?:tu|from) (?:nam |(?:thang )?\d{1,2}\/)?((?:19|20)\d\d) (?:den|toi|to|until|through)\b[^.;]{0,20}?\b((?:19|20)\d\d)\b/i;

function spansYears(before: string): boolean {
	const m = SPAN_OF_YEARS.exec(before);
	return m !== null && m[1] !== m[2];
}

function growthBefore(before: string, style: NumberStyle): { sign: string; value: string } | null {
	const b = before.slice(-140);
	let last: RegExpExecArray | null = null;
	GROWTH_BEFORE_G.lastIndex = 0;
	for (let m = GROWTH_BEFORE_G.exec(b); m; m = GROWTH_BEFORE_G.exec(b)) last = m;
	if (!last) return null;
	// Another subject between the change and the figure means the change was someone else's.
	if (lastIndex(OTHER_SUBJECT_G, b.slice(last.index + last[0].length)) !== -1) return null;
	return { sign: last[1]!, value: parseNumber(last[2]!, style) };
}

/**
 * Observations in one sentence of folded text. `clauses` are the sentence's `;` clauses
 * (offsets in `text`); a clause without a trade word inherits it from the sentence.
 */
export function findTradeInSentence(
	text: string,
	clauses: { start: number; end: number }[],
	style: NumberStyle,
	context: TradeContext | number | null
): TradeHit[] {
	const ctx: TradeContext =
		typeof context === 'object' && context !== null
			? context
			: { publishedYear: context, publishedMonth: null, contextYear: null };
	// "The eight-month figure was …", "Con số này …": the sentence before named the trade.
	if (
		!TRADE_RE.test(text) &&
		!(ANAPHOR.test(text) && TRADE_RE.test(ctx.recent?.at(-1) ?? '')) &&
		!continuesTrade(ctx, text)
	)
		return [];
	const out: TradeHit[] = [];
	let lastYear: number | null = null;
	for (const clause of clauses) {
		const ct = text.slice(clause.start, clause.end);
		if (/\bkim ngach (?:xuat|nhap) khau\b(?! va)/i.test(ct) && !TRADE_RE.test(ct)) continue;
		const amounts = findAmounts(ct, style).filter((a) => a.unit === 'USD');
		let windowStart = 0;
		for (let i = 0; i < amounts.length; i++) {
			const a = amounts[i]!;
			const next = amounts[i + 1]?.start ?? ct.length;
			// The year right after the previous figure is that figure's ("from US$1 billion in 2020 to …").
			const before =
				windowStart > 0
					? blank(ct.slice(windowStart, a.start), PREVIOUS_YEAR)
					: ct.slice(windowStart, a.start);
			const after = ct.slice(a.end, next);
			const near = `${ct.slice(Math.max(0, a.start - 150), a.start)} ${after.slice(0, 60)}`;
			const skip =
				isGoal(before) ||
				otherSubject(ct.slice(0, a.start)) ||
				thirdParty(near) ||
				multiYear(`${before.slice(-60)} ${after.slice(0, 30)}`) ||
				spansYears(before) ||
				BASELINE_VALUE.test(ct.slice(Math.max(0, a.start - 60), a.start)) ||
				PER_YEAR_AFTER.test(after) ||
				otherPair(text, ctx);
			if (skip) {
				windowStart = a.end;
				continue;
			}
			// The period and year after the figure end where another subject begins (", with the value in …").
			const cut = NEW_SUBJECT.exec(after);
			const ownAfter = cut ? after.slice(0, cut.index) : after;
			const periodText = `${before.slice(-120)}${ct.slice(a.start, a.end)}${ownAfter.slice(0, 80)}`;
			const period = periodOf(periodText, ctx);
			const year: number | null =
				yearOf(before, ownAfter, period, ctx) ?? (windowStart === 0 ? lastYear : null);
			// "is estimated to reach X this year" in a month before October is a forecast of the year.
			ESTIMATED_TO_G.lastIndex = 0;
			const early =
				ctx.publishedMonth !== null && ctx.publishedMonth <= 9 && period === 'full_year';
			const future =
				FUTURE_RE.test(before.slice(-100)) ||
				(early && ESTIMATED_TO_G.test(before.slice(-60)) && year === ctx.publishedYear);
			// A year after the article's, or a figure said in the future tense, is a forecast.
			if (
				year === null ||
				(ctx.publishedYear !== null && year > ctx.publishedYear) ||
				(future && (ctx.publishedYear === null || year >= ctx.publishedYear))
			) {
				windowStart = a.end;
				continue;
			}
			lastYear = year;
			const g = GROWTH_AFTER_RE.exec(after);
			// "fell 8.5 percent year on year to US$560 million": the change can come before the figure.
			const gb = g || GROWTH_NOUN_AFTER_RE.test(after) ? null : growthBefore(before, style);
			let growth: number | null = null;
			const gn = g ? null : GROWTH_NOUN_AFTER_RE.exec(after);
			if (g) growth = (NEGATIVE_CHANGE.test(g[1]!) ? -1 : 1) * Number(parseNumber(g[2]!, style));
			else if (gn)
				growth =
					(/^(?:decrease|drop|fall|decline|contraction)/i.test(gn[2]!) ? -1 : 1) *
					Number(parseNumber(gn[1]!, style));
			else if (gb) growth = (NEGATIVE_CHANGE.test(gb.sign) ? -1 : 1) * Number(gb.value);
			const gAfter = g ?? gn;
			const end =
				amounts.length === 1
					? ct.length
					: gAfter
						? a.end + gAfter.index + gAfter[0].length
						: a.end + (PREVIOUS_YEAR.exec(after)?.[0].length ?? 0);
			out.push({
				year,
				value_usd: a.value,
				period,
				is_estimate:
					ESTIMATE_RE.test(before.slice(-60)) ||
					(future && ctx.publishedYear !== null && year < ctx.publishedYear),
				growth_pct: growth,
				start:
					clause.start +
					windowStart +
					(windowStart > 0
						? (PREVIOUS_YEAR_QUOTE.exec(ct.slice(windowStart, a.start))?.[0].length ?? 0)
						: 0),
				end: clause.start + end
			});
			windowStart = end;
		}
	}
	return out;
}

const NAMED_YEAR_G = /\b(?:19|20)\d\d\b/g;

/**
 * The last year named in `text[start, end)` that is not a baseline ("so với năm 2021") or after
 * the article's year: what a later "9 tháng đầu năm" with no year of its own most likely means.
 */
export function lastYearNamed(
	text: string,
	start: number,
	end: number,
	publishedYear: number | null
): number | null {
	NAMED_YEAR_G.lastIndex = start;
	let found: number | null = null;
	for (let m = NAMED_YEAR_G.exec(text); m && m.index < end; m = NAMED_YEAR_G.exec(text)) {
		const y = +m[0];
		if (publishedYear !== null && y > publishedYear) continue;
		if (
			/\d\s*-\s*$/.test(text.slice(Math.max(start, m.index - 3), m.index)) ||
			/^\s*-\s*(?:19|20)\d\d/.test(text.slice(m.index + 4, m.index + 11))
		)
			continue;
		if (BASELINE_RE.test(text.slice(Math.max(start, m.index - 32), m.index))) continue;
		found = y;
	}
	return found;
}
