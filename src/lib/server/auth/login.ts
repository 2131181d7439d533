import type { Db } from '../db/client';
import { burnPasswordCheck, verifyPassword } from './password';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, accountKey, addressKey, clearFailures, lockedUntil, recordFailure } from './rate-limit';
import type { SessionUser } from './session';
import { getUserByEmail } from './user';

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; retryAt: Date };

/**
 * Checks the lock first (a locked account learns nothing, not even whether the password was
 * right), then the password. Unknown emails cost one argon2 verify too, and share the message.
 */
export async function attemptLogin(db: Db, input: { email: string; password: string; ip: string }, now = new Date()): Promise<LoginResult> {
	const keys = [accountKey(input.email), addressKey(input.ip)];
	const locked = await lockedUntil(db, keys, now);
	if (locked) return { ok: false, reason: 'locked', retryAt: locked };

	const user = await getUserByEmail(db, input.email);
	const valid = user ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
	if (user && valid) {
		await clearFailures(db, keys[0]!);
		return { ok: true, user: { id: user.id, email: user.email, role: user.role } };
	}
	const locks = [await recordFailure(db, keys[0]!, ACCOUNT_LIMIT, now), await recordFailure(db, keys[1]!, ADDRESS_LIMIT, now)];
	const until = locks.filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
	return until ? { ok: false, reason: 'locked', retryAt: until } : { ok: false, reason: 'invalid' };
}

/** "Try again after 14:05 UTC (in 15 minutes)." */
export function describeRetry(retryAt: Date, now = new Date()): string {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	const clock = retryAt.toISOString().slice(11, 16);
	return `Too many failed login attempts. Try again after ${clock} UTC (in ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}
