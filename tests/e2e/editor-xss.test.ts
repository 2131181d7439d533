import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	getPage,
	importThroughServer,
	logIn,
	postForm,
	startDemoServer,
	type EditorServer
} from './editor-server';

const SCRIPT = '<script>alert("camket-xss-1")</script>';
const IMG = '"><img src=x onerror=alert("camket-xss-2")>';
const TEXT = [
	` date 2025-09-09 Tin thử nghiệm ${SCRIPT} về thương mại ${IMG}`,
	'',
	'Đoạn mở đầu này chỉ giới thiệu bối cảnh chung của cuộc gặp giữa hai đoàn đại biểu.',
	'',
	`Hai bên nhất trí phấn đấu đưa kim ngạch thương mại song phương lên 7 tỷ USD vào năm 2029 ${SCRIPT} cùng ${IMG} trong giai đoạn tới.`,
	''
].join('\n');

/** Import an article carrying HTML payloads, then read every page it can reach. */
describe('hostile article text renders escaped on every page (built server)', () => {
	let s: EditorServer;
	let cookie: string;
	let jobPath: string;
	let articleId: string;
	let itemIds: string[];
	beforeAll(async () => {
		s = await startDemoServer();
		cookie = await logIn(s);
		({ articleId, jobPath } = await importThroughServer(s, cookie, 'hostile.txt', TEXT));
		const evidence = await (await fetch(`${s.base}/api/articles/${articleId}`)).text();
		itemIds = [...new Set([...evidence.matchAll(/"commitmentId":(\d+)/g)].map((m) => m[1]!))];
		// Put the payload into a title and the corrections log too.
		const edit = await getPage(s, `/editor/items/${itemIds[0]}`, cookie);
		const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
		const saved = await postForm(
			s.base,
			`/editor/items/${itemIds[0]}?/edit`,
			{
				version,
				title: `Edited ${SCRIPT} ${IMG}`,
				titleEn: '',
				sector: 'trade',
				targetValue: '',
				targetValueMax: '',
				unit: '',
				targetYear: '',
				deadline: '',
				publicNote: `Note ${IMG}`
			},
			{ cookie }
		);
		expect(saved.status).toBe(303);
	});
	afterAll(async () => {
		await s?.stop();
	});

	it('found an item in the hostile article', () => {
		expect(itemIds.length).toBeGreaterThan(0);
	});

	it('escapes the payload on public pages, editor pages and feeds', async () => {
		const item = itemIds[0]!;
		const pages = [
			'/',
			'/commitments',
			`/commitments?q=${encodeURIComponent('thử nghiệm')}`,
			'/articles',
			`/articles/${articleId}`,
			`/commitments/${item}`,
			'/entities',
			'/trade',
			'/corrections',
			'/feed.xml',
			`/commitments/${item}/feed.xml`,
			'/editor',
			'/editor/items',
			`/editor/items/${item}`,
			jobPath,
			'/editor/import',
			'/editor/audit'
		];
		const shown: string[] = [];
		for (const p of pages) {
			const page = await getPage(s, p, cookie);
			expect(page.status, p).toBe(200);
			expect(page.body, p).not.toContain('<script>alert(');
			expect(page.body, p).not.toMatch(/<img[^>]*onerror/i);
			if (page.body.includes('&lt;script&gt;alert(') || page.body.includes('&lt;img src=x onerror'))
				shown.push(p);
		}
		// The payload is really on these pages, as text.
		for (const p of [
			`/articles/${articleId}`,
			`/commitments/${item}`,
			'/corrections',
			`/editor/items/${item}`,
			'/editor/audit'
		])
			expect(shown, p).toContain(p);
	});
});
