import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { today, type AsOf } from './as-of';

const IsoDate = z.iso.date();

export function readAsOf(url: URL): AsOf {
	const raw = url.searchParams.get('as_of');
	if (raw === null || raw === '') return { asOf: today(), explicit: false };
	const parsed = IsoDate.safeParse(raw);
	if (!parsed.success) error(400, 'as_of must be a date written YYYY-MM-DD');
	// Our records start in the 20th century; a year 0 or 9999 is a probe, and PostgreSQL refuses some of them.
	if (parsed.data < '1900-01-01' || parsed.data > '2100-12-31')
		error(400, 'as_of must be between 1900-01-01 and 2100-12-31');
	return { asOf: parsed.data, explicit: true };
}
