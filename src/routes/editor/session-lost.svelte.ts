import { tick } from 'svelte';
import type { SubmitFunction } from '@sveltejs/kit';

/** Set when an editor action answered 403: the session ended while the form was open. */
export const sessionLost = $state({ value: false });

/**
 * After a refused form has been drawn again: the cursor goes to the field the message names (or
 * to the message, when it is about no one field), scrolled into the middle of the screen, so the
 * editor sees what to fix where they are looking instead of somewhere above.
 */
export async function focusFirstProblem(form: HTMLFormElement, field: string | null) {
	await tick();
	const named = field
		? (form.querySelector<HTMLElement>(`[name="${CSS.escape(field)}"]:not([type="hidden"])`) ??
			form.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"] input`))
		: null;
	const target =
		named ?? form.closest('section, article')?.querySelector<HTMLElement>('[role="alert"]') ?? null;
	if (!target) return;
	target.scrollIntoView({ block: 'center' });
	target.focus({ preventScroll: true });
}

/**
 * `use:enhance` for editor forms: a 403 keeps the page and everything typed in it, and shows a
 * banner asking to log in again (in another tab) and resubmit, instead of replacing the page.
 * A refusal (400/409) keeps what was typed and puts the cursor on the first problem.
 */
export const keepFormOnAuthError: SubmitFunction = ({ formElement }) => {
	// A save that bumped the version redraws the forms: find this one again by where it posts.
	const action = formElement.getAttribute('action');
	const holder = formElement.closest('[id]')?.id;
	const current = () =>
		formElement.isConnected
			? formElement
			: ((action
					? document.querySelector<HTMLFormElement>(`form[action="${CSS.escape(action)}"]`)
					: holder
						? document.getElementById(holder)?.querySelector('form')
						: null) ?? null);
	return async ({ result, update }) => {
		if (result.type === 'error' && result.status === 403) {
			sessionLost.value = true;
			return;
		}
		sessionLost.value = false;
		await update({ reset: false });
		if (result.type === 'failure') {
			const field = (result.data as { field?: string | null } | undefined)?.field ?? null;
			const form = current();
			if (form) await focusFirstProblem(form, field);
		}
	};
};
