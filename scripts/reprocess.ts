/**
 * npm run reprocess [-- --all]
 * Runs extract → link over articles not processed yet (or every article with --all), one
 * transaction per article. Safe to repeat: a second run changes nothing.
 */
import { batchDatabase, closeAppDatabase } from '../src/lib/server/db';
import { reprocessAll } from '../src/lib/server/pipeline/process';

async function main(): Promise<void> {
	const args = process.argv.slice(2);
	const unknown = args.filter((a) => a !== '--all');
	if (unknown.length) throw new Error(`unknown argument ${unknown[0]}; the only option is --all`);
	const { db } = await batchDatabase();
	const results = await reprocessAll(db, { all: args.includes('--all') });
	for (const r of results)
		console.log(
			`article ${r.articleId}: ${r.created} new items, ${r.linked} linked, ${r.skipped} already stored, ${r.observations} trade figures${r.copyOfId ? `, copy of article ${r.copyOfId}` : ''}`
		);
	console.log(`${results.length} article(s) processed`);
}

main()
	.then(() => closeAppDatabase())
	.catch(async (e: unknown) => {
		console.error(`reprocess failed: ${e instanceof Error ? e.message : String(e)}`);
		await closeAppDatabase().catch(() => {});
		process.exit(1);
	});
