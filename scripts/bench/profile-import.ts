/**
 * Where an import's time goes: imports PROFILE_IMPORTS (default 100) of the bench's distinct
 * articles into a fresh database holding PROFILE_ITEMS items (default 10000), on PGlite, or on
 * PostgreSQL when DATABASE_URL is set, and prints every kind of statement with its count and the
 * time the client waited for it. Run it under `node --cpu-prof` for the JavaScript side:
 *   DATABASE_URL=… npx tsx --cpu-prof --cpu-prof-dir=/tmp/prof scripts/bench/profile-import.ts
 */
import { PgPreparedQuery } from 'drizzle-orm/pg-core/session';
import { runMigrations } from '../../src/lib/server/db/migrate';
import { createBackend } from './backend';
import { distinctArticles, measureImports } from './imports';

const SERVER_URL = process.env.DATABASE_URL || '';
const IMPORTS = Number(process.env.PROFILE_IMPORTS ?? 100);
const ITEMS = Number(process.env.PROFILE_ITEMS ?? 10000);

interface Kind {
	count: number;
	ms: number;
}
const kinds = new Map<string, Kind>();
let recording = false;

/** A statement's kind: its text with literals and parameter numbers left as they are, cut short. */
function kindOf(query: string): string {
	return query.replace(/\s+/g, ' ').slice(0, 160);
}

type QueryWithCache = (q: string, p: unknown[], run: () => Promise<unknown>) => Promise<unknown>;
const proto = PgPreparedQuery.prototype as unknown as { queryWithCache: QueryWithCache };
const original = proto.queryWithCache;
proto.queryWithCache = async function (this: unknown, q, p, run) {
	if (!recording) return original.call(this, q, p, run);
	const started = performance.now();
	try {
		return await original.call(this, q, p, run);
	} finally {
		const k = kinds.get(kindOf(q)) ?? { count: 0, ms: 0 };
		k.count++;
		k.ms += performance.now() - started;
		kinds.set(kindOf(q), k);
	}
};

const backend = await createBackend(SERVER_URL ? 'postgres' : 'pglite', SERVER_URL);
const database = backend.open();
try {
	await runMigrations(database);
	const articles = distinctArticles(IMPORTS);
	const wall = performance.now();
	const f = await measureImports(database.db, ITEMS, articles, () => (recording = true));
	const total = [...kinds.values()].reduce((s, k) => s + k.ms, 0);
	const count = [...kinds.values()].reduce((s, k) => s + k.count, 0);
	console.log(
		`[${backend.name}] ${f.articles} articles into ${ITEMS} items: ${f.articlesPerSecond.toFixed(1)} articles/s, ` +
			`${((f.articles / f.articlesPerSecond) * 1000).toFixed(0)} ms importing (${((performance.now() - wall) / 1000).toFixed(0)} s with the dataset); ` +
			`${count} statements (${(count / f.articles).toFixed(1)} an article), ${total.toFixed(0)} ms waiting for them`
	);
	for (const [q, k] of [...kinds.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30))
		console.log(
			`${k.ms.toFixed(0).padStart(7)} ms ${String(k.count).padStart(6)} × ${(k.ms / k.count).toFixed(2).padStart(6)} ms  ${q}`
		);
} finally {
	await database.close();
	await backend.drop();
}
