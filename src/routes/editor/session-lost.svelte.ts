import type { SubmitFunction } from '@sveltejs/kit';

/** Set when an editor action answered 403: the session ended while the form was open. */
export const sessionLost = $state({ value: false });

/**
 * `use:enhance` for editor forms: a 403 keeps the page and everything typed in it, and shows a
 * banner asking to log in again (in another tab) and resubmit, instead of replacing the page.
 */
export const keepFormOnAuthError: SubmitFunction = () => {
	return async ({ result, update }) => {
		if (result.type === 'error' && result.status === 403) {
			sessionLost.value = true;
			return;
		}
		sessionLost.value = false;
		await update({ reset: false });
	};
};
