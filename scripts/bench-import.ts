/**
 * npm run bench:import: import throughput alone (`npm run bench` measures it too, after the pages),
 * into a fresh database holding 0 and then 10k items (BENCH_IMPORT_ITEMS, comma-separated), on
 * PGlite, and on PostgreSQL when DATABASE_URL is set (BENCH_BACKENDS as for `npm run bench`).
 * BENCH_IMPORTS distinct articles each (default 200).
 */
import { runMigrations } from '../src/lib/server/db/migrate';
import { createBackend, selectedBackends } from './bench/backend';
import { distinctArticles, measureImports } from './bench/imports';

const SERVER_URL = process.env.DATABASE_URL || '';
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 200);
const ITEMS = (process.env.BENCH_IMPORT_ITEMS ?? '0,10000').split(',').map(Number);

const articles = distinctArticles(IMPORTS);
for (const name of selectedBackends(SERVER_URL)) {
	for (const items of ITEMS) {
		const backend = await createBackend(name, SERVER_URL);
		const database = backend.open();
		try {
			await runMigrations(database);
			const started = performance.now();
			const f = await measureImports(database.db, items, articles);
			console.log(
				`[${name}] into ${items} items: ${f.articlesPerSecond.toFixed(1)} articles/s (${f.articles} articles, ${f.itemsAdded} items and ${f.mentionsAdded} mentions added; ${((performance.now() - started) / 1000).toFixed(0)} s with the dataset)`
			);
		} finally {
			await database.close();
			await backend.drop();
		}
	}
}
