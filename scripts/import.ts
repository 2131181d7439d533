/**
 * npm run import -- <file|dir>...
 * Imports article files and says, per file, what was added or skipped and why.
 * Exits 1 when any file failed, after trying all of them.
 */
import { z } from 'zod';
import { batchDatabase, closeAppDatabase } from '../src/lib/server/db';
import { importFile, listArticleFiles } from '../src/lib/server/ingest/files';
import { describeOutcome } from '../src/lib/server/ingest/report';

const Args = z.array(z.string().min(1)).min(1, 'give at least one file or folder: npm run import -- seeds/');

async function main(): Promise<number> {
	const parsed = Args.safeParse(process.argv.slice(2));
	if (!parsed.success) {
		console.error(parsed.error.issues[0]?.message);
		return 2;
	}
	const { db } = await batchDatabase();
	let failures = 0;
	for (const file of await listArticleFiles(parsed.data)) {
		const result = await importFile(db, file).catch((e: unknown) => ({
			outcome: 'error' as const,
			reason: e instanceof Error ? e.message : String(e)
		}));
		if (result.outcome === 'error') failures++;
		console.log(describeOutcome(file, result));
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
