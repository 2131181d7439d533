import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { users } from '../db/schema';
import { hashPassword, passwordWeakness, WEAKNESS_TEXT, type PasswordWeakness } from './password';
import { RoleSchema, type Role } from './roles';

export const EmailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.pipe(z.email({ message: 'enter a valid email address' }).max(254));

export interface UserRecord {
	id: number;
	email: string;
	role: Role;
	passwordHash: string;
}

export async function getUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
	const [row] = await db.select().from(users).where(eq(users.email, email.trim().toLowerCase()));
	return row
		? {
				id: row.id,
				email: row.email,
				role: RoleSchema.parse(row.role),
				passwordHash: row.passwordHash
			}
		: null;
}

export async function getUserById(db: Db, id: number): Promise<UserRecord | null> {
	const [row] = await db.select().from(users).where(eq(users.id, id));
	return row
		? {
				id: row.id,
				email: row.email,
				role: RoleSchema.parse(row.role),
				passwordHash: row.passwordHash
			}
		: null;
}

export class WeakPasswordError extends Error {
	constructor(readonly weakness: PasswordWeakness) {
		super(`Password too weak: ${WEAKNESS_TEXT[weakness]}.`);
	}
}

export class DuplicateUserError extends Error {
	constructor(readonly email: string) {
		super(`${email} already has an account.`);
	}
}

/** PostgreSQL's unique_violation, wherever drizzle wrapped it. */
function isUniqueViolation(e: unknown): boolean {
	for (let inner = e; inner; inner = (inner as { cause?: unknown }).cause) {
		if ((inner as { code?: unknown }).code === '23505') return true;
		if (!(inner instanceof Error)) break;
	}
	return false;
}

/** Two admins creating the same address at once: the unique index decides, the loser gets DuplicateUserError. */
export async function createUser(
	db: Db,
	input: { email: string; password: string; role: Role }
): Promise<{ id: number; email: string; role: Role }> {
	const email = EmailSchema.parse(input.email);
	const weakness = passwordWeakness(input.password, email);
	if (weakness) throw new WeakPasswordError(weakness);
	const passwordHash = await hashPassword(input.password);
	try {
		const [row] = await db
			.insert(users)
			.values({ email, role: input.role, passwordHash })
			.returning({ id: users.id, email: users.email, role: users.role });
		return { id: row!.id, email: row!.email, role: input.role };
	} catch (e) {
		if (isUniqueViolation(e)) throw new DuplicateUserError(email);
		throw e;
	}
}

export async function countAdmins(db: Db): Promise<number> {
	const [row] = await db.select({ n: count() }).from(users).where(eq(users.role, 'admin'));
	return Number(row?.n ?? 0);
}
