import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIn, postForm, startDemoServer, type EditorServer } from './editor-server';

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
const FIELD_NAMES = ['version', 'title', 'titleEn', 'sector', 'targetValue', 'targetValueMax', 'unit', 'targetYear', 'deadline', 'toStatus', 'reason', 'evidenceMentionId', 'evidenceUrl', 'note', 'effectiveOn', 'publicNote', 'targetId', 'mentionId', 'proposalId', 'pasteName', 'current', 'password', 'confirm'];

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
		return JSON.stringify({ item, total: list.total, versions: list.items.map((i: { id: number; version: number }) => [i.id, i.version]) });
	};

	it('never answers 500, says why it refused, and leaves the data as it was', async () => {
		const before = await snapshot();
		// Arbitrary strings for every field: a valid version, status or enum value is vanishingly rare.
		const fields = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('', '-1', '0', '1e309', 'NaN', '9'.repeat(40), '<script>x</script>', "'; drop table commitments; --")));
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
