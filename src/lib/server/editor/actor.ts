/** Who is writing: the logged-in editor, checked by the route before any editor function runs. */
export interface Actor {
	id: number;
	email: string;
	role: 'editor' | 'admin';
}
