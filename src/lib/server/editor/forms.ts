import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { MIN_PASSWORD_LENGTH, type PasswordWeakness } from '../auth/password';
import { STATUSES, statusDefinition } from '../track/status';
import { SECTORS } from '../extract/types';
import type { Conflict, WriteResult } from './items';
// Messages resolve in the request's locale: actions run inside the Paraglide middleware.
import { m } from '../../paraglide/messages';
import { getLocale } from '../../paraglide/runtime';

/** FormData → strings for zod; file fields are read separately. */
export { formFields as fieldsOf } from '../auth/forms';

/** Form fields by the names their labels give them on the editor pages. */
const FIELD_LABELS: Record<string, () => string> = {
	title: m.ed_f_title,
	titleEn: m.ed_f_title_en,
	targetValue: m.ed_f_target,
	targetValueMax: m.ed_f_target_max,
	unit: m.ed_f_unit,
	targetYear: m.ed_f_year,
	deadline: m.ed_f_deadline,
	sector: m.ed_f_sector,
	toStatus: m.ed_new_status,
	reason: m.ed_reason,
	evidence: m.ed_evidence,
	evidenceUrl: m.ed_evidence_url,
	note: m.ed_note,
	effectiveOn: m.ed_effective_on,
	publicNote: m.ed_status_public_note,
	current: m.ed_current_password,
	password: m.ed_new_password,
	confirm: m.ed_new_password_again,
	email: m.adm_email,
	role: m.adm_role,
	outlet: m.ed_f_outlet,
	url: m.ed_f_url,
	publishedOn: m.ed_f_published_on
};

/** A label without its parenthesised hint: "Thời hạn (YYYY-MM-DD)" names the field as "Thời hạn". */
const fieldName = (path: string) => FIELD_LABELS[path]?.().replace(/\s*\(.*\)$/, '') ?? path;

const ZOD_LOCALES = { vi: z.locales.vi(), en: z.locales.en() };

/**
 * Parses a form with zod's own wording (too long, not a number, …) in the request's language.
 * The schemas' own messages win over it and are already localized.
 */
export function parseForm<T extends z.ZodType>(schema: T, data: unknown) {
	return schema.safeParse(data, { error: ZOD_LOCALES[getLocale()].localeError });
}

const WEAKNESS_MESSAGES: Record<PasswordWeakness, () => string> = {
	too_short: () => m.val_pw_too_short({ min: MIN_PASSWORD_LENGTH }),
	too_long: m.val_pw_too_long,
	few_characters: m.val_pw_few_characters,
	sequence: m.val_pw_sequence,
	common: m.val_pw_common,
	email: m.val_pw_email
};

/** "New password too weak: why", in the request's language. */
export const weakPasswordMessage = (weakness: PasswordWeakness) =>
	m.srv_weak({ why: WEAKNESS_MESSAGES[weakness]() });

/** The first problem with a form, as "Field label: what to do", in the request's language. */
export function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return m.srv_check_form();
	const path = issue.path.join('.');
	return path ? `${fieldName(path)}: ${issue.message}` : issue.message;
}

/** Every failed editor form answers in this one shape, so pages can read it without narrowing. */
export interface FormFailure {
	formName: string;
	form: Record<string, string>;
	message: string;
	conflict: Conflict | null;
	/** The field the message is about, so the page can mark it and put the cursor there. */
	field: string | null;
}

export function formFail(
	status: number,
	f: Omit<FormFailure, 'conflict' | 'field'> & { conflict?: Conflict | null; field?: string | null }
) {
	return fail(status, {
		...f,
		conflict: f.conflict ?? null,
		field: f.field ?? null
	} satisfies FormFailure);
}

/** A form zod refused: its first problem, worded for the editor, and the field it is about. */
export function invalidForm(formName: string, form: Record<string, string>, error: z.ZodError) {
	const path = error.issues[0]?.path.join('.') ?? '';
	return formFail(400, { formName, form, message: firstIssue(error), field: path || null });
}

/** A failed write as the page shows it: 409 with the conflict, 404, or 400 with why. */
export function failWrite(
	result:
		Exclude<WriteResult<unknown>, { ok: true }> | { ok: false; reason: 'decided'; message: string },
	form: Record<string, string>,
	formName: string
) {
	if (result.reason === 'conflict')
		return formFail(409, { formName, form, conflict: result.conflict, message: m.srv_conflict() });
	if (result.reason === 'not_found')
		return formFail(404, { formName, form, message: m.srv_not_found() });
	if (result.reason === 'decided')
		return formFail(400, { formName, form, message: m.srv_decided() });
	return formFail(400, { formName, form, message: result.message });
}

/** Both languages travel to the page, which picks the reader's. */
export const STATUS_OPTIONS = STATUSES.map((s) => ({
	value: s,
	label: statusDefinition(s).label,
	definition: statusDefinition(s).definition
}));

/** What kind of pledge an item is, as the review card offers it. */
export const COMMITMENT_KINDS = ['target', 'project', 'programme', 'policy'] as const;

export const DecisionForm = z.object({
	proposalId: z.coerce.number().int().positive(),
	itemVersion: z.coerce.number().int().positive(),
	toStatus: z.string().max(40).optional(),
	reason: z.string().trim().max(2000).optional(),
	title: z.string().trim().max(300).optional(),
	sector: z.preprocess((v) => (v === '' ? undefined : v), z.enum(SECTORS).optional()),
	kind: z.preprocess((v) => (v === '' ? undefined : v), z.enum(COMMITMENT_KINDS).optional()),
	publicNote: z.string().trim().max(1000).optional()
});
