import type { PageServerLoad } from './$types';
import { readAsOf } from '$lib/as-of.server';
import { uiLocale } from '$lib/i18n/labels';
import { getDb } from '$lib/server/db';
import { lastDataChange } from '$lib/server/queries/articles';
import {
	FLAG_DEFINITIONS,
	NO_DEADLINE_RULE,
	QUIET_MONTHS,
	STATUSES,
	statusDefinition
} from '$lib/server/track/status';

/** The status rules come from the tracking module itself, so this page cannot drift from what runs. */
export const load: PageServerLoad = async ({ url }) => {
	const asOf = readAsOf(url);
	const locale = uiLocale();
	return {
		asOf,
		lastUpdated: await lastDataChange(await getDb()),
		statuses: STATUSES.map((s) => {
			const d = statusDefinition(s);
			return {
				status: s,
				final: d.final,
				label: d.label[locale],
				definition: d.definition[locale],
				rules: d.rules[locale]
			};
		}),
		flags: { overdue: FLAG_DEFINITIONS.overdue[locale], quiet: FLAG_DEFINITIONS.quiet[locale] },
		noDeadline: NO_DEADLINE_RULE[locale],
		quietMonths: QUIET_MONTHS
	};
};
