import { eq } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import { articles, commitments, mentions, statusEvents } from '../../src/lib/server/db/schema';
import { importArticle } from '../../src/lib/server/pipeline/import';
import { createUser } from '../../src/lib/server/auth/user';
import type { Actor } from '../../src/lib/server/editor/actor';

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
