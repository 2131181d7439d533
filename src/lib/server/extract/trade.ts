/**
 * Bilateral trade observations: a turnover figure in US dollars, the year it covers, whether it
 * covers the full year or only some months, whether it is an estimate, and the growth given.
 * Only two-way trade counts: export-only figures and investment capital are skipped, and so are
 * targets ("phấn đấu đạt 5 tỷ USD") and thresholds ("vượt mốc 2 tỷ USD").
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

const TRADE_RE =
	/\b(?:kim ngach (?:thuong mai|xuat nhap khau|hai chieu|song phuong|buon ban)|thuong mai (?:song phuong|hai chieu|giua hai nuoc)|kim ngach giua hai nuoc|two-way trade|bilateral trade|trade turnover|trade (?:volume|value|between|with (?:Vietnam|Viet Nam|Laos))|total trade|(?:Vietnam|Viet Nam|Laos|Lao)\s*-\s*(?:Vietnam|Viet Nam|Laos|Lao) trade|thuong mai (?:Viet Nam|Lao)\s*-\s*(?:Viet Nam|Lao)|buon ban (?:hai chieu|song phuong|giua hai nuoc|giua Viet Nam va Lao|giua Lao va Viet Nam)|trao doi thuong mai|thuong mai giua (?:Viet Nam va Lao|Lao va Viet Nam))\b/i;
const NOT_TRADE_RE = /\b(?:von (?:dau tu|dang ky)|tong von|investment capital|registered capital|FDI)\b/i;
const GOAL_RE =
	/(?:muc tieu|phan dau|huong toi|tien toi|vuot moc|vuot|moc|target|aim|goal|surpass|exceed|to reach|would reach|will reach|nang (?:len|kim ngach)|dua kim ngach|\b(?:dua|nang|day)\b[^;]{0,60}\blen|\b(?:raise|raising|boost|boosting|push|pushing|lift|lifting|increase|increasing|bring|bringing|double|doubling|take|taking)\b[^;]{0,60}\bto)[^;]{0,80}$/i;
/** Said about the future: "will", "hope", "sẽ", "kỳ vọng" — not an observed figure for this or a later year. */
const FUTURE_RE = /(?:\b(?:will|would|shall|hopes?|hoped|forecasts?|forecasted|likely|could|may|might|ky vong|hy vong|mong muon|du bao|co the)\b|(?<!chia )\bse\b)[^;]{0,80}$/i;
const ESTIMATE_RE = /\b(?:uoc (?:dat|tinh|khoang)?|uoc\b|du kien|estimated?|expected|projected|preliminary)/i;
const YEAR_RE = /\b(?:(?:nam|in|of|during|for)\s+((?:19|20)\d\d)|((?:19|20)\d\d)\b)/gi;
const BASELINE_RE = /(?:so voi|compared (?:with|to)|from|than|over)\s+(?:cung ky\s+)?(?:nam\s+|in\s+)?$/i;
const DATELINE_BEFORE = /(?:\d{1,2}\/\d{1,2}\/|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? )$/;
const DATELINE_AFTER = /^\s*(?:\(|-|\u2013|\u2014|:)/;
const REL_YEAR_RE = /\b(?:nam nay|this year|nam ngoai|nam truoc|last year)\b/i;
const GROWTH_RE =
	/^[^;]{0,40}?\b(tang|giam|up|down|an increase of|a decrease of|a rise of|a drop of|rising|falling|increased|decreased|rose|fell)\s+(?:xap xi|khoang|gan|hon|tren|by|nearly|about|almost|over|more than|some|around)?\s*(\d+(?:[.,]\d+)?)\s?(?:%|phan tram|percent)/i;

const GROWTH_BEFORE_RE =
	/\b(tang|giam|rose|fell|grew|increased|decreased|dropped|declined|slipped|climbed|jumped|up|down)\s+(?:by\s+)?(\d+(?:[.,]\d+)?)\s?(?:%|phan tram|percent)(?:\s+(?:year on year|year-on-year|y-o-y|from a year earlier|so voi cung ky))?\s+(?:to|len|xuong|con)\s+$/i;

const WORD_NUM: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, hai: 2, ba: 3, bon: 4, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };
const MONTHS: Record<string, number> = { january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12 };

function num(token: string): number | null {
	const n = /^\d+$/.test(token) ? +token : WORD_NUM[token.toLowerCase()];
	return n && n >= 1 && n <= 12 ? n : null;
}

/** Months covered, as 'M1-M9', or 'full_year'. */
export function periodOf(text: string): string {
	let m = /\b(\d+|hai|ba|bon|sau|bay|tam|chin|muoi)\s+thang\s+(?:dau\s+)?nam\b/i.exec(text) ?? /\bfirst\s+(\d+|\w+)\s+months\b/i.exec(text);
	if (m) {
		const n = num(m[1]!);
		if (n && n < 12) return `M1-M${n}`;
	}
	if (/\b(?:nua dau nam|first half|H1)\b/i.test(text)) return 'M1-M6';
	m = /\b(?:quy|quarter)\s+(I{1,3}|IV|[1-4])\b/i.exec(text) ?? /\b(first|second|third|fourth)\s+quarter\b/i.exec(text);
	if (m) {
		const q = { i: 1, ii: 2, iii: 3, iv: 4, first: 1, second: 2, third: 3, fourth: 4 }[m[1]!.toLowerCase()] ?? +m[1]!;
		return `M${q * 3 - 2}-M${q * 3}`;
	}
	m = /\b(?:tu\s+)?thang\s+(\d{1,2})\s+(?:den|-)\s+(?:het\s+)?thang\s+(\d{1,2})\b/i.exec(text);
	if (m && +m[1]! <= +m[2]! && +m[2]! <= 12) return +m[1]! === 1 && +m[2]! === 12 ? 'full_year' : `M${+m[1]!}-M${+m[2]!}`;
	m = /\b(?:from\s+)?(january|february|march|april|may|june|july|august|september|october|november)\s+(?:to|-|through|until)\s+(january|february|march|april|may|june|july|august|september|october|november)\b/i.exec(text);
	if (m) return `M${MONTHS[m[1]!.toLowerCase()]}-M${MONTHS[m[2]!.toLowerCase()]}`;
	m = /\b(?:tinh den|den het|trong)\s+thang\s+(\d{1,2})\b/i.exec(text);
	if (m && +m[1]! < 12) return /\btrong\b/i.test(m[0]) ? `M${+m[1]!}-M${+m[1]!}` : `M1-M${+m[1]!}`;
	return 'full_year';
}

function yearOf(before: string, after: string, publishedYear: number | null): number | null {
	let year: number | null = null;
	YEAR_RE.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = YEAR_RE.exec(before)) !== null) {
		// "Hanoi, January 12, 2023 (VNA) –": the dateline's year is when the story was filed.
		if (!m[1] && DATELINE_BEFORE.test(before.slice(Math.max(0, m.index - 16), m.index)) && DATELINE_AFTER.test(before.slice(m.index + 4, m.index + 12))) continue;
		if (BASELINE_RE.test(before.slice(Math.max(0, m.index - 24), m.index + (m[1] ? m[0].length - 4 : 0)))) continue;
		year = +(m[1] ?? m[2])!;
	}
	if (year !== null) return year;
	const a = /^[^;]{0,30}?\b(?:in|nam|of)\s+((?:19|20)\d\d)\b/i.exec(after);
	if (a && !BASELINE_RE.test(after.slice(0, a.index + a[0].length - 4))) return +a[1]!;
	const rel = REL_YEAR_RE.exec(before + ' ' + after.slice(0, 40));
	if (rel && publishedYear !== null) return /nay|this/i.test(rel[0]) ? publishedYear : publishedYear - 1;
	return null;
}

/** Whether `text` (folded) mentions bilateral trade at all: blocks that do not are skipped whole. */
export function mentionsTrade(text: string): boolean {
	return TRADE_RE.test(text);
}

/**
 * Observations in one sentence of folded text. `clauses` are the sentence's `;` clauses
 * (offsets in `text`); a clause without a trade word inherits it from the sentence.
 */
export function findTradeInSentence(
	text: string,
	clauses: { start: number; end: number }[],
	style: NumberStyle,
	publishedYear: number | null
): TradeHit[] {
	if (!TRADE_RE.test(text)) return [];
	const out: TradeHit[] = [];
	let lastYear: number | null = null;
	for (const clause of clauses) {
		const ct = text.slice(clause.start, clause.end);
		if (NOT_TRADE_RE.test(ct) || /\bkim ngach (?:xuat|nhap) khau\b(?! va)/i.test(ct)) continue;
		const amounts = findAmounts(ct, style).filter((a) => a.unit === 'USD');
		let windowStart = 0;
		for (let i = 0; i < amounts.length; i++) {
			const a = amounts[i]!;
			const next = amounts[i + 1]?.start ?? ct.length;
			const before = ct.slice(windowStart, a.start);
			const after = ct.slice(a.end, next);
			if (GOAL_RE.test(before.slice(-100))) {
				windowStart = a.end;
				continue;
			}
			const year: number | null = yearOf(before, after, publishedYear) ?? (windowStart === 0 ? lastYear : null);
			// A year after the article's, or this year's figure said in the future tense, is a forecast.
			if (year === null || (publishedYear !== null && (year > publishedYear || (year === publishedYear && FUTURE_RE.test(before.slice(-100)))))) {
				windowStart = a.end;
				continue;
			}
			lastYear = year;
			const g = GROWTH_RE.exec(after);
			// "fell 8.5 percent year on year to US$560 million": the change can come before the figure.
			const gb = g ? null : GROWTH_BEFORE_RE.exec(before.slice(-90));
			let growth: number | null = null;
			const change = g ?? gb;
			if (change) {
				const v = Number(parseNumber(change[2]!, style));
				growth = /^(?:giam|down|a decrease|a drop|falling|decreased|fell|dropped|declined|slipped)/i.test(change[1]!) ? -v : v;
			}
			const end = amounts.length === 1 ? ct.length : g ? a.end + g.index + g[0].length : a.end;
			out.push({
				year,
				value_usd: a.value,
				// English often gives the months after the figure: "US$420 million in the first five months".
				period: periodOf(before + ct.slice(a.start, a.end) + after.slice(0, 80)),
				is_estimate: ESTIMATE_RE.test(before.slice(-40)),
				growth_pct: growth,
				start: clause.start + windowStart,
				end: clause.start + end
			});
			windowStart = end;
		}
	}
	return out;
}
