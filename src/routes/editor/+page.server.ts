import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import {
	PROPOSAL_KINDS,
	acceptProposal,
	countOpenByKind,
	listProposals,
	rejectProposal
} from '$lib/server/editor/proposals';
import { z } from 'zod';

const Kind = z.enum(PROPOSAL_KINDS).optional().catch(undefined);
import {
	DecisionForm,
	failWrite,
	fieldsOf,
	firstIssue,
	formFail,
	parseForm,
	STATUS_OPTIONS
} from '$lib/server/editor/forms';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'editor');
	const db = await getDb();
	const kind = Kind.parse(event.url.searchParams.get('kind') ?? undefined);
	return {
		kind: kind ?? null,
		counts: await countOpenByKind(db),
		proposals: await listProposals(db, 'open', 200, kind),
		statuses: STATUS_OPTIONS
	};
};

/** Back to the same filtered queue after a decision. */
function kindParam(request: Request): string {
	const kind = Kind.parse(new URL(request.url).searchParams.get('kind') ?? undefined);
	return kind ? `&kind=${kind}` : '';
}

async function decide(locals: App.Locals, request: Request, how: 'accept' | 'reject') {
	const actor = requireRole(locals, 'editor');
	const form = fieldsOf(await request.formData());
	const parsed = parseForm(DecisionForm, form);
	if (!parsed.success)
		return formFail(400, {
			formName: `p${form.proposalId}`,
			form,
			message: firstIssue(parsed.error)
		});
	const d = {
		...parsed.data,
		toStatus: parsed.data.toStatus || null,
		reason: parsed.data.reason || null,
		title: parsed.data.title || null,
		publicNote: parsed.data.publicNote || null
	};
	const db = await getDb();
	const result =
		how === 'accept' ? await acceptProposal(db, actor, d) : await rejectProposal(db, actor, d);
	if (!result.ok) return failWrite(result, form, `p${d.proposalId}`);
	redirect(303, `/editor?done=${how}ed-${d.proposalId}${kindParam(request)}`);
}

export const actions: Actions = {
	accept: ({ locals, request }) => decide(locals, request, 'accept'),
	reject: ({ locals, request }) => decide(locals, request, 'reject')
};
