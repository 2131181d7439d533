import { cookieName } from '$lib/paraglide/runtime';

/**
 * A feed reader keeps no cookie, so a feed's language is part of its address: `?lang=vi|en` on
 * any feed.xml, which wins over the cookie a browser may also send. Elsewhere the cookie decides.
 */
export function withFeedLanguage(request: Request, url: URL): Request {
	const lang = url.searchParams.get('lang');
	if (!url.pathname.endsWith('/feed.xml') || (lang !== 'vi' && lang !== 'en')) return request;
	const others = (request.headers.get('cookie') ?? '')
		.split(';')
		.map((c) => c.trim())
		.filter((c) => c && !c.startsWith(`${cookieName}=`));
	const headers = new Headers(request.headers);
	headers.set('cookie', [...others, `${cookieName}=${lang}`].join('; '));
	return new Request(request, { headers });
}
