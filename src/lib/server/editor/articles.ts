/**
 * An editor's correction of an article's provenance: outlet, original URL, publication day.
 * The change and its audit entry commit together; a changed day re-dates the article's
 * evidence (the stats triggers follow the article row).
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { articles } from '../db/schema';
import { httpUrl } from '../ingest/provenance';
import { m } from '../../paraglide/messages';
import type { Actor } from './actor';
import { systemText } from '../../system-text';
import { writeAudit } from './audit';

const blankToNull = (v: unknown) =>
	v === undefined || (typeof v === 'string' && v.trim() === '')
		? null
		: typeof v === 'string'
			? v.trim()
			: v;

export const ArticleProvenanceSchema = z.object({
	outlet: z.preprocess(blankToNull, z.string().max(120).nullable()),
	url: z.preprocess(
		blankToNull,
		z
			.string()
			.max(2000)
			.refine((v) => httpUrl(v) !== null, { error: () => m.val_http_url() })
			.nullable()
	),
	publishedOn: z.preprocess(blankToNull, z.iso.date({ error: () => m.val_date() }).nullable()),
	publicNote: z.preprocess(blankToNull, z.string().max(2000).nullable())
});
export type ArticleProvenance = z.infer<typeof ArticleProvenanceSchema>;

export type ArticleWrite = { ok: true } | { ok: false; reason: 'not_found' };

export async function updateArticleProvenance(
	db: Db,
	actor: Actor,
	id: number,
	input: ArticleProvenance
): Promise<ArticleWrite> {
	return db.transaction(async (tx) => {
		const [before] = await tx
			.select({
				outlet: articles.outlet,
				outletFrom: articles.outletFrom,
				url: articles.url,
				publishedOn: articles.publishedOn,
				dateSource: articles.dateSource
			})
			.from(articles)
			.where(eq(articles.id, id))
			.for('update');
		if (!before) return { ok: false, reason: 'not_found' } as const;
		const url = input.url === null ? null : httpUrl(input.url);
		const outletChanged = input.outlet !== before.outlet;
		const dayChanged = input.publishedOn !== before.publishedOn;
		const after = {
			outlet: input.outlet,
			outletFrom: outletChanged ? (input.outlet === null ? 'none' : 'editor') : before.outletFrom,
			url,
			publishedOn: input.publishedOn,
			dateSource: dayChanged ? (input.publishedOn === null ? 'none' : 'editor') : before.dateSource
		};
		await tx
			.update(articles)
			.set({ ...after, ...(dayChanged ? { needsReview: input.publishedOn === null } : {}) })
			.where(eq(articles.id, id));
		const changed = (['outlet', 'url', 'publishedOn'] as const).filter(
			(k) => after[k] !== before[k]
		);
		await writeAudit(tx, {
			userId: actor.id,
			action: 'article.provenance',
			entityType: 'article',
			entityId: id,
			before,
			after,
			publicNote: changed.length ? input.publicNote : null,
			note: changed.length ? systemText('article_corrected', { fields: changed }) : null
		});
		return { ok: true } as const;
	});
}
