import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { acceptProposal, listProposals, rejectProposal } from '$lib/server/editor/proposals';
import { DecisionForm, STATUS_OPTIONS, failWrite, fieldsOf, firstIssue, formFail } from '$lib/server/editor/forms';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'editor');
	const db = await getDb();
	return { proposals: await listProposals(db, 'open'), statuses: STATUS_OPTIONS };
};

async function decide(locals: App.Locals, request: Request, how: 'accept' | 'reject') {
	const actor = requireRole(locals, 'editor');
	const form = fieldsOf(await request.formData());
	const parsed = DecisionForm.safeParse(form);
	if (!parsed.success) return formFail(400, { formName: `p${form.proposalId}`, form, message: firstIssue(parsed.error) });
	const d = { ...parsed.data, toStatus: parsed.data.toStatus || null, reason: parsed.data.reason || null, title: parsed.data.title || null, publicNote: parsed.data.publicNote || null };
	const db = await getDb();
	const result = how === 'accept' ? await acceptProposal(db, actor, d) : await rejectProposal(db, actor, d);
	if (!result.ok) return failWrite(result, form, `p${d.proposalId}`);
	redirect(303, `/editor?done=${how}ed-${d.proposalId}`);
}

export const actions: Actions = {
	accept: ({ locals, request }) => decide(locals, request, 'accept'),
	reject: ({ locals, request }) => decide(locals, request, 'reject')
};
