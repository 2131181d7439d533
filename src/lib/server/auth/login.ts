import type { Db } from '../db/client';
import { burnPasswordCheck, verifyPassword } from './password';
import {
	ADDRESS_LIMIT,
	PAIR_LIMIT,
	addressKey,
	clearAttempts,
	countAttempt,
	pairKey,
	refundAttempt
} from './rate-limit';
import type { SessionUser } from './session';
import { getUserByEmail } from './user';

export type LoginResult =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; retryAt: Date };

/**
 * Counts the attempt first (a refused one learns nothing, not even whether the password was
 * right, and costs no argon2), then checks the password. Unknown emails cost one argon2 verify
 * too, and share the message.
 */
export async function attemptLogin(
	db: Db,
	input: { email: string; password: string; ip: string },
	now = new Date()
): Promise<LoginResult> {
	const pair = pairKey(input.email, input.ip);
	const address = addressKey(input.ip);
	for (const gate of [
		await countAttempt(db, address, ADDRESS_LIMIT, now),
		await countAttempt(db, pair, PAIR_LIMIT, now)
	]) {
		if (!gate.allowed) return { ok: false, reason: 'locked', retryAt: gate.retryAt };
	}
	const user = await getUserByEmail(db, input.email);
	const valid = user
		? await verifyPassword(user.passwordHash, input.password)
		: (await burnPasswordCheck(input.password), false);
	if (user && valid) {
		await clearAttempts(db, pair);
		await refundAttempt(db, address);
		return { ok: true, user: { id: user.id, email: user.email, role: user.role } };
	}
	return { ok: false, reason: 'invalid' };
}

/** "Try again after 14:05 UTC (in 15 minutes)." */
export function describeRetry(retryAt: Date, now = new Date()): string {
	const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
	const clock = retryAt.toISOString().slice(11, 16);
	return `Too many failed login attempts. Try again after ${clock} UTC (in ${minutes} minute${minutes === 1 ? '' : 's'}).`;
}
