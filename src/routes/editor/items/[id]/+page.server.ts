import { error, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { updateItemFields } from '$lib/server/editor/items';
import { changeStatus } from '$lib/server/editor/status';
import { mergeItems, splitMention } from '$lib/server/editor/merge';
import { listAudit } from '$lib/server/queries/audit';
import {
	findItems,
	getItemSnapshot,
	listEntityNames,
	listItemEntities,
	listItemMentions
} from '$lib/server/queries/editor-items';
import { cueWordsOf } from '$lib/server/editor/cue-words';
import { normalizeTargetFields } from '$lib/server/editor/amounts';
import { setItemEntity } from '$lib/server/editor/item-entities';
import { getLocale } from '$lib/paraglide/runtime';
import {
	IdSchema,
	ItemFieldsSchema,
	PublicNoteSchema,
	StatusChangeSchema,
	VersionSchema
} from '$lib/server/editor/fields';
import {
	failWrite,
	fieldsOf,
	formFail,
	invalidForm,
	parseForm,
	STATUS_OPTIONS
} from '$lib/server/editor/forms';
import { SECTORS } from '$lib/server/extract/types';
import { m } from '$lib/paraglide/messages';

const Params = z.object({ id: IdSchema });
const MergeQuery = z.object({
	q: z.string().trim().max(200).optional().catch(undefined),
	into: IdSchema.optional().catch(undefined)
});

function itemId(params: Record<string, string>): number {
	const parsed = Params.safeParse(params);
	if (!parsed.success) error(404, 'No such item');
	return parsed.data.id;
}

export const load: PageServerLoad = async (event) => {
	const { params } = event;
	requirePageRole(event, 'editor');
	const id = itemId(params);
	const db = await getDb();
	const item = await getItemSnapshot(db, id);
	if (!item) error(404, 'No such item');
	// Merging with eyes open: find the item to keep by its title, then see both side by side.
	const mergeQuery = MergeQuery.parse({
		q: event.url.searchParams.get('merge_q') ?? undefined,
		into: event.url.searchParams.get('merge_into') ?? undefined
	});
	const mergeCandidates = mergeQuery.q
		? (await findItems(db, mergeQuery.q, 11)).filter((c) => c.id !== id).slice(0, 10)
		: null;
	const mergeTarget =
		mergeQuery.into && mergeQuery.into !== id ? await getItemSnapshot(db, mergeQuery.into) : null;
	return {
		item,
		entities: await listItemEntities(db, id),
		entityNames: await listEntityNames(db),
		mergeQuery: mergeQuery.q ?? '',
		mergeCandidates,
		mergeTarget: mergeTarget && {
			...mergeTarget,
			quotes: (await listItemMentions(db, mergeTarget.id)).length
		},
		mentions: (await listItemMentions(db, id)).map((x) => ({
			...x,
			cues: cueWordsOf(x.cues, x.quote)
		})),
		audit: await listAudit(db, { entityType: 'commitment', entityId: id, limit: 100 }),
		statuses: STATUS_OPTIONS,
		sectors: SECTORS
	};
};

const done = (id: number, what: string) => redirect(303, `/editor/items/${id}?saved=${what}`);

export const actions: Actions = {
	edit: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = itemId(params);
		const form = fieldsOf(await request.formData());
		// "5 tỉ USD" → 5000000000 and USD; what was typed is what a refused form shows again.
		const fields = parseForm(ItemFieldsSchema, normalizeTargetFields(form, getLocale()));
		const version = VersionSchema.safeParse(form.version);
		if (!fields.success) return invalidForm('edit', form, fields.error);
		if (!version.success)
			return formFail(400, { formName: 'edit', form, message: m.srv_lost_version() });
		const result = await updateItemFields(await getDb(), actor, {
			id,
			expectedVersion: version.data,
			fields: fields.data,
			publicNote: PublicNoteSchema.parse(form.publicNote)
		});
		if (!result.ok) return failWrite(result, form, 'edit');
		done(id, 'fields');
	},
	status: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = itemId(params);
		const form = fieldsOf(await request.formData());
		const change = parseForm(StatusChangeSchema, form);
		const version = VersionSchema.safeParse(form.version);
		if (!change.success) return invalidForm('status', form, change.error);
		if (!version.success)
			return formFail(400, { formName: 'status', form, message: m.srv_lost_version() });
		const result = await changeStatus(await getDb(), actor, {
			...change.data,
			commitmentId: id,
			expectedVersion: version.data
		});
		if (!result.ok) return failWrite(result, form, 'status');
		done(id, 'status');
	},
	entity: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = itemId(params);
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(
			z.object({
				version: VersionSchema,
				entity: z.string().trim().min(1).max(200),
				attach: z.enum(['1', '0'])
			}),
			form
		);
		if (!parsed.success) return invalidForm('entity', form, parsed.error);
		const result = await setItemEntity(await getDb(), actor, {
			commitmentId: id,
			expectedVersion: parsed.data.version,
			entity: parsed.data.entity,
			attach: parsed.data.attach === '1'
		});
		// An unknown name is about the one field: the page puts the cursor back there.
		if (!result.ok && result.reason === 'invalid')
			return formFail(400, { formName: 'entity', form, message: result.message, field: 'entity' });
		if (!result.ok) return failWrite(result, form, 'entity');
		done(id, 'entities');
	},
	merge: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = itemId(params);
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(
			z.object({ version: VersionSchema, targetId: IdSchema, publicNote: PublicNoteSchema }),
			form
		);
		if (!parsed.success) return invalidForm('merge', form, parsed.error);
		const db = await getDb();
		const target = await getItemSnapshot(db, parsed.data.targetId);
		if (!target)
			return formFail(400, {
				formName: 'merge',
				form,
				message: m.srv_no_item({ id: parsed.data.targetId })
			});
		const result = await mergeItems(db, actor, {
			sourceId: id,
			sourceVersion: parsed.data.version,
			targetId: target.id,
			targetVersion: target.version,
			publicNote: parsed.data.publicNote
		});
		if (!result.ok) return failWrite(result, form, 'merge');
		redirect(303, `/editor/items/${target.id}?saved=merged-${id}`);
	},
	split: async ({ locals, request, params }) => {
		const actor = requireRole(locals, 'editor');
		const id = itemId(params);
		const form = fieldsOf(await request.formData());
		const parsed = parseForm(
			z.object({
				version: VersionSchema,
				mentionId: IdSchema,
				title: PublicNoteSchema,
				publicNote: PublicNoteSchema
			}),
			form
		);
		if (!parsed.success) return invalidForm('split', form, parsed.error);
		const result = await splitMention(await getDb(), actor, {
			mentionId: parsed.data.mentionId,
			fromItemId: id,
			expectedVersion: parsed.data.version,
			title: parsed.data.title,
			publicNote: parsed.data.publicNote
		});
		if (!result.ok) return failWrite(result, form, 'split');
		redirect(303, `/editor/items/${result.newItemId}?saved=split-${id}`);
	}
};
