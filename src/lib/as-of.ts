/**
 * The "as of" date every page takes: `?as_of=YYYY-MM-DD`, today (UTC) when absent.
 * Parsing lives in as-of.server.ts, so the browser never loads the validator.
 */
export interface AsOf {
	asOf: string;
	/** True when the reader picked the date, so links keep carrying it. */
	explicit: boolean;
}

export function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

/** `path` with the reader's chosen as_of kept, so moving around does not reset the date. */
export function withAsOf(path: string, asOf: AsOf | string | null): string {
	const value = typeof asOf === 'string' ? asOf : asOf?.explicit ? asOf.asOf : null;
	if (!value) return path;
	const [base, hash] = path.split('#');
	const joiner = base!.includes('?') ? '&' : '?';
	return `${base}${joiner}as_of=${value}${hash !== undefined ? `#${hash}` : ''}`;
}
