import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole, requireRole } from '$lib/server/auth/guard';
import { acceptProposal, rejectProposal } from '$lib/server/editor/proposals';
import { countOpenByKind, openQueueOrder, listProposals } from '$lib/server/queries/proposals';
import { PROPOSAL_KINDS } from '$lib/vocabulary';
import { z } from 'zod';
import { cueWordsOf } from '$lib/server/editor/cue-words';

const Kind = z.enum(PROPOSAL_KINDS).optional().catch(undefined);
import {
	DecisionForm,
	failWrite,
	fieldsOf,
	invalidForm,
	parseForm,
	STATUS_OPTIONS,
	COMMITMENT_KINDS
} from '$lib/server/editor/forms';
import { SECTORS } from '$lib/server/extract/types';

export const load: PageServerLoad = async (event) => {
	requirePageRole(event, 'editor');
	const db = await getDb();
	const kind = Kind.parse(event.url.searchParams.get('kind') ?? undefined);
	return {
		kind: kind ?? null,
		counts: await countOpenByKind(db),
		proposals: (await listProposals(db, 'open', 200, kind)).map((p) =>
			p.mention
				? { ...p, mention: { ...p.mention, cues: cueWordsOf(p.mention.cues, p.mention.quote) } }
				: p
		),
		statuses: STATUS_OPTIONS,
		sectors: SECTORS,
		kinds: COMMITMENT_KINDS
	};
};

async function decide(locals: App.Locals, request: Request, how: 'accept' | 'reject') {
	const actor = requireRole(locals, 'editor');
	const form = fieldsOf(await request.formData());
	const parsed = parseForm(DecisionForm, form);
	if (!parsed.success) return invalidForm(`p${form.proposalId}`, form, parsed.error);
	const d = {
		...parsed.data,
		toStatus: parsed.data.toStatus || null,
		reason: parsed.data.reason || null,
		title: parsed.data.title || null,
		sector: parsed.data.sector ?? null,
		kind: parsed.data.kind ?? null,
		publicNote: parsed.data.publicNote || null
	};
	const db = await getDb();
	const kind = Kind.parse(new URL(request.url).searchParams.get('kind') ?? undefined);
	const before = await openQueueOrder(db, kind);
	const result =
		how === 'accept' ? await acceptProposal(db, actor, d) : await rejectProposal(db, actor, d);
	if (!result.ok) return failWrite(result, form, `p${d.proposalId}`);
	// Back to where the editor was: the first card after this one that is still open (a merge
	// may have answered some), else the one before; the message names the card's item number.
	const open = new Set((await openQueueOrder(db, kind)).map((p) => p.id));
	const at = before.findIndex((p) => p.id === d.proposalId);
	const next =
		before.slice(at + 1).find((p) => open.has(p.id)) ??
		before
			.slice(0, Math.max(at, 0))
			.reverse()
			.find((p) => open.has(p.id));
	const item = before[at]?.commitmentId;
	const params = new URLSearchParams({ done: `${how}ed-${d.proposalId}` });
	if (item) params.set('item', String(item));
	if (next) params.set('next', String(next.id));
	if (kind) params.set('kind', kind);
	redirect(303, `/editor?${params}${next ? `#p${next.id}` : ''}`);
}

export const actions: Actions = {
	accept: ({ locals, request }) => decide(locals, request, 'accept'),
	reject: ({ locals, request }) => decide(locals, request, 'reject')
};
