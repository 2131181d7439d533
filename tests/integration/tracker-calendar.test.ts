/**
 * The tracker keeps Vietnam's calendar. An editor in Hanoi who changes a status at 01:30 on
 * 3 December (18:30 UTC on the 2nd) sees it dated 3 December everywhere: in the default
 * `as_of`, in the live aggregation and in the stats cache that stands in for it.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, max } from 'drizzle-orm';
import * as schema from '../../src/lib/server/db/schema';
import { commitmentStats, statusEvents, users } from '../../src/lib/server/db/schema';
import { today } from '../../src/lib/as-of';
import { eventDay } from '../../src/lib/server/track/visibility';
import { readAsOf } from '../../src/lib/as-of.server';
import { generateDataset } from '../../scripts/bench/dataset';
import { backendName, createTestDatabase, type TestDatabase } from '../helpers/db';

const HANOI_EARLY_MORNING = new Date('2026-12-02T18:30:00Z');

describe('the tracker calendar is Vietnam time', () => {
	it('makes 18:30 UTC on 2 December the 3rd, and 16:59 UTC still the 2nd', () => {
		expect(today(HANOI_EARLY_MORNING)).toBe('2026-12-03');
		expect(today(new Date('2026-12-02T16:59:00Z'))).toBe('2026-12-02');
	});

	it('gives pages the Hanoi day as their default as_of', () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(HANOI_EARLY_MORNING);
		try {
			expect(readAsOf(new URL('http://camket.test/')).asOf).toBe('2026-12-03');
		} finally {
			vi.useRealTimers();
		}
	});
});

describe(`an editor's late-evening status change (${backendName})`, () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await createTestDatabase();
		await generateDataset(t.db, {
			articles: 30,
			commitments: 60,
			mentions: 150,
			entities: 5,
			tradeYears: 30
		});
	}, 120_000);
	afterAll(async () => t?.destroy());

	it('is dated the Hanoi day by the live rules and by the stats cache alike', async () => {
		const [editor] = await t.db
			.insert(users)
			.values({ email: 'late@camket.test', passwordHash: 'not-a-login', role: 'editor' })
			.returning({ id: users.id });
		const [item] = await t.db
			.select({ id: schema.commitments.id })
			.from(schema.commitments)
			.limit(1);
		await t.db.insert(statusEvents).values({
			commitmentId: item!.id,
			fromStatus: 'announced',
			toStatus: 'in_progress',
			userId: editor!.id,
			reason: 'editor',
			createdAt: HANOI_EARLY_MORNING
		});
		const [live] = await t.db
			.select({ day: max(eventDay) })
			.from(statusEvents)
			.where(eq(statusEvents.commitmentId, item!.id));
		const [cached] = await t.db
			.select({ day: commitmentStats.lastEventDay })
			.from(commitmentStats)
			.where(eq(commitmentStats.commitmentId, item!.id));
		expect(String(live!.day)).toBe('2026-12-03');
		expect(String(cached!.day)).toBe('2026-12-03');
	});
});
