import { error } from '@sveltejs/kit';
import { z } from 'zod';
import type { PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { withAsOf } from '$lib/as-of';
import { readAsOf } from '$lib/as-of.server';
import { formatUsd } from '$lib/format';
import { highlightBlocks, type Mark } from '$lib/highlight';
import { uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/articles';
import { getArticleEvidence } from '$lib/server/track/queries';

const Params = z.object({ id: z.coerce.number().int().positive() });

export const load: PageServerLoad = async ({ params, url }) => {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such article');
	const asOf = readAsOf(url);
	const db = await getDb();
	const [evidence, lastUpdated] = await Promise.all([getArticleEvidence(db, parsed.data.id, asOf.asOf), lastDataChange(db)]);
	if (!evidence) error(404, 'No such article');
	const { article } = evidence;
	const keep = asOf.explicit ? asOf.asOf : null;
	const locale = uiLocale();
	const marks: Mark[] = [
		...evidence.mentions.map((mention) => ({
			key: `mention-${mention.id}`,
			start: mention.start,
			end: mention.end,
			kind: 'commitment' as const,
			href: withAsOf(`/commitments/${mention.commitmentId}`, keep),
			label: mention.commitmentTitle
		})),
		...evidence.tradeObservations.map((o) => ({
			key: `trade-${o.id}`,
			start: o.start,
			end: o.end,
			kind: 'trade' as const,
			href: withAsOf(`/trade#trade-year-${o.year}`, keep),
			label: `${m.article_trade_mark()} ${o.year}: ${formatUsd(o.valueUsd, locale)}`
		}))
	];
	return {
		asOf,
		lastUpdated,
		article: {
			id: article.id,
			title: article.title,
			source: article.source,
			publishedOn: article.publishedOn,
			dateSource: article.dateSource,
			language: article.language,
			copyOfId: article.copyOfId
		},
		counts: { commitments: evidence.mentions.length, trade: evidence.tradeObservations.length },
		text: highlightBlocks(article.rawText, article.blocks, marks)
	};
};
