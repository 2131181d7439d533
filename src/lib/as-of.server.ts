import { error } from '@sveltejs/kit';
import { today, type AsOf } from './as-of';
import { AS_OF_FORMAT, AS_OF_RANGE, AsOfDay } from './schemas/as-of';

export function readAsOf(url: URL): AsOf {
	const raw = url.searchParams.get('as_of');
	if (raw === null || raw === '') return { asOf: today(), explicit: false };
	const parsed = AsOfDay.safeParse(raw);
	// A page says a date off the calendar is not written YYYY-MM-DD, as it always has.
	if (!parsed.success)
		error(400, parsed.error.issues[0]?.message === AS_OF_RANGE ? AS_OF_RANGE : AS_OF_FORMAT);
	return { asOf: parsed.data, explicit: true };
}
