// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Session, SessionUser } from '$lib/server/auth/session';

declare global {
	namespace App {
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** A session cookie came in but its session had expired or was ended: say so at login. */
			sessionExpired: boolean;
			/** Set by handleError when the database could not be reached: answer 503, not 500. */
			databaseUnavailable?: boolean;
			/** Set by handleError when the request itself was malformed (unreadable body, a value the database refuses): answer 400. */
			badInput?: string;
		}
		interface Error {
			message: string;
			/** An item an editor removed: its page shows this tombstone instead of a bare 404. */
			removed?: {
				id: number;
				title: string | null;
				at: string;
				reason: import('$lib/system-text').StoredText;
				correctionId: number;
			};
		}
	}
}

export {};
