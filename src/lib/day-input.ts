/**
 * Days typed into a form. Vietnamese readers write 31/12/2029 (day/month/year), and the forms show
 * them that way; the URLs, the database and the API keep YYYY-MM-DD. Either form is taken back
 * in either language, so a pasted ISO day works on the Vietnamese page too.
 */
import type { UiLocale } from './format';

const DMY = /^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\s*$/;

/** "31/12/2029" → "2029-12-31"; anything else comes back as it was, for the date check to judge. */
export function dayFromInput(typed: string): string {
	const dmy = DMY.exec(typed);
	if (!dmy) return typed.trim();
	const [, d, m, y] = dmy;
	return `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
}

/** A stored day as the form shows it: "31/12/2029" in Vietnamese, "2029-12-31" in English. */
export function dayForInput(iso: string | null | undefined, locale: UiLocale): string {
	if (!iso) return '';
	return locale === 'vi' ? iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1') : iso;
}
