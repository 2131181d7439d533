/**
 * Login attempt counters in the database (`login_attempts`), so every app instance and every
 * restart sees the same count. Keys: one per account *and* address together ('pair:…'), so a
 * stranger guessing at someone's account slows only themselves, never the owner elsewhere; and
 * one per address ('ip:…') with a larger allowance, against guessing across many accounts.
 *
 * An attempt is counted before its password is checked, in the same statement that decides
 * whether it may go ahead: concurrent guesses cannot all read "not locked" and slip past, and
 * a locked key costs no argon2 at all. Past the free attempts each one sets a lock that doubles.
 */
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginAttempts } from '../db/schema';

export interface LimitRule {
	/** Attempts allowed before each further one must wait. */
	freeAttempts: number;
	/** The first wait; it doubles with each attempt after that, up to maxLockMs. */
	firstLockMs: number;
	maxLockMs: number;
	/** A key quiet this long starts again from zero. */
	forgetAfterMs: number;
}

const MINUTE = 60_000;
export const PAIR_LIMIT: LimitRule = {
	freeAttempts: 5,
	firstLockMs: MINUTE,
	maxLockMs: 60 * MINUTE,
	forgetAfterMs: 60 * MINUTE
};
/** An office behind one NAT shares an address: more room, same doubling. */
export const ADDRESS_LIMIT: LimitRule = {
	freeAttempts: 30,
	firstLockMs: MINUTE,
	maxLockMs: 60 * MINUTE,
	forgetAfterMs: 60 * MINUTE
};

export const pairKey = (email: string, ip: string) => `pair:${email.trim().toLowerCase()}|${ip}`;
export const addressKey = (ip: string) => `ip:${ip}`;

export type Gate = { allowed: true } | { allowed: false; retryAt: Date };

/**
 * Counts one attempt on `key` and says whether it may go ahead. The row is only updated when
 * the key is not locked (the upsert's WHERE), so a refused attempt changes nothing.
 */
export async function countAttempt(
	db: Db,
	key: string,
	rule: LimitRule,
	now = new Date()
): Promise<Gate> {
	const at = sql`${now.toISOString()}::timestamptz`;
	const stale = sql`${loginAttempts.windowStart} < ${at} - ${`${rule.forgetAfterMs} milliseconds`}::interval`;
	const next = sql`case when ${stale} then 1 else ${loginAttempts.failures} + 1 end`;
	// Attempt n > freeAttempts-1 locks the key for firstLockMs · 2^(n - freeAttempts), capped.
	const lockFor = (n: ReturnType<typeof sql>) =>
		sql`case when ${n} >= ${rule.freeAttempts} then ${at} + least(${rule.firstLockMs}::float8 * power(2, ${n} - ${rule.freeAttempts}), ${rule.maxLockMs}) * interval '1 millisecond' else null end`;
	const [row] = await db
		.insert(loginAttempts)
		.values({
			key,
			failures: 1,
			windowStart: now,
			lockedUntil: rule.freeAttempts <= 1 ? new Date(now.getTime() + rule.firstLockMs) : null
		})
		.onConflictDoUpdate({
			target: loginAttempts.key,
			set: { failures: next, windowStart: at, lockedUntil: lockFor(next) },
			setWhere: sql`${loginAttempts.lockedUntil} is null or ${loginAttempts.lockedUntil} <= ${at}`
		})
		.returning({ failures: loginAttempts.failures });
	if (row) return { allowed: true };
	const [locked] = await db
		.select({ until: loginAttempts.lockedUntil })
		.from(loginAttempts)
		.where(eq(loginAttempts.key, key));
	return { allowed: false, retryAt: locked?.until ?? new Date(now.getTime() + rule.firstLockMs) };
}

/** A successful login forgets its pair's attempts. */
export async function clearAttempts(db: Db, key: string): Promise<void> {
	await db.delete(loginAttempts).where(eq(loginAttempts.key, key));
}

/**
 * A successful login gives back the one attempt it cost its address, no more: an office's
 * colleagues logging in do not add up to a lock, and one good account cannot wipe a spray's count.
 */
export async function refundAttempt(db: Db, key: string): Promise<void> {
	await db
		.update(loginAttempts)
		.set({ failures: sql`greatest(${loginAttempts.failures} - 1, 0)` })
		.where(eq(loginAttempts.key, key));
}
