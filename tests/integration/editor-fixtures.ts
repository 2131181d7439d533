import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import { articles, commitments, mentions, statusEvents } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { createUser } from '../../src/lib/server/auth/user';
import type { Actor } from '../../src/lib/server/editor/actor';
import { updateItemFields } from '../../src/lib/server/editor/items';
import { ItemFieldsSchema } from '../../src/lib/server/editor/fields';
import { getItemSnapshot } from '../../src/lib/server/queries/editor-items';

/** Our own test article (not seed text): a header line, then paragraphs. */
export function articleText(title: string, date: string, paragraphs: string[]): string {
	return ` date ${date} ${title}\n\n${paragraphs.join('\n\n')}\n`;
}

export async function makeEditor(
	db: Db,
	email: string,
	role: 'editor' | 'admin' = 'editor'
): Promise<Actor> {
	const u = await createUser(db, { email, password: 'river-Lantern-83-bridge', role });
	return { id: u.id, email: u.email, role };
}

/** An article, an item and one mention per quoted sentence, with the system's first status. */
export async function makeItem(
	db: Db,
	opts: { title: string; sentences: string[]; date?: string }
) {
	const text = articleText(`Test report on ${opts.title}`, opts.date ?? '2025-06-01', [
		'This paragraph is background that the reader can skip without losing any of the facts.',
		...opts.sentences
	]);
	const imported = await importArticle(db, `${opts.title}.txt`, new TextEncoder().encode(text));
	if (imported.outcome !== 'added')
		throw new Error(`fixture article not added: ${JSON.stringify(imported)}`);
	const [article] = await db.select().from(articles).where(eq(articles.id, imported.article.id));
	const [item] = await db
		.insert(commitments)
		.values({
			title: opts.title,
			sector: 'infrastructure',
			kind: 'project',
			searchText: opts.title.toLowerCase()
		})
		.returning();
	const mentionIds: number[] = [];
	for (const sentence of opts.sentences) {
		const start = article!.rawText.indexOf(sentence);
		const [m] = await db
			.insert(mentions)
			.values({
				commitmentId: item!.id,
				articleId: article!.id,
				quote: sentence,
				start,
				end: start + sentence.length,
				novelty: 'new',
				confidence: 0.8,
				cues: ['test-cue'],
				extracted: { title: `${opts.title} part`, sector: 'energy', kind: 'project' }
			})
			.returning();
		mentionIds.push(m!.id);
	}
	await db.insert(statusEvents).values({
		commitmentId: item!.id,
		toStatus: 'announced',
		reason: 'first mentioned',
		effectiveOn: opts.date ?? '2025-06-01'
	});
	return { itemId: item!.id, articleId: article!.id, mentionIds };
}

/** Seed 001 (3 Dec 2025), which sets the 5 bn USD trade target and re-pledges it as 10 bn. */
export async function importSeed001(db: Db): Promise<void> {
	const name = '001_73471ccb4a1099fa.txt';
	const r = await importArticle(db, name, readFileSync(`seeds/${name}`));
	if (r.outcome !== 'added') throw new Error(`seed 001 not added: ${JSON.stringify(r)}`);
}

/** The item whose USD target is exactly `value` (a decimal string, as stored). */
export async function usdTargetId(db: Db, value: string): Promise<number> {
	const [row] = await db
		.select({ id: commitments.id })
		.from(commitments)
		.where(and(eq(commitments.unit, 'USD'), eq(commitments.targetValue, value)));
	if (!row) throw new Error(`no USD target of ${value}`);
	return row.id;
}

/** A new editor saves `changes` over the item's current fields, as the item form would. */
export async function editItemFields(
	db: Db,
	editorEmail: string,
	id: number,
	changes: Record<string, unknown>
) {
	const snap = (await getItemSnapshot(db, id))!;
	const editor = await makeEditor(db, editorEmail);
	return updateItemFields(db, editor, {
		id,
		expectedVersion: snap.version,
		fields: ItemFieldsSchema.parse({ ...snap, ...changes }),
		publicNote: null
	});
}
