/**
 * Locale-aware display of money, numbers, percentages and dates.
 * Money arrives as exact decimal strings and is scaled by moving the decimal point in the
 * string, then handed to Intl as a string, so no digit is ever lost to a float.
 */
import { TRACKER_TIME_ZONE } from './as-of';
import { scaleDecimal, shiftDecimalLeft } from './decimal';

export type UiLocale = 'vi' | 'en';

const INTL_LOCALE: Record<UiLocale, string> = { vi: 'vi-VN', en: 'en-GB' };

/** Scale words, largest first: 10^exponent → word per locale. */
const SCALES: { exponent: number; vi: string; en: string }[] = [
	{ exponent: 9, vi: 'tỷ', en: 'bn' },
	{ exponent: 6, vi: 'triệu', en: 'm' }
];

/** Number of digits before the decimal point, ignoring sign and leading zeros. */
function integerDigits(value: string): number {
	const whole = value.replace(/^-/, '').split('.')[0]!.replace(/^0+/, '');
	return whole.length;
}

export function formatNumber(
	value: string | number,
	locale: UiLocale,
	maxFractionDigits = 2
): string {
	const input = typeof value === 'number' ? value : (value as Intl.StringNumericLiteral);
	return new Intl.NumberFormat(INTL_LOCALE[locale], {
		maximumFractionDigits: maxFractionDigits
	}).format(input);
}

/** "1640000000" → "1,64 tỷ" (vi) / "1.64 bn" (en); small amounts are written out in full. */
export function formatScaled(value: string, locale: UiLocale): string {
	const digits = integerDigits(value);
	for (const scale of SCALES) {
		if (digits > scale.exponent) {
			return `${formatNumber(shiftDecimalLeft(value, scale.exponent), locale)} ${scale[locale]}`;
		}
	}
	return formatNumber(value, locale);
}

export function formatUsd(value: string, locale: UiLocale): string {
	return `${formatScaled(value, locale)} USD`;
}

export function formatPct(value: number | string, locale: UiLocale): string {
	return `${formatNumber(value, locale, 1)}%`;
}

/** Growth with its sign, so a fall never reads as a rise: "+12,5%" / "−3.1%". */
export function formatGrowth(value: number, locale: UiLocale): string {
	const sign = value > 0 ? '+' : value < 0 ? '−' : '';
	return `${sign}${formatPct(Math.abs(value), locale)}`;
}

const UNIT_WORDS: Record<string, { vi: string; en: string }> = {
	scholarships: { vi: 'suất học bổng', en: 'scholarships' },
	tonnes: { vi: 'tấn', en: 'tonnes' },
	students: { vi: 'sinh viên', en: 'students' },
	projects: { vi: 'dự án', en: 'projects' }
};

/** A target as a reader says it: "10 tỷ USD", "8–10%", "1.200 MW", "1.000 suất học bổng". */
export function formatTarget(
	value: string | null,
	valueMax: string | null,
	unit: string | null,
	locale: UiLocale
): string | null {
	if (value === null) return null;
	const one = (v: string) => {
		if (unit === 'USD' || unit === 'VND') return formatScaled(v, locale);
		return formatNumber(v, locale);
	};
	const amount = valueMax && valueMax !== value ? `${one(value)}–${one(valueMax)}` : one(value);
	if (!unit) return amount;
	if (unit === '%') return `${amount}%`;
	if (unit === 'VND' && locale === 'vi') return `${amount} đồng`;
	const word = UNIT_WORDS[unit]?.[locale] ?? unit;
	return `${amount} ${word}`;
}

/** "2026-01-26" → "26/01/2026" / "26 Jan 2026". Dates are calendar days, read in UTC. */
export function formatDate(isoDate: string | null, locale: UiLocale): string {
	if (!isoDate) return '—';
	const date = new Date(isoDate.length === 10 ? `${isoDate}T00:00:00Z` : isoDate);
	if (Number.isNaN(date.getTime())) return isoDate;
	// Vietnamese readers write days as 26/01/2026; "26 tháng 1, 2026" is too long for a table cell.
	return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
		day: locale === 'vi' ? '2-digit' : 'numeric',
		month: locale === 'vi' ? '2-digit' : 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(date);
}

/**
 * A timestamp with its time of day, for "last updated": on the tracker's (Vietnamese) clock, the
 * calendar "as of" and every date beside it use, so an evening update is not shown on the day before.
 */
export function formatDateTime(iso: string | null, locale: UiLocale): string {
	if (!iso) return '—';
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return iso;
	return (
		new Intl.DateTimeFormat(INTL_LOCALE[locale], {
			dateStyle: 'medium',
			timeStyle: 'short',
			timeZone: TRACKER_TIME_ZONE
		}).format(date) + ' (UTC+7)'
	);
}

const WORD_EXPONENT: Record<string, number> = { million: 6, billion: 9, trillion: 12 };

/**
 * A title of ours worded in this locale's money style. The engine's English titles say
 * "Trade target: US$10 billion", while every English page writes amounts "10 bn USD": shown
 * side by side on one card, the two styles read as two amounts. Only "US$…" amounts change;
 * the rest of the title stays as written.
 */
export function titleAmounts(title: string, locale: UiLocale): string {
	return title.replace(
		/US\$(\d+(?:\.\d+)?)(?:[–-](\d+(?:\.\d+)?))?(?: (million|billion|trillion)\b)?/g,
		(whole, value: string, max: string | undefined, word: string | undefined) => {
			const exp = word ? WORD_EXPONENT[word]! : 0;
			const full = (v: string) => {
				const [i = '0', f = ''] = v.split('.');
				return scaleDecimal(i, f, exp);
			};
			return formatTarget(full(value), max ? full(max) : null, 'USD', locale) ?? whole;
		}
	);
}
