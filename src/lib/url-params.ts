/**
 * The path and query of `url` without its blank parameters, or null when it has none. A form
 * action's name (`?/accept`) is a key without a value by design and always stays.
 */
export function withoutEmptyParams(url: URL): string | null {
	const params = [...url.searchParams];
	const kept = params.filter(([key, value]) => key.startsWith('/') || value.trim() !== '');
	if (kept.length === params.length) return null;
	const search = new URLSearchParams(kept).toString();
	return url.pathname + (search ? `?${search}` : '');
}
