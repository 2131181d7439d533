/** The "as of" date every page takes: `?as_of=YYYY-MM-DD`, today (UTC) when absent. */
import { error } from '@sveltejs/kit';
import { z } from 'zod';

const IsoDate = z.iso.date();

export function todayUtc(): string {
	return new Date().toISOString().slice(0, 10);
}

export interface AsOf {
	asOf: string;
	/** True when the reader picked the date, so links keep carrying it. */
	explicit: boolean;
}

export function readAsOf(url: URL): AsOf {
	const raw = url.searchParams.get('as_of');
	if (raw === null || raw === '') return { asOf: todayUtc(), explicit: false };
	const parsed = IsoDate.safeParse(raw);
	if (!parsed.success) error(400, 'as_of must be a date written YYYY-MM-DD');
	return { asOf: parsed.data, explicit: true };
}

/** `path` with the reader's chosen as_of kept, so moving around does not reset the date. */
export function withAsOf(path: string, asOf: AsOf | string | null): string {
	const value = typeof asOf === 'string' ? asOf : asOf?.explicit ? asOf.asOf : null;
	if (!value) return path;
	const [base, hash] = path.split('#');
	const joiner = base!.includes('?') ? '&' : '?';
	return `${base}${joiner}as_of=${value}${hash !== undefined ? `#${hash}` : ''}`;
}
