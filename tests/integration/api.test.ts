import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type BuiltServer } from '../../scripts/lib/built-server';
import { dbEnv, runScript } from '../helpers/cli';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

/** The fields these tests read, across the endpoints they call (each sends some of them). */
interface ApiItem {
	id: number;
	sector: string;
	kind: string;
	status: string;
	targetValue: string | null;
	entities: { slug: string }[];
}
interface ApiMention {
	start: number;
	end: number;
	quote: string;
	commitmentId: number;
	article: { id: number };
}
interface ApiBody {
	error: string;
	total: number;
	items: ApiItem[];
	mentions: ApiMention[];
	revisions: { earlier: { targetValue: string | null }[] };
	statusEvents: unknown[];
	article: { rawText: string };
	points: { year: number; valueUsd: string; isEstimate: boolean }[];
	entities: { slug: string; commitmentCount: number }[];
	entity: { slug: string };
}

/** The JSON API as other tools call it: the built server over HTTP, on the imported seeds. */
describe(`the JSON API (${backendName})`, () => {
	let base = '';
	let t: TestDatabase;
	let dir: string;
	let server: BuiltServer;
	const get = async (p: string) => {
		const r = await fetch(base + p);
		return {
			status: r.status,
			type: r.headers.get('content-type') ?? '',
			body: (await r.json()) as ApiBody
		};
	};

	beforeAll(async () => {
		t = await createTestDatabase();
		dir = mkdtempSync(path.join(tmpdir(), 'camket-api-'));
		// PGlite allows one process per data folder: the import runs first, then the server opens it.
		if (!t.url) await t.close();
		const env = dbEnv(t, path.join(dir, 'data'));
		const imported = await runScript('scripts/import.ts', ['seeds'], env);
		if (imported.code !== 0) throw new Error(imported.stderr + imported.stdout);
		server = await startBuiltServer(env);
		base = server.url;
	});
	afterAll(async () => {
		await server?.stop();
		if (t?.url) await t.destroy();
		rmSync(dir, { recursive: true, force: true });
	});

	it('lists commitments with filters and pagination', async () => {
		const all = await get('/api/commitments?as_of=2026-12-31&page_size=5');
		expect(all.status).toBe(200);
		expect(all.type).toContain('application/json');
		expect(all.body).toMatchObject({ asOf: '2026-12-31', page: 1, pageSize: 5 });
		expect(all.body.items).toHaveLength(5);
		expect(all.body.total).toBeGreaterThan(10);
		const road = await get('/api/commitments?as_of=2026-12-31&q=cao%20toc%20ha%20noi');
		expect(road.body.items.map((i) => i.entities.map((e) => e.slug)).flat()).toContain(
			'hanoi-vientiane-expressway'
		);
		const trade = await get(
			'/api/commitments?as_of=2026-12-31&sector=trade&status=announced&sort=title&order=asc'
		);
		expect(trade.body.items.every((i) => i.sector === 'trade' && i.status === 'announced')).toBe(
			true
		);
	});

	it('filters by kind as the list page does, and the exports of that view hold the same items', async () => {
		const all = await get('/api/commitments?as_of=2026-12-31&page_size=200');
		const kinds = new Set(all.body.items.map((i) => i.kind));
		expect(kinds.has('policy') && kinds.has('project')).toBe(true);
		const policy = await get('/api/commitments?as_of=2026-12-31&kind=policy&page_size=200');
		expect(policy.status).toBe(200);
		expect(policy.body.total).toBe(all.body.items.filter((i) => i.kind === 'policy').length);
		expect(policy.body.items.every((i) => i.kind === 'policy')).toBe(true);
		const deliverable = await get(
			'/api/commitments?as_of=2026-12-31&kind=deliverable&page_size=200'
		);
		expect(deliverable.body.total).toBe(all.body.total - policy.body.total);
		expect(deliverable.body.items.some((i) => i.kind === 'policy')).toBe(false);
		expect((await get('/api/commitments?kind=promise')).status).toBe(400);

		const exported = (await (
			await fetch(`${base}/commitments/export.json?as_of=2026-12-31&kind=policy`)
		).json()) as { filter: { kind?: string }; items: { id: number; kind: string }[] };
		expect(exported.filter.kind).toBe('policy');
		expect(exported.items.map((i) => i.id).sort()).toEqual(
			policy.body.items.map((i) => i.id).sort()
		);
		const csv = await (
			await fetch(`${base}/commitments/export.csv?as_of=2026-12-31&kind=policy`)
		).text();
		// A header line, then one line per item at least (quotes may hold line breaks).
		expect(csv.split('\n').filter((l) => /^\d+,/.test(l)).length).toBe(policy.body.total);
	});

	it('shows an item with its mentions, events and revisions, and an article with the offsets of its evidence', async () => {
		const list = await get('/api/commitments?as_of=2026-12-31&sector=trade&page_size=50');
		const ten = list.body.items.find((i) => i.targetValue === '10000000000')!;
		const detail = await get(`/api/commitments/${ten.id}?as_of=2026-12-31`);
		expect(detail.status).toBe(200);
		expect(detail.body.mentions).toHaveLength(2);
		expect(detail.body.revisions.earlier[0]?.targetValue).toBe('5000000000');
		expect(detail.body.statusEvents[0]).toMatchObject({
			toStatus: 'announced',
			by: { kind: 'system' }
		});
		const m = detail.body.mentions[0]!;
		const article = await get(`/api/articles/${m.article.id}?as_of=2026-12-31`);
		expect(article.body.article.rawText.slice(m.start, m.end)).toBe(m.quote);
		expect(
			article.body.mentions.some((x) => x.start === m.start && x.commitmentId === ten.id)
		).toBe(true);
	});

	it('serves the trade series and entities, by slug or alias', async () => {
		const trade = await get('/api/trade?as_of=2026-12-31');
		expect(trade.body.points.map((p) => [p.year, p.valueUsd, p.isEstimate])).toEqual([
			[2023, '1640000000', false],
			[2024, '2200000000', true]
		]);
		const ents = await get('/api/entities?as_of=2026-12-31');
		expect(
			ents.body.entities.find((e) => e.slug === 'hanoi-vientiane-expressway')?.commitmentCount
		).toBe(1);
		const rail = await get(
			`/api/entities/${encodeURIComponent('đường sắt Viêng Chăn–Vũng Áng')}?as_of=2026-12-31`
		);
		expect(rail.body.entity.slug).toBe('vientiane-vung-ang-railway');
	});

	it('answers as of a date', async () => {
		const early = await get('/api/trade?as_of=2024-12-31');
		expect(early.body.points).toEqual([]);
		const list = await get('/api/commitments?as_of=2025-12-31&entity=vientiane-vung-ang-railway');
		expect(list.body.total).toBe(0);
	});

	it.each([
		['/api/commitments?as_of=2025-13-40', /as_of/],
		['/api/commitments?as_of=yesterday', /as_of/],
		['/api/commitments?status=done', /status/],
		['/api/commitments?sector=space', /sector/],
		['/api/commitments?page=0', /page/],
		['/api/commitments?page_size=1000', /page_size/],
		['/api/commitments?year=twenty', /year/],
		['/api/commitments?sort=random', /sort/],
		['/api/commitments?stauts=achieved', /unknown parameter: stauts/],
		['/api/commitments?q=a&q=b', /more than once/],
		['/api/commitments/abc', /id/],
		['/api/articles/-1', /id/],
		['/api/trade?as_of=2025-02-30', /as_of/],
		['/api/entities?limit=3', /unknown parameter/]
	])('refuses %s with a 400 and a message', async (url, message) => {
		const r = await get(url);
		expect(r.status).toBe(400);
		expect(r.body.error).toMatch(message);
	});

	it('says 404 for things that do not exist', async () => {
		expect((await get('/api/commitments/999999')).status).toBe(404);
		expect((await get('/api/articles/999999')).status).toBe(404);
		expect((await get('/api/entities/no-such-thing')).body.error).toMatch(/no entity/);
	});
});
