import { getLocale, overwriteGetLocale } from '../../src/lib/paraglide/runtime';

/** Runs `fn` as a reader of `locale` would see it (the request's cookie, on the site). */
export function inLocale<T>(locale: 'vi' | 'en', fn: () => T): T {
	const before = getLocale;
	overwriteGetLocale(() => locale);
	try {
		return fn();
	} finally {
		overwriteGetLocale(before);
	}
}
