import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { fieldsOf, parseForm } from '$lib/server/editor/forms';
import { importOfficialFigures } from '$lib/server/track/trade-official';
import { listOfficialFigures } from '$lib/server/queries/official';
import { m } from '$lib/paraglide/messages';

/** A year's figure per row: a correction file is a few lines, never megabytes. */
const MAX_BYTES = 256 * 1024;

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'editor');
	const rows = await listOfficialFigures(await getDb());
	return {
		rows: rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() })),
		maxKb: MAX_BYTES / 1024
	};
};

const Pasted = z.object({ text: z.string().max(MAX_BYTES).optional() });

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const data = await request.formData();
		const pasted = parseForm(Pasted, fieldsOf(data));
		if (!pasted.success)
			return fail(400, { message: m.srv_too_large({ name: 'CSV', mb: MAX_BYTES / 1024 / 1024 }) });
		const file = data.get('file');
		let text = pasted.data.text?.trim() ?? '';
		if (file instanceof File && file.size > 0) {
			if (file.size > MAX_BYTES)
				return fail(400, {
					message: m.srv_too_large({ name: file.name, mb: MAX_BYTES / 1024 / 1024 })
				});
			text = await file.text();
		}
		if (!text) return fail(400, { message: m.stats_nothing() });
		const report = await importOfficialFigures(await getDb(), text, actor.id);
		return { report };
	}
};
