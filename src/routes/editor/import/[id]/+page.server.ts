import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole } from '$lib/server/auth/guard';
import { getImportJob } from '$lib/server/queries/imports';
import { wakeImportWorker } from '$lib/server/editor/import-worker';
import { IdSchema } from '$lib/server/editor/fields';

export const load: PageServerLoad = async (event) => {
	const { params, depends } = event;
	requirePageRole(event, 'editor');
	depends('camket:import-job');
	const id = IdSchema.safeParse(params.id);
	if (!id.success) error(404, 'No such import');
	const db = await getDb();
	const job = await getImportJob(db, id.data);
	if (!job) error(404, 'No such import');
	// Someone is waiting on this job: look for files a dead instance left now, not at the next sweep.
	if (job.state === 'running') wakeImportWorker(db);
	return { job };
};
