import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './helpers/server';
import { today as trackerToday } from '../../src/lib/as-of';

/**
 * What a reader sees of an item known only from an article without a date (the seed of 8 Nov,
 * whose year the text never gives): a visible "undated" badge in the list and on the item page,
 * in Vietnamese and in English, and never the day the article was imported.
 */
describe('items without a date, over HTTP', () => {
	let server: RunningServer;
	const ENGLISH = 'PARAGLIDE_LOCALE=en';

	beforeAll(async () => {
		server = await startServer();
	}, 300_000);

	afterAll(() => {
		server?.stop();
	});

	async function get(path: string, cookie?: string): Promise<string> {
		const r = await fetch(server.baseUrl + path, { headers: cookie ? { cookie } : {} });
		expect(r.status, path).toBe(200);
		return r.text();
	}

	it('marks each undated item in the list, and only those, in both languages', async () => {
		const api = JSON.parse(await get('/api/commitments?page_size=200')) as {
			items: { id: number; firstMentioned: string | null }[];
		};
		const undated = api.items.filter((i) => i.firstMentioned === null).map((i) => i.id);
		expect(undated.length).toBeGreaterThanOrEqual(1);
		expect(undated.length).toBeLessThan(api.items.length);

		const rows = (html: string) => html.split('<tr').slice(1);
		const rowOf = (html: string, id: number) =>
			rows(html).find((r) => r.includes(`href="/commitments/${id}"`));
		const vi = await get('/commitments?page_size=200');
		const en = await get('/commitments?page_size=200', ENGLISH);
		for (const id of api.items.map((i) => i.id)) {
			const expected = undated.includes(id);
			expect(rowOf(vi, id), `item ${id} in the list`).toBeDefined();
			expect(
				/class="badge warn undated"[^>]*>Không rõ ngày</.test(rowOf(vi, id)!),
				`item ${id} (vi)`
			).toBe(expected);
			expect(
				/class="badge warn undated"[^>]*>Undated</.test(rowOf(en, id)!),
				`item ${id} (en)`
			).toBe(expected);
		}
	});

	it('shows no import-day date for an undated change on the overview', async () => {
		const api = JSON.parse(await get('/api/commitments?page_size=200')) as {
			items: { id: number; firstMentioned: string | null }[];
		};
		const undated = new Set(api.items.filter((i) => i.firstMentioned === null).map((i) => i.id));
		const today = trackerToday();
		const html = await get('/');
		const recent = html.slice(html.indexOf('id="recent"'), html.indexOf('id="quiet"'));
		const entries = recent.split('<li').slice(1);
		const ofUndated = entries.filter((e) =>
			[...undated].some((id) => e.includes(`href="/commitments/${id}"`))
		);
		expect(ofUndated.length, 'an undated item among the recent changes').toBeGreaterThan(0);
		for (const e of ofUndated) {
			expect(e).toContain('Không rõ ngày');
			expect(e).not.toContain(`datetime="${today}`);
		}
	});

	it('says on the item page that the item has no date, and why, instead of a date', async () => {
		const api = JSON.parse(await get('/api/commitments?page_size=200')) as {
			items: { id: number; firstMentioned: string | null }[];
		};
		const id = api.items.find((i) => i.firstMentioned === null)!.id;
		const today = trackerToday();
		const [d, m, y] = [today.slice(8), today.slice(5, 7), today.slice(0, 4)];
		const vi = await get(`/commitments/${id}`);
		expect(vi).toMatch(
			/class="badge warn undated"[^>]*>Không rõ ngày<\/span>\s*Chỉ biết qua bài báo không rõ ngày đăng/
		);
		expect(vi).not.toContain(`Nhắc lần đầu ${d}/${m}/${y}`);
		// Nor does its timeline: the system's first status, made from the undated article, has no day either.
		const timeline = vi.slice(vi.indexOf('id="timeline"'));
		expect(timeline).not.toContain(`datetime="${today}"`);
		expect(timeline).not.toContain(`${d}/${m}/${y}`);
		// (Svelte leaves comment markers between the parts.)
		expect(timeline.replace(/<!--[^>]*-->/g, '')).toMatch(
			/Không rõ ngày\s*·\s*<strong>Đổi trạng thái<\/strong>/
		);
		const en = await get(`/commitments/${id}`, ENGLISH);
		expect(en).toMatch(
			/class="badge warn undated"[^>]*>Undated<\/span>\s*Known only from articles without a publication date/
		);
		// A dated item keeps its dates and no badge.
		const dated = api.items.find((i) => i.firstMentioned !== null)!.id;
		expect(await get(`/commitments/${dated}`)).not.toContain('badge warn undated');
	});
});
