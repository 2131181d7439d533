/**
 * Fetching a web page for import, with the guards a server that fetches links given by users
 * needs (SSRF): only http(s); no private, loopback, link-local or other special address, checked
 * for every address a host name resolves to and again at every redirect hop; the socket connects
 * to an address that was checked (so a second DNS answer cannot swap in 127.0.0.1); a timeout
 * over the whole fetch; a size cap counted on the bytes as they arrive (after decompression);
 * at most MAX_REDIRECTS redirects, each followed by hand so each hop is checked.
 *
 * `ALLOW_PRIVATE_FETCH=1` lifts the address rule, for tests that serve pages from 127.0.0.1.
 *
 * Every failure comes back as a reason a person can act on, never as a thrown error.
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { z } from 'zod';
import { MAX_ARTICLE_BYTES } from './read';

export const MAX_REDIRECTS = 5;
export const FETCH_TIMEOUT_MS = 20_000;
/** Says who is asking, so a site's operator can see it and tell us (or block us). */
export const USER_AGENT =
	'Camket/0.1 (reads news articles on Vietnam-Laos relations to track commitments; one request per link an editor imports)';

export type FetchResult =
	| { ok: true; url: string; bytes: Uint8Array; contentType: string | null }
	| { ok: false; url: string; reason: string };

export interface FetchOptions {
	timeoutMs?: number;
	maxBytes?: number;
	/** What kinds of document are accepted (tested on the Content-Type's media type). */
	accept?: (mediaType: string) => boolean;
	acceptHeader?: string;
	/** Defaults to `process.env.ALLOW_PRIVATE_FETCH === '1'`. */
	allowPrivate?: boolean;
	/**
	 * Exact addresses let through although private (tests only: a fixture server on 127.0.0.2
	 * stands in for a public site, so that a redirect from it to 127.0.0.1 can be refused).
	 */
	allowAddresses?: string[];
	/** Extra request headers (conditional GET). */
	headers?: Record<string, string>;
}

const HttpUrl = z
	.string()
	.trim()
	.min(1, 'the link is empty')
	.max(2048, 'the link is longer than 2048 characters')
	.transform((s, ctx) => {
		let u: URL;
		try {
			u = new URL(s);
		} catch {
			ctx.addIssue({
				code: 'custom',
				message: `“${s.slice(0, 100)}” is not a link (it should start with https://)`
			});
			return z.NEVER;
		}
		if (u.protocol !== 'http:' && u.protocol !== 'https:') {
			ctx.addIssue({
				code: 'custom',
				message: `refused: only http and https links are fetched, not ${u.protocol.replace(/:$/, '')}:`
			});
			return z.NEVER;
		}
		if (u.username || u.password) {
			ctx.addIssue({
				code: 'custom',
				message: 'refused: links with a user name or password are not fetched'
			});
			return z.NEVER;
		}
		u.hash = '';
		return u;
	});

/** Checks a link given by a user; the reason says what is wrong with it. */
export function parseHttpUrl(s: string): { ok: true; url: URL } | { ok: false; reason: string } {
	const r = HttpUrl.safeParse(s);
	return r.success ? { ok: true, url: r.data } : { ok: false, reason: r.error.issues[0]!.message };
}

// ---------------------------------------------------------------- addresses

/** Addresses that are not the public internet: RFC 6890's special-purpose ranges and the like. */
const PRIVATE = new BlockList();
for (const [net, prefix] of [
	['0.0.0.0', 8],
	['10.0.0.0', 8],
	['100.64.0.0', 10],
	['127.0.0.0', 8],
	['169.254.0.0', 16],
	['172.16.0.0', 12],
	['192.0.0.0', 24],
	['192.0.2.0', 24],
	['192.88.99.0', 24],
	['192.168.0.0', 16],
	['198.18.0.0', 15],
	['198.51.100.0', 24],
	['203.0.113.0', 24],
	['224.0.0.0', 4],
	['240.0.0.0', 4]
] as const)
	PRIVATE.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of [
	['::', 128],
	['::1', 128],
	['100::', 64],
	['2001::', 23],
	['2001:db8::', 32],
	['fc00::', 7],
	['fe80::', 10],
	['fec0::', 10],
	['ff00::', 8]
] as const)
	PRIVATE.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped, -compatible or NAT64 IPv6 address, if any. */
function embeddedIpv4(address: string): string | null {
	const lower = address.toLowerCase();
	const dotted = /^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
	if (dotted) return dotted[1]!;
	const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
	if (!hex) return null;
	const hi = parseInt(hex[1]!, 16);
	const lo = parseInt(hex[2]!, 16);
	return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

export function isPrivateAddress(address: string): boolean {
	const family = isIP(address);
	if (family === 4) return PRIVATE.check(address, 'ipv4');
	if (family !== 6) return true; // not an address at all: refuse rather than guess
	const v4 = embeddedIpv4(address);
	if (v4) return PRIVATE.check(v4, 'ipv4');
	return PRIVATE.check(address, 'ipv6');
}

class Refused extends Error {}

/** Every address the host resolves to, all checked: one private answer refuses the host. */
async function checkedAddresses(
	hostname: string,
	allowPrivate: boolean,
	allowAddresses: string[]
): Promise<{ address: string; family: number }[]> {
	const host = hostname.replace(/^\[|\]$/g, '');
	let addresses: { address: string; family: number }[];
	if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
	else {
		try {
			addresses = await dnsLookup(host, { all: true, verbatim: true });
		} catch (e) {
			throw new Refused(
				`the host ${host} could not be found (${(e as { code?: string }).code ?? 'DNS error'})`
			);
		}
	}
	if (addresses.length === 0) throw new Refused(`the host ${host} could not be found`);
	if (!allowPrivate) {
		const bad = addresses.find(
			(a) => isPrivateAddress(a.address) && !allowAddresses.includes(a.address)
		);
		if (bad)
			throw new Refused(
				`refused: ${host} is a private or local address (${bad.address}); only public web sites are fetched`
			);
	}
	return addresses;
}

/** Hands the socket the addresses we checked, instead of letting it ask DNS again. */
function pinnedLookup(addresses: { address: string; family: number }[]): LookupFunction {
	return ((_host: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
		if (options?.all) callback(null, addresses);
		else callback(null, addresses[0]!.address, addresses[0]!.family);
	}) as LookupFunction;
}

// ---------------------------------------------------------------- fetching

interface Hop {
	status: number;
	statusText: string;
	headers: http.IncomingHttpHeaders;
	body: Uint8Array | null;
}

function megabytes(n: number): string {
	return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** One request, no redirect followed; the body is read only for a 2xx answer, and never past `maxBytes`. */
function request(
	url: URL,
	addresses: { address: string; family: number }[],
	opts: Required<Pick<FetchOptions, 'maxBytes' | 'acceptHeader'>> & {
		headers: Record<string, string>;
		signal: AbortSignal;
	}
): Promise<Hop> {
	return new Promise((resolve, reject) => {
		const client = url.protocol === 'https:' ? https : http;
		const req = client.request(
			url,
			{
				method: 'GET',
				lookup: pinnedLookup(addresses),
				signal: opts.signal,
				headers: {
					'user-agent': USER_AGENT,
					accept: opts.acceptHeader,
					'accept-encoding': 'gzip, deflate, br',
					...opts.headers
				}
			},
			(res) => {
				const status = res.statusCode ?? 0;
				const hop = { status, statusText: res.statusMessage ?? '', headers: res.headers };
				if (status < 200 || status >= 300) {
					res.resume();
					return resolve({ ...hop, body: null });
				}
				const declared = Number(res.headers['content-length']);
				if (
					Number.isFinite(declared) &&
					declared > opts.maxBytes &&
					!res.headers['content-encoding']
				) {
					req.destroy();
					return reject(
						new Refused(
							`too large: the page is ${megabytes(declared)}, over the ${megabytes(opts.maxBytes)} limit`
						)
					);
				}
				const encoding = String(res.headers['content-encoding'] ?? '')
					.toLowerCase()
					.trim();
				let stream: NodeJS.ReadableStream = res;
				if (encoding === 'gzip' || encoding === 'x-gzip') stream = res.pipe(zlib.createGunzip());
				else if (encoding === 'deflate') stream = res.pipe(zlib.createInflate());
				else if (encoding === 'br') stream = res.pipe(zlib.createBrotliDecompress());
				const chunks: Buffer[] = [];
				let size = 0;
				// A connection cut mid-body (or the timeout) ends the response, not only the request.
				res.on('error', reject);
				res.on('close', () => {
					if (!res.complete)
						reject(new Refused('the server closed the connection before the page was complete'));
				});
				stream.on('data', (chunk: Buffer) => {
					size += chunk.length;
					if (size > opts.maxBytes) {
						req.destroy();
						reject(
							new Refused(`too large: the page is over the ${megabytes(opts.maxBytes)} limit`)
						);
						return;
					}
					chunks.push(chunk);
				});
				stream.on('end', () => resolve({ ...hop, body: new Uint8Array(Buffer.concat(chunks)) }));
				stream.on('error', (e: Error) => reject(e));
			}
		);
		req.on('error', reject);
		req.end();
	});
}

function describeError(e: unknown, timeoutMs: number): string {
	if (e instanceof Refused) return e.message;
	const err = e as { name?: string; code?: string; message?: string };
	if (err?.name === 'TimeoutError' || err?.name === 'AbortError' || err?.code === 'ABORT_ERR')
		return `timed out: no complete answer within ${Math.round(timeoutMs / 1000)} s`;
	if (err?.code === 'ECONNREFUSED') return 'the server refused the connection';
	if (err?.code === 'ECONNRESET') return 'the server closed the connection';
	if (err?.code === 'Z_DATA_ERROR' || err?.code === 'ERR_ZLIB_BINDING_CLOSED')
		return 'the page was sent compressed but could not be decompressed';
	if (err?.code?.startsWith('ERR_TLS') || err?.code?.includes('CERT'))
		return `the site's secure connection failed (${err.code})`;
	return `the page could not be fetched (${err?.code ?? err?.message ?? String(e)})`;
}

export const isHtmlType = (type: string) =>
	type === 'text/html' || type === 'application/xhtml+xml';

/**
 * Fetches a page, following up to MAX_REDIRECTS redirects by hand. A 304 (conditional GET)
 * comes back as `ok: true` with an empty body and `notModified`.
 */
export async function fetchPage(
	link: string,
	options: FetchOptions = {}
): Promise<FetchResult & { notModified?: boolean; headers?: http.IncomingHttpHeaders }> {
	const parsed = parseHttpUrl(link);
	if (!parsed.ok) return { ok: false, url: link, reason: parsed.reason };
	const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
	const maxBytes = options.maxBytes ?? MAX_ARTICLE_BYTES;
	const allowPrivate = options.allowPrivate ?? process.env.ALLOW_PRIVATE_FETCH === '1';
	const accept = options.accept ?? isHtmlType;
	const signal = AbortSignal.timeout(timeoutMs);
	let url = parsed.url;
	try {
		for (let redirects = 0; ; redirects++) {
			const addresses = await checkedAddresses(
				url.hostname,
				allowPrivate,
				options.allowAddresses ?? []
			);
			if (signal.aborted) throw signal.reason;
			const hop = await request(url, addresses, {
				maxBytes,
				acceptHeader: options.acceptHeader ?? 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
				headers: options.headers ?? {},
				signal
			});
			if ([301, 302, 303, 307, 308].includes(hop.status)) {
				const location = hop.headers.location;
				if (!location)
					return {
						ok: false,
						url: url.toString(),
						reason: `the server answered ${hop.status} (a redirect) without saying where to`
					};
				if (redirects >= MAX_REDIRECTS)
					return {
						ok: false,
						url: url.toString(),
						reason: `too many redirects (more than ${MAX_REDIRECTS})`
					};
				const next = parseHttpUrl(new URL(location, url).toString());
				if (!next.ok)
					return {
						ok: false,
						url: url.toString(),
						reason: `redirected to a link that is not fetched: ${next.reason}`
					};
				url = next.url;
				continue;
			}
			if (hop.status === 304)
				return {
					ok: true,
					url: url.toString(),
					bytes: new Uint8Array(),
					contentType: null,
					notModified: true,
					headers: hop.headers
				};
			if (hop.status < 200 || hop.status >= 300) {
				return {
					ok: false,
					url: url.toString(),
					reason: `the server answered ${hop.status}${hop.statusText ? ` ${hop.statusText}` : ''}`
				};
			}
			const contentType = hop.headers['content-type'] ?? null;
			const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
			if (mediaType && !accept(mediaType))
				return { ok: false, url: url.toString(), reason: `not HTML: the server sent ${mediaType}` };
			if (!hop.body || hop.body.byteLength === 0)
				return { ok: false, url: url.toString(), reason: 'the page is empty' };
			return { ok: true, url: url.toString(), bytes: hop.body, contentType, headers: hop.headers };
		}
	} catch (e) {
		return {
			ok: false,
			url: url.toString(),
			reason: describeError(signal.aborted ? signal.reason : e, timeoutMs)
		};
	}
}
