import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';

/** OWASP's argon2id minimum (19 MiB, 2 passes); @node-rs/argon2 defaults to argon2id. */
const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Used when the email is unknown, so a miss costs as long as a wrong password. */
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('not-a-real-account-password');
	await verifyPassword(await dummyHash, password);
}

export const MIN_PASSWORD_LENGTH = 12;

const COMMON = [
	'password',
	'passw0rd',
	'qwerty',
	'azerty',
	'123456',
	'letmein',
	'welcome',
	'admin',
	'camket',
	'iloveyou',
	'abc123',
	'matkhau',
	'changeme'
];

export type PasswordWeakness =
	'too_short' | 'too_long' | 'few_characters' | 'sequence' | 'common' | 'email';

/** The reasons in English, for the command line; the editor pages word them in the reader's language. */
export const WEAKNESS_TEXT: Record<PasswordWeakness, string> = {
	too_short: `use at least ${MIN_PASSWORD_LENGTH} characters`,
	too_long: 'use at most 256 characters',
	few_characters: 'use more different characters',
	sequence: 'do not use a keyboard or number sequence',
	common: 'do not build it around a common password',
	email: 'do not include your email address'
};

/** Null when acceptable, otherwise why not. Length first; then the patterns guessers try first. */
export function passwordWeakness(password: string, email?: string): PasswordWeakness | null {
	if (password.length < MIN_PASSWORD_LENGTH) return 'too_short';
	if (password.length > 256) return 'too_long';
	const lower = password.toLowerCase();
	if (new Set(lower).size < 5) return 'few_characters';
	if (isSequence(lower)) return 'sequence';
	if (COMMON.some((w) => lower.includes(w) && lower.replace(w, '').length < 8)) return 'common';
	const local = email?.split('@')[0]?.toLowerCase();
	if (local && local.length >= 4 && lower.includes(local)) return 'email';
	if (estimatedGuessesLog10(password, email) < MIN_GUESSES_LOG10) return 'common';
	return null;
}

/**
 * zxcvbn's estimate of the guesses an attacker needs, with its lists of common passwords, names
 * and words: long but guessable phrases ("correct horse") pass the rules above and fail here.
 * 10^10 is zxcvbn's own "very unguessable" line, beyond an offline attack on a slow hash.
 */
const MIN_GUESSES_LOG10 = 10;
let estimator: ZxcvbnFactory | null = null;

function estimatedGuessesLog10(password: string, email?: string): number {
	estimator ??= new ZxcvbnFactory({
		dictionary: { ...zxcvbnCommon.dictionary },
		graphs: zxcvbnCommon.adjacencyGraphs
	});
	return estimator.check(password, ['camket', ...(email ? [email, ...email.split(/[@.]/)] : [])])
		.guessesLog10;
}

function isSequence(s: string): boolean {
	const rows = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
	const repeated = s.length % 2 === 0 && s.slice(0, s.length / 2) === s.slice(s.length / 2);
	if (repeated) return true;
	let steps = 0;
	for (let i = 1; i < s.length; i++) {
		const pair = s[i - 1]! + s[i]!;
		if (rows.some((r) => r.includes(pair) || [...r].reverse().join('').includes(pair))) steps++;
	}
	return steps >= s.length - 2;
}
