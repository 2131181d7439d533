import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import {
	MAX_FILES,
	MAX_FILE_BYTES,
	createImportJob,
	type UploadedFile
} from '$lib/server/editor/imports';
import { listImportJobs } from '$lib/server/queries/imports';
import { wakeImportWorker } from '$lib/server/editor/import-worker';
import { fieldsOf, firstIssue, formFail, parseForm } from '$lib/server/editor/forms';
import { m } from '$lib/paraglide/messages';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MB } from '$lib/upload-limit.js';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'editor');
	return {
		jobs: await listImportJobs(await getDb()),
		maxFiles: MAX_FILES,
		maxMb: MAX_FILE_BYTES / 1024 / 1024,
		uploadMb: MAX_UPLOAD_MB,
		uploadBytes: MAX_UPLOAD_BYTES,
		// scripts/serve.js sends an upload over the limit back here, before SvelteKit reads it.
		tooLarge: event.url.searchParams.get('too_large') === '1'
	};
};

const Pasted = z.object({
	pasteName: z.string().trim().max(200).optional(),
	text: z.string().max(MAX_FILE_BYTES).optional(),
	// One link a line; each is checked (scheme, length, address) by the worker, which reports it.
	links: z
		.string()
		.max(MAX_FILES * 2100)
		.optional()
});

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const actor = requireRole(locals, 'editor');
		const data = await request.formData();
		const form = fieldsOf(data);
		const pasted = parseForm(Pasted, form);
		if (!pasted.success)
			return formFail(400, {
				formName: 'import',
				form: { pasteName: form.pasteName ?? '' },
				message: firstIssue(pasted.error)
			});
		const files: UploadedFile[] = [];
		const uploads = data.getAll('files').filter((f): f is File => f instanceof File);
		// The limit the page states, for the whole upload; the server's body limit sits just above it.
		if (uploads.reduce((sum, f) => sum + f.size, 0) + (form.text?.length ?? 0) > MAX_UPLOAD_BYTES)
			return formFail(413, {
				formName: 'import',
				form: { pasteName: form.pasteName ?? '' },
				message: m.ed_upload_too_large({ mb: MAX_UPLOAD_MB })
			});
		for (const f of uploads) {
			if (f.size === 0 && f.name === '') continue;
			if (f.size > MAX_FILE_BYTES)
				return formFail(400, {
					formName: 'import',
					form: { pasteName: form.pasteName ?? '' },
					message: m.srv_too_large({ name: f.name, mb: MAX_FILE_BYTES / 1024 / 1024 })
				});
			files.push({ name: f.name || 'upload.txt', bytes: new Uint8Array(await f.arrayBuffer()) });
		}
		const text = pasted.data.text?.trim();
		if (text)
			files.push({
				name: pasted.data.pasteName || `pasted-${new Date().toISOString().slice(0, 16)}.txt`,
				bytes: new TextEncoder().encode(text)
			});
		const links = [
			...new Set(
				(pasted.data.links ?? '')
					.split(/\r?\n/)
					.map((l) => l.trim())
					.filter(Boolean)
			)
		];
		if (files.length + links.length === 0)
			return formFail(400, {
				formName: 'import',
				form: { pasteName: form.pasteName ?? '', text: form.text ?? '' },
				message: m.srv_nothing()
			});
		if (files.length + links.length > MAX_FILES)
			return formFail(400, {
				formName: 'import',
				form: { pasteName: form.pasteName ?? '', links: form.links ?? '' },
				message: m.srv_too_many({ max: MAX_FILES })
			});
		const db = await getDb();
		const jobId = await createImportJob(db, actor, files, links);
		// Start at once here; should this instance die, another one's worker finishes the job.
		wakeImportWorker(db);
		redirect(303, `/editor/import/${jobId}`);
	}
};
