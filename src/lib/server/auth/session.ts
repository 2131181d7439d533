/**
 * Sessions in the Lucia guide's pattern: the browser holds a random token, the database holds
 * only its SHA-256, so a leaked sessions table cannot be replayed as cookies.
 */
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, users } from '../db/schema';
import type { Role } from './roles';

export const SESSION_COOKIE = 'camket_session';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A session unused this long ends (the sliding window). */
export const SESSION_LIFETIME_MS = 3 * DAY_MS;
/** However active, a session ends this long after its login: a stolen cookie does not live for ever. */
export const SESSION_MAX_AGE_MS = 7 * DAY_MS;
/** Renew once half the lifetime is used, so an active editor is never logged out mid-task. */
const RENEW_WHEN_LEFT_MS = SESSION_LIFETIME_MS / 2;

export interface SessionUser {
	id: number;
	email: string;
	role: Role;
}

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
}

export type SessionValidation =
	| { session: Session; user: SessionUser; renewed: boolean }
	| { session: null; user: null; renewed: false };

/** 20 random bytes: 160 bits, base32 so it is cookie-safe. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdFromToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export async function createSession(
	db: Db,
	token: string,
	userId: number,
	now = new Date()
): Promise<Session> {
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS)
	};
	await db.insert(sessions).values(session);
	return session;
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidation> {
	const id = sessionIdFromToken(token);
	const [row] = await db
		.select({
			id: sessions.id,
			userId: sessions.userId,
			expiresAt: sessions.expiresAt,
			createdAt: sessions.createdAt,
			email: users.email,
			role: users.role
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, id));
	if (!row) return { session: null, user: null, renewed: false };
	const hardEnd = row.createdAt.getTime() + SESSION_MAX_AGE_MS;
	if (now.getTime() >= row.expiresAt.getTime() || now.getTime() >= hardEnd) {
		await db.delete(sessions).where(eq(sessions.id, id));
		return { session: null, user: null, renewed: false };
	}
	const session: Session = { id: row.id, userId: row.userId, expiresAt: row.expiresAt };
	let renewed = false;
	if (
		row.expiresAt.getTime() - now.getTime() < RENEW_WHEN_LEFT_MS &&
		row.expiresAt.getTime() < hardEnd
	) {
		session.expiresAt = new Date(Math.min(now.getTime() + SESSION_LIFETIME_MS, hardEnd));
		await db.update(sessions).set({ expiresAt: session.expiresAt }).where(eq(sessions.id, id));
		renewed = true;
	}
	return { session, user: { id: row.userId, email: row.email, role: row.role as Role }, renewed };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function invalidateUserSessions(db: Db, userId: number): Promise<void> {
	await db.delete(sessions).where(eq(sessions.userId, userId));
}
