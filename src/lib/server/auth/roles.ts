import { z } from 'zod';

/** Anonymous readers have no account; every account is at least an editor. */
export const ROLES = ['editor', 'admin'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

const RANK: Record<Role, number> = { editor: 1, admin: 2 };

export function hasRole(role: Role | undefined | null, needed: Role): boolean {
	return role != null && RANK[role] >= RANK[needed];
}
