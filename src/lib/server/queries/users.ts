/** The accounts as the admin's users page lists them. */
import type { Db } from '../db/client';
import { users } from '../db/schema';

export async function listUsers(
	db: Db
): Promise<{ id: number; email: string; role: string; createdAt: Date }[]> {
	return db
		.select({ id: users.id, email: users.email, role: users.role, createdAt: users.createdAt })
		.from(users)
		.orderBy(users.email);
}
