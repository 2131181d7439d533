// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** A session cookie came in but its session had expired or was ended: say so at login. */
			sessionExpired: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
