import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { startServer } from './helpers/server';

export interface EditorServer {
	base: string;
	email: string;
	password: string;
	output: () => string;
	/** The server's own PostgreSQL database when TEST_DATABASE_URL is set (PGlite is locked by the server). */
	database: TestDatabase | null;
	stop: () => Promise<void>;
}

/**
 * `DEMO=1 npm start` on a fresh database — PGlite in a temp folder, or a new PostgreSQL database
 * when TEST_DATABASE_URL is set — resolving once it prints the demo editor.
 */
export async function startDemoServer(
	admin?: Parameters<typeof startServer>[1]
): Promise<EditorServer> {
	const database = process.env.TEST_DATABASE_URL ? await createTestDatabase() : null;
	const server = await startServer({ DEMO: '1', DATABASE_URL: database?.url ?? '' }, admin);
	const m = /demo editor (\S+) with password (\S+)/.exec(server.output());
	if (!m) throw new Error(`npm start printed no demo editor:\n${server.output()}`);
	return {
		base: server.baseUrl,
		email: m[1]!,
		password: m[2]!,
		output: server.output,
		database,
		stop: async () => {
			server.stop();
			await database?.destroy();
		}
	};
}

/**
 * These tests read the editor pages in English: the reader's language cookie goes with every
 * request (the site defaults to Vietnamese; tests/e2e/editor-i18n.test.ts covers that side).
 */
export const ENGLISH = 'PARAGLIDE_LOCALE=en';
const withEnglish = (cookie?: string) => (cookie ? `${cookie}; ${ENGLISH}` : ENGLISH);

/** A form POST as a browser on this site sends it (same Origin, wants HTML). */
export function postForm(
	base: string,
	pathname: string,
	fields: Record<string, string> | FormData,
	opts: { cookie?: string; origin?: string } = {}
) {
	const body = fields instanceof FormData ? fields : new URLSearchParams(fields);
	return fetch(base + pathname, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: { origin: opts.origin ?? base, accept: 'text/html', cookie: withEnglish(opts.cookie) }
	});
}

/** Any server an editor can log in to: the demo server, or a test's own instance with an account it made. */
export type Credentials = Pick<EditorServer, 'base' | 'email' | 'password'>;

export async function logIn(s: Credentials): Promise<string> {
	const res = await postForm(s.base, '/login', {
		email: s.email,
		password: s.password,
		next: '/editor'
	});
	if (res.status !== 303) throw new Error(`login failed with ${res.status}: ${await res.text()}`);
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('camket_session='));
	if (!cookie) throw new Error('login set no session cookie');
	return cookie.split(';')[0]!;
}

export async function getPage(
	s: Pick<EditorServer, 'base'>,
	pathname: string,
	cookie?: string
): Promise<{ status: number; body: string; location: string | null }> {
	const res = await fetchIdempotent(s.base + pathname, {
		redirect: 'manual',
		headers: { cookie: withEnglish(cookie), accept: 'text/html' }
	});
	return { status: res.status, body: await res.text(), location: res.headers.get('location') };
}

/**
 * A GET sent on a kept-alive connection that the server closed as idle at that same moment is
 * reset before the server reads it. Browsers send such a request again, and so do we, once: on a
 * busy machine the test's own idle timer can fire late and lose that race.
 */
async function fetchIdempotent(url: string, init: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (e) {
		const code = (e as { cause?: { code?: string } }).cause?.code;
		if (code !== 'ECONNRESET' && code !== 'UND_ERR_SOCKET') throw e;
		return fetch(url, init);
	}
}

/** Imports one text file through the editor's import page and waits for its job to finish. */
export async function importThroughServer(
	s: Pick<EditorServer, 'base'>,
	cookie: string,
	name: string,
	text: string
): Promise<{ articleId: string; jobPath: string }> {
	const form = new FormData();
	form.append('files', new Blob([text], { type: 'text/plain' }), name);
	const res = await postForm(s.base, '/editor/import', form, { cookie });
	if (res.status !== 303) throw new Error(`import of ${name} answered ${res.status}`);
	const jobPath = res.headers.get('location')!;
	for (;;) {
		const job = await getPage(s, jobPath, cookie);
		if (job.body.includes('Finished:')) {
			const id = /href="\/articles\/(\d+)"/.exec(job.body)?.[1];
			if (!id) throw new Error(`import of ${name} finished without an article:\n${job.body}`);
			return { articleId: id, jobPath };
		}
		await new Promise((r) => setTimeout(r, 200));
	}
}
