import { fail } from '@sveltejs/kit';
import type { Actions } from './$types';
import { getDb } from '$lib/server/db';
import { NOTE_MAX, NOTE_MIN, ReportForm, submitReport } from '$lib/server/editor/reports';
import { safeNext } from '$lib/server/auth/guard';
import { retryWhen } from '$lib/i18n/editor';
import { m } from '$lib/paraglide/messages';

/**
 * The action of the "report an error" form on every item and article page. With JavaScript the
 * answer is shown in place; without it, this page shows it with a way back.
 */
export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const data = Object.fromEntries(
			[...(await request.formData())].filter((e): e is [string, string] => typeof e[1] === 'string')
		);
		const back = safeNext(data.back ?? null, '/');
		const note = (data.note ?? '').slice(0, NOTE_MAX + 100);
		const parsed = ReportForm.safeParse(data);
		if (!parsed.success) {
			const trimmed = note.trim();
			const message =
				trimmed.length < NOTE_MIN
					? m.report_too_short({ min: NOTE_MIN })
					: trimmed.length > NOTE_MAX
						? m.report_too_long({ max: NOTE_MAX })
						: m.srv_check_form();
			return fail(400, { ok: false as const, message, note, back });
		}
		const result = await submitReport(await getDb(), parsed.data, getClientAddress());
		if (!result.ok && result.reason === 'limited')
			return fail(429, {
				ok: false as const,
				message: retryWhen(result.retryAt, m.report_limited),
				note,
				back
			});
		if (!result.ok) return fail(404, { ok: false as const, message: m.report_gone(), note, back });
		return { ok: true as const, message: m.report_thanks(), note: '', back };
	}
};
