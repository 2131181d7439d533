import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/db';
import { DatabaseRelay, freePort, startBuiltServer, type RunningServer } from '../helpers/server';

/** PostgreSQL goes away under a running server, then comes back. Needs a real server. */
describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL outage', () => {
	let t: TestDatabase;
	let relay: DatabaseRelay;
	let app: RunningServer;

	beforeAll(async () => {
		t = await createTestDatabase();
		const direct = new URL(t.url!);
		relay = new DatabaseRelay(await freePort(), { host: direct.hostname, port: Number(direct.port || 5432) });
		await relay.open();
		const viaRelay = new URL(t.url!);
		viaRelay.hostname = '127.0.0.1';
		viaRelay.port = String(relay.port);
		app = await startBuiltServer({ DATABASE_URL: viaRelay.toString() });
	});

	afterAll(async () => {
		await app?.stop();
		await relay?.cut();
		await t?.destroy();
	});

	it('answers 503 with a plain message while the database is down, and recovers by itself', async () => {
		expect((await fetch(`${app.url}/`)).status).toBe(200);

		await relay.cut();
		const down = await fetch(`${app.url}/`);
		const body = await down.text();
		expect(down.status).toBe(503);
		expect(down.headers.get('retry-after')).toBe('30');
		expect(body).toContain('The database is unavailable right now');
		expect(body).not.toMatch(/at \S+ \(|ECONNREFUSED|node_modules/);

		await relay.open();
		let status = 0;
		for (let i = 0; i < 50 && status !== 200; i++) {
			status = (await fetch(`${app.url}/`)).status;
			if (status !== 200) await new Promise((r) => setTimeout(r, 200));
		}
		expect(status).toBe(200);
	});
});
