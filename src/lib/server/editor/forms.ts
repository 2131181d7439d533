import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { STATUSES, statusDefinition } from '../track/status';
import type { Conflict, WriteResult } from './items';
// Messages resolve in the request's locale: actions run inside the Paraglide middleware.
import { m } from '../../paraglide/messages';

/** FormData → strings for zod; file fields are read separately. */
export { formFields as fieldsOf } from '../auth/forms';

export function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return m.srv_check_form();
	const field = issue.path.join('.');
	return field ? `${field}: ${issue.message}` : issue.message;
}

/** Every failed editor form answers in this one shape, so pages can read it without narrowing. */
export interface FormFailure {
	formName: string;
	form: Record<string, string>;
	message: string;
	conflict: Conflict | null;
}

export function formFail(status: number, f: Omit<FormFailure, 'conflict'> & { conflict?: Conflict | null }) {
	return fail(status, { ...f, conflict: f.conflict ?? null } satisfies FormFailure);
}

/** A failed write as the page shows it: 409 with the conflict, 404, or 400 with why. */
export function failWrite(result: Exclude<WriteResult<unknown>, { ok: true }> | { ok: false; reason: 'decided'; message: string }, form: Record<string, string>, formName: string) {
	if (result.reason === 'conflict') return formFail(409, { formName, form, conflict: result.conflict, message: m.srv_conflict() });
	if (result.reason === 'not_found') return formFail(404, { formName, form, message: m.srv_not_found() });
	if (result.reason === 'decided') return formFail(400, { formName, form, message: m.srv_decided() });
	return formFail(400, { formName, form, message: result.message });
}

/** Both languages travel to the page, which picks the reader's. */
export const STATUS_OPTIONS = STATUSES.map((s) => ({ value: s, label: statusDefinition(s).label, definition: statusDefinition(s).definition }));

export const DecisionForm = z.object({
	proposalId: z.coerce.number().int().positive(),
	itemVersion: z.coerce.number().int().positive(),
	toStatus: z.string().max(40).optional(),
	reason: z.string().trim().max(2000).optional(),
	title: z.string().trim().max(300).optional(),
	publicNote: z.string().trim().max(1000).optional()
});
