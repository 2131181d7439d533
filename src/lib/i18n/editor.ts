/** Editor-area vocabularies and messages in the reader's language. */
import { m } from '$lib/paraglide/messages';
import { formatDateTime } from '$lib/format';
import { uiLocale } from './labels';
import type { ProposalKind } from '$lib/vocabulary';

const ROLE_LABELS: Record<string, () => string> = {
	editor: m.ed_role_editor,
	admin: m.ed_role_admin
};
export const roleLabel = (role: string) => ROLE_LABELS[role]?.() ?? role;

const PROPOSAL_KIND_LABELS: Record<ProposalKind, () => string> = {
	new_item: m.ed_kind_new_item,
	link: m.ed_kind_link,
	status: m.ed_kind_status,
	report: m.ed_kind_report
};
export const proposalKindLabel = (kind: string) =>
	PROPOSAL_KIND_LABELS[kind as ProposalKind]?.() ?? kind;

const OUTCOME_LABELS: Record<string, () => string> = {
	pending: m.ed_outcome_pending,
	added: m.ed_outcome_added,
	duplicate: m.ed_outcome_duplicate,
	error: m.ed_outcome_error
};
export const outcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome]?.() ?? outcome;

const JOB_STATE_LABELS: Record<string, () => string> = {
	running: m.ed_job_running,
	done: m.ed_job_done,
	failed: m.ed_job_failed
};
export const jobStateLabel = (state: string) => JOB_STATE_LABELS[state]?.() ?? state;

/** A logged moment (Date or ISO string) in the reader's date and time format. */
export const when = (d: Date | string) => formatDateTime(new Date(d).toISOString(), uiLocale());

/** "Too many failed attempts, try after …" with the clock time and minutes left, in the reader's language. */
export function retryMessage(retryAt: Date, now = new Date()): string {
	const { time, minutes } = retryParts(retryAt, now);
	return minutes === 1 ? m.login_locked_one({ time }) : m.login_locked({ time, minutes });
}

/** Any "try again after …" message, with the time and minutes worded for the reader. */
export function retryWhen(
	retryAt: Date,
	message: (p: { time: string; minutes: number }) => string,
	now = new Date()
): string {
	return message(retryParts(retryAt, now));
}

function retryParts(retryAt: Date, now: Date): { time: string; minutes: number } {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	const time =
		new Intl.DateTimeFormat(uiLocale() === 'vi' ? 'vi-VN' : 'en-GB', {
			hour: '2-digit',
			minute: '2-digit',
			hour12: false,
			timeZone: 'UTC'
		}).format(retryAt) + ' UTC';
	return { time, minutes };
}
