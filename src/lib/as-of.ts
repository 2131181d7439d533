/**
 * The "as of" date every page takes: `?as_of=YYYY-MM-DD`, the tracker's today when absent.
 * Parsing lives in as-of.server.ts, so the browser never loads the validator.
 */
export interface AsOf {
	asOf: string;
	/** True when the reader picked the date, so links keep carrying it. */
	explicit: boolean;
}

/**
 * The tracker's calendar is Vietnam's. Its articles are dated in Vietnamese time, so in UTC an
 * article published this evening in Hanoi would be "tomorrow" from 17:00 UTC on: hidden from the
 * default view and, with a mention after "today", pushing every page off the stats cache.
 */
export const TRACKER_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const trackerDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: TRACKER_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Today (YYYY-MM-DD) on the tracker's calendar, the default `as_of`. */
export function today(now: Date = new Date()): string {
	return trackerDay.format(now);
}

/** `path` with the reader's chosen as_of kept, so moving around does not reset the date. */
export function withAsOf(path: string, asOf: AsOf | string | null): string {
	const value = typeof asOf === 'string' ? asOf : asOf?.explicit ? asOf.asOf : null;
	if (!value) return path;
	const [base, hash] = path.split('#');
	const joiner = base!.includes('?') ? '&' : '?';
	return `${base}${joiner}as_of=${value}${hash !== undefined ? `#${hash}` : ''}`;
}
