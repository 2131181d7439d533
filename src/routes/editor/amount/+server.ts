import { json } from '@sveltejs/kit';
import { z } from 'zod';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { readAmount } from '$lib/server/editor/amounts';
import { formatNumber, formatScaled } from '$lib/format';
import { getLocale } from '$lib/paraglide/runtime';

const Query = z.object({ q: z.string().max(100) });

/**
 * How the item editor will read a typed target ("5 tỉ USD" → 5 000 000 000 USD), shown under the
 * field before saving. Reads nothing from the database; editors only, like the form it serves.
 */
export const GET: RequestHandler = ({ locals, url }) => {
	requireRole(locals, 'editor');
	const parsed = Query.safeParse({ q: url.searchParams.get('q') ?? '' });
	if (!parsed.success) return json({ ok: false });
	const locale = getLocale();
	const read = readAmount(parsed.data.q, locale);
	if (!read) return json({ ok: false });
	const value = (v: string) =>
		`${formatNumber(v, locale, 6)}${formatScaled(v, locale) !== formatNumber(v, locale) ? ` (${formatScaled(v, locale)})` : ''}`;
	return json({
		ok: true,
		value: read.value,
		shown: `${value(read.value)}${read.max ? ` – ${value(read.max)}` : ''}${read.unit ? ` ${read.unit}` : ''}`,
		unit: read.unit
	});
};
