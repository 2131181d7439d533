import { error, redirect } from '@sveltejs/kit';
import { today, type AsOf } from './as-of';
import { AS_OF_FORMAT, AS_OF_RANGE, AsOfDay } from './schemas/as-of';
import { dayFromInput } from './day-input';

export function readAsOf(url: URL): AsOf {
	const raw = url.searchParams.get('as_of');
	if (raw === null || raw === '') return { asOf: today(), explicit: false };
	// Typed as a Vietnamese reader writes a day (the date bar shows 31/12/2025): the same page at
	// the address's own form, so links and the cache see one URL per day.
	const iso = dayFromInput(raw);
	if (iso !== raw) {
		const to = new URL(url);
		to.searchParams.set('as_of', iso);
		redirect(303, `${to.pathname}${to.search}`);
	}
	const parsed = AsOfDay.safeParse(raw);
	// A page says a date off the calendar is not written YYYY-MM-DD, as it always has.
	if (!parsed.success)
		error(400, parsed.error.issues[0]?.message === AS_OF_RANGE ? AS_OF_RANGE : AS_OF_FORMAT);
	return { asOf: parsed.data, explicit: true };
}
