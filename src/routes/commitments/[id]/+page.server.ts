import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { driftChart } from '$lib/components/charts/shape';
import { uiLocale } from '$lib/i18n/labels';
import { buildTimeline, eventsOnPage } from '$lib/timeline';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { getCommitment, getTradeSeries } from '$lib/server/queries';
import { withPledgeDates } from '$lib/server/queries/series';
import { statusDefinition } from '$lib/server/track/status';
import { itemFate } from '$lib/server/queries/fate';
import { QuotesPageNumber } from '$lib/schemas/api-params';
import { m } from '$lib/paraglide/messages';

const Params = z.object({ id: z.coerce.number().int().positive() });
/** A page number a reader can type; anything else shows the first page rather than an error. */
const QuotesPage = QuotesPageNumber.catch(1);

export const load: PageServerLoad = async ({ params, url }) => {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such commitment');
	const asOf = readAsOf(url);
	const db = await getDb();
	const [detail, lastUpdated] = await Promise.all([
		getCommitment(
			db,
			parsed.data.id,
			asOf.asOf,
			QuotesPage.parse(url.searchParams.get('quotes_page') ?? 1)
		),
		lastDataChange(db)
	]);
	if (!detail) {
		const fate = await itemFate(db, parsed.data.id);
		// 308: permanent, and the reader's as_of and other parameters travel along.
		if (fate?.kind === 'merged') redirect(308, `/commitments/${fate.intoId}${url.search}`);
		if (fate?.kind === 'removed')
			error(410, { message: m.tombstone_title({ id: fate.id }), removed: fate });
		error(404, 'No such commitment');
	}
	const { item } = detail;
	const locale = uiLocale();
	const definition = statusDefinition(item.status);
	// Only USD trade targets have a measured progress: the trade series says how far along they are.
	const tradeTarget =
		item.unit === 'USD' && item.sector === 'trade'
			? ((await getTradeSeries(db, asOf.asOf)).targets.find((t) => t.commitmentId === item.id) ??
				null)
			: null;
	const chain = [...detail.revisions.earlier, item, ...detail.revisions.later];
	return {
		asOf,
		lastUpdated,
		item,
		status: {
			label: definition.label[locale],
			definition: definition.definition[locale],
			final: definition.final
		},
		progress: tradeTarget ? { pct: tradeTarget.progressPct, met: tradeTarget.met } : null,
		// A target first named as the next step was pledged later: the trade chart dates it by its pledge.
		pledgedLater:
			tradeTarget?.pledgedOn && item.firstMentioned && tradeTarget.pledgedOn > item.firstMentioned
				? tradeTarget.pledgedOn
				: null,
		timeline: buildTimeline(
			detail.mentions,
			eventsOnPage(detail.statusEvents, detail.mentions, detail.quotes),
			detail.evidence
		),
		quotes: detail.quotes,
		revisions: detail.revisions,
		drift: driftChart(await withPledgeDates(db, asOf.asOf, chain), item.id, locale),
		related: detail.related
	};
};
