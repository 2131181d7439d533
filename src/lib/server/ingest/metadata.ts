import { foldLower } from '../extract/fold';
import type { Language } from './types';
import { today } from '../../as-of';

/** ` date 2026-01-26 Some headline` — the header our scrapers put on line one. */
const HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]*/;

export interface Header {
	date: string | null;
	/** Offsets of the title text after the date, within the first line (may be empty). */
	titleStart: number;
	titleEnd: number;
	/** Offset just past the first line, where the body begins. */
	bodyStart: number;
}

export function readHeader(raw: string): Header | null {
	const match = HEADER.exec(raw);
	if (!match) return null;
	const lineEnd = raw.indexOf('\n');
	const firstLineEnd = lineEnd === -1 ? raw.length : lineEnd;
	const titleText = raw.slice(match[0].length, firstLineEnd);
	const titleStart = match[0].length;
	return {
		date: isoDate(Number(match[1]), Number(match[2]), Number(match[3])),
		titleStart,
		titleEnd: titleStart + titleText.trimEnd().length,
		bodyStart: firstLineEnd
	};
}

export function isoDate(year: number, month: number, day: number): string | null {
	if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return null;
	return date.toISOString().slice(0, 10);
}

const EN_MONTHS = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];
const EN_MONTH = EN_MONTHS.map((m) => `${m}|${m.slice(0, 3)}`).join('|');

const NUMERIC_DATE = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d{2})\b/g;
const VI_LONG_DATE = /\bngay (\d{1,2}) thang (\d{1,2}) nam ((?:19|20)\d{2})\b/g;
const EN_MONTH_FIRST = new RegExp(`\\b(${EN_MONTH})\\.? (\\d{1,2}),? ((?:19|20)\\d{2})\\b`, 'g');
const EN_DAY_FIRST = new RegExp(`\\b(\\d{1,2}) (${EN_MONTH})\\.?,? ((?:19|20)\\d{2})\\b`, 'g');
/** A date followed by a clock time, or after a weekday: how datelines look. */
const DATELINE =
	/(\b(thu (hai|ba|tu|nam|sau|bay)|chu nhat|monday|tuesday|wednesday|thursday|friday|saturday|sunday),? *$)|(^ *,?\s*\d{1,2}:\d{2})/;

function monthIndex(name: string): number {
	return EN_MONTHS.findIndex((m) => name.startsWith(m.slice(0, 3))) + 1;
}

interface FoundDate {
	iso: string;
	dateline: boolean;
}

function datesIn(folded: string): FoundDate[] {
	const found: FoundDate[] = [];
	const push = (iso: string | null, index: number, length: number) => {
		if (!iso) return;
		const before = folded.slice(Math.max(0, index - 20), index);
		const after = folded.slice(index + length, index + length + 8);
		found.push({ iso, dateline: DATELINE.test(before) || DATELINE.test(after) });
	};
	for (const m of folded.matchAll(NUMERIC_DATE))
		push(isoDate(+m[3]!, +m[2]!, +m[1]!), m.index, m[0].length);
	for (const m of folded.matchAll(VI_LONG_DATE))
		push(isoDate(+m[3]!, +m[2]!, +m[1]!), m.index, m[0].length);
	for (const m of folded.matchAll(EN_MONTH_FIRST))
		push(isoDate(+m[3]!, monthIndex(m[1]!), +m[2]!), m.index, m[0].length);
	for (const m of folded.matchAll(EN_DAY_FIRST))
		push(isoDate(+m[3]!, monthIndex(m[2]!), +m[1]!), m.index, m[0].length);
	return found;
}

/**
 * The publication date as far as the body text tells it. A dateline (a date beside a weekday
 * or a clock time) wins; otherwise the latest full date the story mentions, since a story is
 * rarely published before the last event it reports. Day-and-month without a year is not
 * enough: we would be guessing the year. A date after `notAfter` (today) is a planned event or
 * a deadline ("khởi công ngày 15/3/2030"), never the day the story came out.
 */
export function dateFromText(text: string, notAfter: string = today()): string | null {
	const found = datesIn(foldLower(text)).filter((d) => d.iso <= notAfter);
	const dateline = found.find((d) => d.dateline);
	if (dateline) return dateline.iso;
	return found.reduce<string | null>(
		(latest, d) => (latest === null || d.iso > latest ? d.iso : latest),
		null
	);
}

const VI_FUNCTION_WORDS =
	/\b(va|cua|cac|nhung|duoc|voi|trong|cho|nay|hai|nuoc|mot|nhu|khong|da|se)\b/g;
const EN_FUNCTION_WORDS = /\b(the|and|of|to|in|is|was|will|for|with|that|on|by|has|have)\b/g;

/** Vietnamese is told by its diacritics first, and by its function words when they are missing. */
export function detectLanguage(text: string): Language {
	const sample = text.slice(0, 20_000);
	const letters = sample.match(/\p{L}/gu)?.length ?? 0;
	const vietnameseMarks =
		sample.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0;
	if (letters > 0 && vietnameseMarks / letters > 0.02) return 'vi';
	const folded = foldLower(sample);
	const vi = folded.match(VI_FUNCTION_WORDS)?.length ?? 0;
	const en = folded.match(EN_FUNCTION_WORDS)?.length ?? 0;
	return vi > en ? 'vi' : 'en';
}
