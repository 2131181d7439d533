import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGLISH, logIn, postForm, startDemoServer, type EditorServer } from './editor-server';

/** Every editor form action, fed arbitrary fields by a logged-in editor. */
const ACTIONS = [
	'/editor/items/1?/edit',
	'/editor/items/1?/status',
	'/editor/items/1?/merge',
	'/editor/items/1?/split',
	'/editor?/accept',
	'/editor?/reject',
	'/editor/import',
	'/editor/account?/password'
];
// No "text": a pasted article is a legitimate import, and this test is about refusals.
const FIELD_NAMES = [
	'version',
	'title',
	'titleEn',
	'sector',
	'targetValue',
	'targetValueMax',
	'unit',
	'targetYear',
	'deadline',
	'toStatus',
	'reason',
	'evidenceMentionId',
	'evidenceUrl',
	'note',
	'effectiveOn',
	'publicNote',
	'targetId',
	'mentionId',
	'proposalId',
	'pasteName',
	'current',
	'password',
	'confirm'
];

describe('editor forms under arbitrary input', () => {
	let s: EditorServer;
	let cookie: string;
	beforeAll(async () => {
		s = await startDemoServer();
		cookie = await logIn(s);
	});
	afterAll(async () => {
		await s?.stop();
	});

	const snapshot = async () => {
		const item = await (await fetch(`${s.base}/api/commitments/1`)).json();
		const list = await (await fetch(`${s.base}/api/commitments?page_size=100`)).json();
		return JSON.stringify({
			item,
			total: list.total,
			versions: list.items.map((i: { id: number; version: number }) => [i.id, i.version])
		});
	};

	it('never answers 500, says why it refused, and leaves the data as it was', async () => {
		const before = await snapshot();
		// Arbitrary strings for every field: a valid version, status or enum value is vanishingly rare.
		const fields = fc.dictionary(
			fc.constantFrom(...FIELD_NAMES),
			fc.oneof(
				fc.string({ maxLength: 80 }),
				fc.constantFrom(
					'',
					'-1',
					'0',
					'1e309',
					'NaN',
					'9'.repeat(40),
					'<script>x</script>',
					"'; drop table commitments; --"
				)
			)
		);
		await fc.assert(
			fc.asyncProperty(fc.constantFrom(...ACTIONS), fields, async (action, form) => {
				const [pathname, query] = action.split('?');
				const res = await postForm(s.base, pathname + (query ? `?${query}` : ''), form, { cookie });
				const body = await res.text();
				expect(res.status, `${action} ${JSON.stringify(form)}`).toBeLessThan(500);
				expect(res.status, `${action} ${JSON.stringify(form)}`).not.toBe(303);
				// A refused form is shown again with the reason (role="alert"); a missing item or proposal is a 404 page.
				if (res.status === 400) expect(body, action).toMatch(/role="alert"/);
			}),
			{ numRuns: 120 }
		);
		expect(await snapshot()).toBe(before);
	});
});

/**
 * Every route, every class of hostile value a probe found a 500 with: a NUL byte, a number past
 * int4, CR/LF, dates far outside 1900–2100, and multipart bodies that do not parse. Each must be
 * answered below 500, and a refusal must say what was wrong.
 */
const HOSTILE = [
	'a\u0000b',
	'\u0000',
	'2147483648',
	'99999999999999999999',
	'-2147483649',
	'1e309',
	'x\r\nSet-Cookie: a=b',
	'%0d%0a',
	'0000-01-01',
	'9999-12-31',
	'1899-12-31',
	'2101-01-01',
	'-0001-01-01'
];
const QUERY_NAMES = [
	'q',
	'sector',
	'status',
	'entity',
	'year',
	'as_of',
	'page',
	'page_size',
	'sort',
	'order',
	'before',
	'next',
	'locale',
	'expired',
	'saved',
	'created',
	'done',
	'kind'
];
const GET_ROUTES = [
	'/',
	'/commitments',
	'/commitments/[id]',
	'/commitments/[id]/feed.xml',
	'/commitments/export.csv',
	'/commitments/export.json',
	'/articles',
	'/articles/[id]',
	'/entities',
	'/entities/[slug]',
	'/corrections',
	'/trade',
	'/methodology',
	'/feed.xml',
	'/api/commitments',
	'/api/commitments/[id]',
	'/api/articles/[id]',
	'/api/entities',
	'/api/entities/[slug]',
	'/api/trade',
	'/language',
	'/login',
	'/editor',
	'/editor/items',
	'/editor/items/[id]',
	'/editor/import',
	'/editor/import/[id]',
	'/editor/audit',
	'/editor/account',
	'/admin',
	'/admin/feeds'
];
// /logout takes no fields (and would end the session the rest of the loop uses).
const POST_ROUTES = [
	'/login',
	'/report',
	'/admin?/create',
	'/admin/feeds?/add',
	'/admin/feeds?/poll',
	'/admin/feeds?/remove',
	...ACTIONS
];

describe('every route under hostile values', () => {
	let s: EditorServer;
	let cookie: string;
	beforeAll(async () => {
		s = await startDemoServer();
		cookie = await logIn(s);
	}, 600_000);
	afterAll(async () => {
		await s?.stop();
	});

	/** A refusal says why: an API's JSON error, a form's alert, an error page's message, or a 404 page's heading. */
	const explains = (status: number, body: string) =>
		status < 400 ||
		/"error"\s*:\s*"[^"]+"|"message"\s*:\s*"[^"]+"|role="alert"|<p>[^<]{10,}<\/p>/.test(body) ||
		(status === 404 && /<h1[^>]*>[^<]+<\/h1>/.test(body));

	it('answers every GET route below 500, in paths and query strings, anonymous or logged in', async () => {
		const failures: string[] = [];
		for (const route of GET_ROUTES) {
			for (const value of HOSTILE) {
				const pathname = route.replace(/\[(id|slug)\]/, encodeURIComponent(value));
				const query = new URLSearchParams(QUERY_NAMES.map((n) => [n, value]));
				for (const who of ['', cookie]) {
					const url = `${pathname}?${query}`;
					const res = await fetch(s.base + url, {
						redirect: 'manual',
						headers: { cookie: who ? `${who}; ${ENGLISH}` : ENGLISH }
					});
					const body = await res.text();
					if (res.status >= 500 || !explains(res.status, body))
						failures.push(`${res.status} ${who ? 'editor' : 'anonymous'} GET ${url}`);
				}
			}
		}
		expect(failures).toEqual([]);
	}, 600_000);

	it('answers every form below 500, with every field hostile or the body malformed, and says why', async () => {
		const failures: string[] = [];
		const malformed: [string, string][] = [
			[
				'multipart/form-data; boundary=xyz',
				'--xyz\r\nContent-Disposition: form-data; name="email"\r\n\r\nno closing boundary'
			],
			['multipart/form-data', 'no boundary at all'],
			['multipart/form-data; boundary=xyz', '\u0000\u0000garbage'],
			['application/x-www-form-urlencoded', '%%%=%zz&\u0000=\u0000']
		];
		for (const route of POST_ROUTES) {
			// A logged-in editor posting /login is sent on to the editor (303): only the anonymous side is a refusal.
			for (const who of route === '/login' ? [''] : ['', cookie]) {
				for (const value of HOSTILE) {
					const fields = Object.fromEntries(
						['email', 'password', 'next', ...FIELD_NAMES].map((n) => [n, value])
					);
					const res = await postForm(s.base, route, fields, { cookie: who || undefined });
					const body = await res.text();
					if (res.status >= 500 || res.status === 303 || !explains(res.status, body))
						failures.push(
							`${res.status} ${who ? 'editor' : 'anonymous'} POST ${route} ${JSON.stringify(value)}`
						);
				}
				for (const [type, body] of malformed) {
					const res = await fetch(s.base + route, {
						method: 'POST',
						body,
						redirect: 'manual',
						headers: {
							'content-type': type,
							origin: s.base,
							cookie: who ? `${who}; ${ENGLISH}` : ENGLISH
						}
					});
					const text = await res.text();
					if (res.status >= 500 || res.status === 303 || !explains(res.status, text))
						failures.push(
							`${res.status} ${who ? 'editor' : 'anonymous'} POST ${route} malformed ${type}`
						);
				}
			}
		}
		expect(failures).toEqual([]);
	}, 600_000);
});
