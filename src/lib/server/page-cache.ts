/**
 * A per-instance cache of the public pages an anonymous reader gets, keyed on the database's
 * snapshot (`pg_current_snapshot()`).
 *
 * Why the snapshot: two requests that see the same snapshot see exactly the same committed
 * data, and any commit anywhere (this instance, another instance, a CLI import) changes it.
 * So a hit is never stale, and no instance needs to tell another to invalidate anything:
 * each asks the database one cheap question per request. The page is rendered after the
 * snapshot is read, so what is stored is at least as new as its key.
 *
 * Everything else a public page depends on is in the key too: the URL (filters, `as_of`),
 * the reader's language and today's date (the default `as_of`). Only what a page can depend on:
 * the language as resolved, not the raw cookie, and the query without link-tracking tags, so a
 * link shared with `?utm_source=…` or a junk cookie value is not a fresh render each time. Signed-in editors
 * are never served from here: their pages carry their name, forms and session renewals.
 */
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Handle, RequestEvent } from '@sveltejs/kit';
import { sql } from 'drizzle-orm';
import { LRUCache } from 'lru-cache';
import { extractLocaleFromRequest } from '$lib/paraglide/runtime';
import { SESSION_COOKIE } from './auth/session';
import { getDb, type Db } from './db';
import { today } from '../as-of';

interface StoredResponse {
	status: number;
	headers: [string, string][];
	body: Uint8Array<ArrayBuffer>;
	/** The body gzipped once when stored, so a hit is not compressed again for every reader. */
	gzipped?: Uint8Array<ArrayBuffer>;
}

const gzipAsync = promisify(gzip);
/** Text worth compressing (HTML, JSON, Atom, CSV); below about a kilobyte gzip saves nothing. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript)|image\/svg\+xml)/i;
const MIN_COMPRESS_BYTES = 1024;

/**
 * Editor and sign-in pages are per person. /ping is the constant page `npm run bench` uses as
 * the framework floor: it must measure SvelteKit rendering, not a replay.
 */
const UNCACHED_PREFIXES = ['/editor', '/admin', '/login', '/logout', '/language', '/ping'];
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const stored = new LRUCache<string, StoredResponse>({
	maxSize: 64 * 1024 * 1024,
	sizeCalculation: (entry, key) =>
		entry.body.byteLength + (entry.gzipped?.byteLength ?? 0) + key.length + 512,
	// A bound on anything the key might miss (nothing known): a page is rendered afresh at least once a minute.
	ttl: 60_000
});

/** Renders in progress, so that readers arriving together after a write cost one render, not fifty. */
const rendering = new Map<string, Promise<StoredResponse>>();

function isCacheable(event: RequestEvent): boolean {
	if (event.request.method !== 'GET') return false;
	if (event.cookies.get(SESSION_COOKIE)) return false;
	const path = event.url.pathname;
	return !UNCACHED_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
}

/** Tags that only say where a link was shared (analytics, Facebook, Google, Zalo); no page reads them. */
const TRACKING_PARAM = /^(utm_\w+|fbclid|gclid|zarsrc|mc_\w+)$/i;

/**
 * The path as the client asked for it, with its parameters in one order and tracking tags
 * dropped. Not `event.url`: SvelteKit strips `/__data.json` from it, so a client-side
 * navigation's JSON and the page's HTML would share one key.
 */
function requestedPath(event: RequestEvent): string {
	const url = new URL(event.request.url);
	const kept = [...url.searchParams].filter(([name]) => !TRACKING_PARAM.test(name));
	// A stable sort: repeated names (several sectors) keep their order among themselves.
	kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const search = new URLSearchParams(kept).toString();
	return search ? `${url.pathname}?${search}` : url.pathname;
}

async function databaseSnapshot(db: Db): Promise<string> {
	const [row] = await db
		.select({ snapshot: sql<string>`pg_current_snapshot()::text` })
		.from(sql`(select 1) as one`);
	return row!.snapshot;
}

function isKeepable(entry: StoredResponse): boolean {
	return (
		entry.status === 200 &&
		!entry.headers.some(([name]) => name === 'set-cookie') &&
		entry.body.byteLength <= MAX_BODY_BYTES
	);
}

async function render(
	event: RequestEvent,
	resolve: Parameters<Handle>[0]['resolve']
): Promise<StoredResponse> {
	const response = await resolve(event);
	return {
		status: response.status,
		headers: [...response.headers],
		body: new Uint8Array(await response.arrayBuffer())
	};
}

async function withGzip(entry: StoredResponse): Promise<StoredResponse> {
	const type = entry.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
	if (
		entry.body.byteLength < MIN_COMPRESS_BYTES ||
		!COMPRESSIBLE.test(type) ||
		entry.headers.some(([name]) => name === 'content-encoding')
	)
		return entry;
	const zipped = await gzipAsync(entry.body);
	const gzipped = new Uint8Array(new ArrayBuffer(zipped.byteLength));
	gzipped.set(zipped);
	return { ...entry, gzipped };
}

/** Whether Accept-Encoding allows gzip: named (or `*`) and not with q=0. */
function acceptsGzip(header: string | null): boolean {
	if (!header) return false;
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== 'x-gzip' && coding !== '*') return false;
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
		return q === undefined || Number(q) > 0;
	});
}

/**
 * `X-Cache` tells an operator (and the tests) whether a page was rendered or replayed. A client
 * that accepts gzip gets the stored gzip (scripts/serve.js's compression leaves an encoded
 * response alone); `Vary` tells caches between us and the reader that the two differ.
 */
function replay(event: RequestEvent, entry: StoredResponse, cache: 'hit' | 'miss'): Response {
	const zipped = entry.gzipped && acceptsGzip(event.request.headers.get('accept-encoding'));
	const response = new Response(zipped ? entry.gzipped : entry.body, {
		status: entry.status,
		headers: entry.headers
	});
	if (entry.gzipped) {
		response.headers.append('Vary', 'Accept-Encoding');
		if (zipped) {
			response.headers.set('Content-Encoding', 'gzip');
			response.headers.set('Content-Length', String(entry.gzipped.byteLength));
		}
	}
	response.headers.set('X-Cache', cache);
	return response;
}

export const handlePageCache: Handle = async ({ event, resolve }) => {
	if (!isCacheable(event)) return resolve(event);
	let snapshot: string;
	try {
		snapshot = await databaseSnapshot(await getDb());
	} catch {
		// The page's own load will meet the same failure and answer with the 503 page.
		return resolve(event);
	}
	const key = [
		snapshot,
		today(),
		extractLocaleFromRequest(event.request),
		requestedPath(event)
	].join('\n');
	const hit = stored.get(key);
	if (hit) return replay(event, hit, 'hit');
	const pending = rendering.get(key);
	if (pending) {
		const entry = await pending.catch(() => null);
		// Wait for the reader who is rendering it; if that failed or cannot be kept, render our own.
		return entry && isKeepable(entry) ? replay(event, entry, 'hit') : resolve(event);
	}
	const mine = render(event, resolve).then((entry) =>
		isKeepable(entry) ? withGzip(entry) : entry
	);
	rendering.set(key, mine);
	try {
		const entry = await mine;
		if (isKeepable(entry)) stored.set(key, entry);
		return replay(event, entry, 'miss');
	} finally {
		rendering.delete(key);
	}
};
