import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { withAsOf } from '$lib/as-of';
import { readAsOf } from '$lib/as-of.server';
import { formatUsd } from '$lib/format';
import { highlightBlocks, type Mark } from '$lib/highlight';
import { uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import { getArticleEvidence } from '$lib/server/queries';
import { requireRole } from '$lib/server/auth/guard';
import { hasRole } from '$lib/server/auth/roles';
import { ArticleProvenanceSchema, updateArticleProvenance } from '$lib/server/editor/articles';
import { fieldsOf, firstIssue, formFail, parseForm } from '$lib/server/editor/forms';

const Params = z.object({ id: z.coerce.number().int().positive() });

export const load: PageServerLoad = async ({ params, url, locals }) => {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such article');
	const asOf = readAsOf(url);
	const db = await getDb();
	const [evidence, lastUpdated] = await Promise.all([
		getArticleEvidence(db, parsed.data.id, asOf.asOf),
		lastDataChange(db)
	]);
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
			outlet: article.outlet,
			outletFrom: article.outletFrom,
			url: article.url,
			sourceRef: article.sourceRef,
			publishedOn: article.publishedOn,
			dateSource: article.dateSource,
			language: article.language,
			copyOfId: article.copyOfId
		},
		canEdit: locals.user !== null && hasRole(locals.user.role, 'editor'),
		saved: url.searchParams.get('saved') === 'provenance',
		counts: { commitments: evidence.mentions.length, trade: evidence.tradeObservations.length },
		text: highlightBlocks(article.rawText, article.blocks, marks)
	};
};

export const actions: Actions = {
	provenance: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = Params.safeParse(params);
		if (!id.success) error(404, 'No such article');
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(ArticleProvenanceSchema, form);
		if (!parsed.success)
			return formFail(400, { formName: 'provenance', form, message: firstIssue(parsed.error) });
		const result = await updateArticleProvenance(await getDb(), actor, id.data.id, parsed.data);
		if (!result.ok) error(404, 'No such article');
		redirect(303, `/articles/${id.data.id}?saved=provenance`);
	}
};
