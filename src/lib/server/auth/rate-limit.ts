/**
 * Failed-login counters in the database (`login_attempts`), so every app instance and every
 * restart sees the same count. One row per account ('email:…') and one per address ('ip:…').
 */
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { loginAttempts } from '../db/schema';

export interface LimitRule {
	/** Failures allowed inside one window before the key is locked. */
	maxFailures: number;
	windowMs: number;
	lockMs: number;
}

const MINUTE = 60_000;
/** An account gets few tries; an address (an office behind one NAT) gets more. */
export const ACCOUNT_LIMIT: LimitRule = { maxFailures: 5, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };
export const ADDRESS_LIMIT: LimitRule = { maxFailures: 30, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE };

export const accountKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/** The moment the latest lock among these keys ends, or null when none is locked. */
export async function lockedUntil(db: Db, keys: string[], now = new Date()): Promise<Date | null> {
	const rows = await db.select({ lockedUntil: loginAttempts.lockedUntil }).from(loginAttempts).where(inArray(loginAttempts.key, keys));
	const ends = rows.map((r) => r.lockedUntil?.getTime() ?? 0).filter((t) => t > now.getTime());
	return ends.length ? new Date(Math.max(...ends)) : null;
}

/** Counts one failure atomically (concurrent guesses cannot slip past) and locks at the limit. */
export async function recordFailure(db: Db, key: string, rule: LimitRule, now = new Date()): Promise<Date | null> {
	const windowOpen = new Date(now.getTime() - rule.windowMs);
	const lockEnd = new Date(now.getTime() + rule.lockMs);
	const stale = sql`${loginAttempts.windowStart} < ${windowOpen.toISOString()}::timestamptz`;
	const next = sql`case when ${stale} then 1 else ${loginAttempts.failures} + 1 end`;
	const [row] = await db
		.insert(loginAttempts)
		.values({ key, failures: 1, windowStart: now, lockedUntil: rule.maxFailures <= 1 ? lockEnd : null })
		.onConflictDoUpdate({
			target: loginAttempts.key,
			set: {
				failures: sql`case when ${next} >= ${rule.maxFailures} then 0 else ${next} end`,
				windowStart: sql`case when ${stale} or ${next} >= ${rule.maxFailures} then ${now.toISOString()}::timestamptz else ${loginAttempts.windowStart} end`,
				lockedUntil: sql`case when ${next} >= ${rule.maxFailures} then ${lockEnd.toISOString()}::timestamptz else ${loginAttempts.lockedUntil} end`
			}
		})
		.returning({ lockedUntil: loginAttempts.lockedUntil });
	const until = row?.lockedUntil;
	return until && until.getTime() > now.getTime() ? until : null;
}

export async function clearFailures(db: Db, key: string): Promise<void> {
	await db.delete(loginAttempts).where(inArray(loginAttempts.key, [key]));
}
