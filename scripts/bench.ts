/**
 * npm run bench: builds a 10k-commitment dataset on PGlite (and on PostgreSQL when
 * DATABASE_URL is set), serves it with the built app and measures each page side by side
 * with a constant page (the framework floor) and a static file (the server's limit).
 * Prints the figures and records them in docs/PERFORMANCE.md.
 * BENCH_SECONDS sets the seconds per measurement (default 10).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { importArticle } from '../src/lib/server/ingest/store';
import { buildIfNeeded } from './build';
import { FULL_SIZE, generateDataset } from './bench/dataset';
import { measure, type LoadFigures } from './bench/load';
import { startBuiltServer } from './lib/built-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = [10, 50];

const ROUTES: { name: string; path: string }[] = [
	{ name: 'bare route (floor)', path: '/ping' },
	{ name: 'static asset', path: '/favicon.svg' },
	{ name: 'overview', path: '/' },
	{ name: 'filtered list + search', path: '/commitments?q=vung+ang&sector=infrastructure' },
	{ name: 'commitment, 20 mentions', path: '/commitments/1' },
	{ name: 'article page', path: '/articles/1' },
	{ name: 'trade page', path: '/trade' },
	{ name: '/api/commitments', path: '/api/commitments' },
	{ name: 'Atom feed', path: '/feed.xml' }
];

interface Backend {
	name: 'pglite' | 'postgres';
	env: Record<string, string>;
	open(): Database;
	drop(): Promise<void>;
}

async function backends(): Promise<Backend[]> {
	const dir = mkdtempSync(path.join(tmpdir(), 'camket-bench-'));
	const list: Backend[] = [
		{
			name: 'pglite',
			env: { DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '' },
			open: () => openDatabase({ dataDir: path.join(dir, 'data') }),
			drop: async () => rmSync(dir, { recursive: true, force: true })
		}
	];
	const serverUrl = process.env.DATABASE_URL;
	if (serverUrl) {
		const name = `camket_bench_${randomBytes(4).toString('hex')}`;
		const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database "${name}"`);
		const url = new URL(serverUrl);
		url.pathname = `/${name}`;
		list.push({
			name: 'postgres',
			env: { DATABASE_URL: url.toString() },
			open: () => openDatabase({ url: url.toString() }),
			drop: async () => {
				await admin.unsafe(`drop database "${name}" with (force)`);
				await admin.end();
			}
		});
	}
	return list;
}

async function importThroughput(): Promise<number> {
	const database = openDatabase({});
	await runMigrations(database);
	const seeds = readdirSync('seeds').sort().map((f) => readFileSync(path.join('seeds', f)));
	const count = 100;
	const started = performance.now();
	for (let i = 0; i < count; i++) {
		const text = Buffer.concat([seeds[i % seeds.length]!, Buffer.from(`\n\nBản sao thử nghiệm số ${i}.`)]);
		await importArticle(database.db, `copy-${i}.txt`, text);
	}
	const perSecond = count / ((performance.now() - started) / 1000);
	await database.close();
	return perSecond;
}

type Row = { backend: string; route: string; figures: LoadFigures[] };

async function measureBackend(backend: Backend, port: number): Promise<Row[]> {
	const database = backend.open();
	await runMigrations(database);
	const started = performance.now();
	await generateDataset(database.db, FULL_SIZE);
	console.log(`[${backend.name}] dataset generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
	await database.close();

	const server = await startBuiltServer(backend.env, port);
	const rows: Row[] = [];
	try {
		for (const route of ROUTES) {
			const figures: LoadFigures[] = [];
			for (const connections of CONNECTIONS) figures.push(await measure(server.url + route.path, connections, SECONDS));
			rows.push({ backend: backend.name, route: route.name + ` (${route.path})`, figures });
			console.log(`[${backend.name}] ${route.name}: ${figures.map((f) => `${f.connections}c ${f.requestsPerSecond.toFixed(0)} rps p99 ${f.p99} ms`).join(', ')}`);
		}
	} finally {
		await server.stop();
		await backend.drop();
	}
	return rows;
}

function table(rows: Row[]): string {
	const lines = [
		'| backend | route | rps @10 | p50 / p99 ms @10 | rps @50 | p50 / p99 ms @50 | vs floor @50 | errors |',
		'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |'
	];
	for (const row of rows) {
		const floor = rows.find((r) => r.backend === row.backend)!.figures[1]!;
		const [ten, fifty] = row.figures as [LoadFigures, LoadFigures];
		const ratio = ((fifty.requestsPerSecond / floor.requestsPerSecond) * 100).toFixed(0);
		lines.push(
			`| ${row.backend} | ${row.route} | ${ten.requestsPerSecond.toFixed(0)} | ${ten.p50} / ${ten.p99} | ${fifty.requestsPerSecond.toFixed(0)} | ${fifty.p50} / ${fifty.p99} | ${ratio} % | ${ten.errors + fifty.errors + ten.non2xx + fifty.non2xx} |`
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	buildIfNeeded();
	const imports = await importThroughput();
	console.log(`import throughput (whole pipeline, PGlite in memory): ${imports.toFixed(1)} articles/s`);
	const rows: Row[] = [];
	let port = 4700 + Math.floor(Math.random() * 200);
	for (const backend of await backends()) rows.push(...(await measureBackend(backend, port++)));
	const result = table(rows);
	console.log(`\n${result}`);
	const record = [
		'# Performance',
		'',
		`Recorded by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}.`,
		`Command: \`${process.env.DATABASE_URL ? 'DATABASE_URL=postgres://… ' : ''}BENCH_SECONDS=${SECONDS} npm run bench\`. Load generator (autocannon) and server share the machine.`,
		`Dataset: ${FULL_SIZE.commitments} commitments, ${FULL_SIZE.mentions} mentions, ${FULL_SIZE.articles} articles, ${FULL_SIZE.tradeYears} years of trade, a status history per item.`,
		'',
		`Import throughput through the whole pipeline (decode, parse, extract, link; PGlite in memory): ${imports.toFixed(1)} articles/s.`,
		'',
		result,
		''
	].join('\n');
	writeFileSync('docs/PERFORMANCE.md', record);
	console.log('\nWritten to docs/PERFORMANCE.md');
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
