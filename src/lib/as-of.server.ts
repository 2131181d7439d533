import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { todayUtc, type AsOf } from './as-of';

const IsoDate = z.iso.date();

export function readAsOf(url: URL): AsOf {
	const raw = url.searchParams.get('as_of');
	if (raw === null || raw === '') return { asOf: todayUtc(), explicit: false };
	const parsed = IsoDate.safeParse(raw);
	if (!parsed.success) error(400, 'as_of must be a date written YYYY-MM-DD');
	return { asOf: parsed.data, explicit: true };
}
