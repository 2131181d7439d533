import type { LayoutServerLoad } from './$types';
import { getDb } from '$lib/server/db';
import { requirePageRole } from '$lib/server/auth/guard';
import { countOpenProposals } from '$lib/server/queries/proposals';

/** Every editor page's own load checks the role too; this one feeds the editor menu. */
export const load: LayoutServerLoad = async (event) => {
	const editor = requirePageRole(event, 'editor');
	return {
		editor: { email: editor.email, role: editor.role },
		openProposals: await countOpenProposals(await getDb())
	};
};
