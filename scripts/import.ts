/**
 * npm run import -- <file|dir|https://link>...
 * Imports article files, saved web pages and links, and says, per item, what was added or
 * skipped and why. Exits 1 when any item failed, after trying all of them.
 */
import { z } from 'zod';
import { batchDatabase, closeAppDatabase } from '../src/lib/server/db';
import { listArticleFiles } from '../src/lib/server/ingest/files';
import { importFile, importUrl } from '../src/lib/server/pipeline/import';
import { describeOutcome } from '../src/lib/server/ingest/report';
import type { ImportOutcome } from '../src/lib/server/pipeline/import';
import { isLink } from '../src/lib/server/ingest/web';

const Args = z
	.array(z.string().min(1))
	.min(1, 'give at least one file or folder or link: npm run import -- seeds/ https://…');

async function main(): Promise<number> {
	const parsed = Args.safeParse(process.argv.slice(2));
	if (!parsed.success) {
		console.error(parsed.error.issues[0]?.message);
		return 2;
	}
	const { db } = await batchDatabase();
	let failures = 0;
	const items: { name: string; run: () => Promise<ImportOutcome> }[] = [];
	for (const arg of parsed.data) {
		if (isLink(arg)) items.push({ name: arg, run: () => importUrl(db, arg) });
		else
			for (const file of await listArticleFiles([arg]))
				items.push({ name: file, run: () => importFile(db, file) });
	}
	for (const item of items) {
		const result = await item.run().catch((e: unknown) => ({
			outcome: 'error' as const,
			reason: e instanceof Error ? e.message : String(e)
		}));
		if (result.outcome === 'error') failures++;
		console.log(describeOutcome(item.name, result));
	}
	return failures > 0 ? 1 : 0;
}

main()
	.then(async (code) => {
		await closeAppDatabase();
		process.exit(code);
	})
	.catch(async (e: unknown) => {
		console.error(`import failed: ${e instanceof Error ? e.message : String(e)}`);
		await closeAppDatabase().catch(() => {});
		process.exit(1);
	});
