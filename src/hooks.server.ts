import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { dev } from '$app/environment';
import { batchDatabase, closeAppDatabase } from '$lib/server/db';
import { handleAuth } from '$lib/server/auth/handle';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { withFeedLanguage } from '$lib/server/feed-language';
import { badInputMessage, handleSecurity, isDatabaseUnavailable } from '$lib/server/http';
import { startImportWorker, stopImportWorker } from '$lib/server/editor/import-worker';
import { startFeedPoller, stopFeedPoller } from '$lib/server/editor/feed-poller';
import { installCrashPolicy, onShutdown } from '$lib/server/process-policy';
import { handlePageCache } from '$lib/server/page-cache';
import { handleRenderLimit } from '$lib/server/render-limit';

/**
 * Migrate before the first request, so a fresh database is ready when the server listens; then
 * start the import worker and the feed poller on their own connection. On SIGTERM (adapter-node stops accepting and
 * lets requests in flight finish) the worker stops and the pools close, so the process can end.
 */
export const init: ServerInit = async () => {
	if (!dev) installCrashPolicy();
	const { db } = await batchDatabase();
	startImportWorker(db);
	startFeedPoller(db);
	if (!dev)
		onShutdown(async () => {
			await stopFeedPoller();
			await stopImportWorker();
			await closeAppDatabase();
		});
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (isDatabaseUnavailable(error)) {
		event.locals.databaseUnavailable = true;
		console.error(`database unavailable during ${event.request.method} ${event.url.pathname}`);
		return { message: 'The database is unavailable right now. Please try again in a minute.' };
	}
	const bad = badInputMessage(error);
	if (bad) {
		event.locals.badInput = bad;
		return { message: bad };
	}
	if (status !== 404) console.error(error);
	return {
		message:
			status === 404 ? 'Not found' : 'Something went wrong on our side. Please try again shortly.'
	};
};

/** Picks the reader's language (cookie, else Vietnamese) and writes it into `<html lang>`. */
const handleParaglide: Handle = ({ event, resolve }) =>
	paraglideMiddleware(withFeedLanguage(event.request, event.url), ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

export const handle: Handle = sequence(
	handleSecurity,
	handleAuth,
	handlePageCache,
	// After the cache: a hit is replayed at once, only renders wait their turn.
	handleRenderLimit,
	handleParaglide
);
