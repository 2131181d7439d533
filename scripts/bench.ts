/**
 * npm run bench: builds a 10k-commitment dataset on PGlite (and on PostgreSQL when
 * DATABASE_URL is set), serves it with the built app and measures each page side by side
 * with a constant page (the framework floor) and a static file. Also measures extraction and
 * import throughput. Prints the figures and records them in docs/PERFORMANCE.md.
 *
 * BENCH_SECONDS: seconds per load measurement (default 10; a warm-up of a fifth of that runs first).
 * BENCH_BACKENDS: comma-separated subset of "pglite,postgres" (default: both when DATABASE_URL is set).
 * BENCH_ROUNDS: how many times the seeds are repeated for extraction throughput (default 200).
 * BENCH_IMPORTS: articles imported for import throughput (default 100).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { openDatabase, type Database } from '../src/lib/server/db/client';
import { runMigrations } from '../src/lib/server/db/migrate';
import { importArticle } from '../src/lib/server/pipeline/import';
import { buildIfNeeded } from './build';
import { FULL_SIZE, generateDataset } from './bench/dataset';
import { measureExtraction, type ExtractionFigures } from './bench/extraction';
import {
	idlePingMs,
	measure,
	median,
	timeRequest,
	waitUntilIdle,
	type LoadFigures
} from './bench/load';
import {
	backendTable,
	summary,
	type BackendName,
	type RouteResult,
	type Uncached
} from './bench/report';
import { startBuiltServer } from './lib/built-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Math.max(1, Math.round(SECONDS / 5));
const EXTRACT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 100);
const UNCACHED_SAMPLES = 9;
const SERVER_URL = process.env.DATABASE_URL || '';

const ROUTES: { name: string; path: string }[] = [
	{ name: 'bare route (floor)', path: '/ping' },
	{ name: 'static asset', path: '/favicon.svg' },
	{ name: 'overview', path: '/' },
	{ name: 'filtered list + search', path: '/commitments?q=vung+ang&sector=infrastructure' },
	{ name: 'commitment, 20 mentions', path: '/commitments/1' },
	{ name: 'article page', path: '/articles/1' },
	{ name: 'trade page', path: '/trade' },
	{ name: 'API list', path: '/api/commitments' },
	{ name: 'Atom feed', path: '/feed.xml' }
];

interface Backend {
	name: BackendName;
	label: string;
	env: Record<string, string>;
	open(): Database;
	/** PostgreSQL only: a connection of the bench's own to the bench database. */
	sql: postgres.Sql | null;
	drop(): Promise<void>;
}

function selectedBackends(): BackendName[] {
	const wanted = (process.env.BENCH_BACKENDS ?? (SERVER_URL ? 'pglite,postgres' : 'pglite'))
		.split(',')
		.map((s) => s.trim());
	const unknown = wanted.filter((w) => w !== 'pglite' && w !== 'postgres');
	if (unknown.length)
		throw new Error(`BENCH_BACKENDS: unknown backend ${unknown.join(', ')} (pglite, postgres)`);
	if (wanted.includes('postgres') && !SERVER_URL)
		throw new Error('BENCH_BACKENDS names postgres but DATABASE_URL is not set');
	return wanted as BackendName[];
}

async function createBackend(name: BackendName): Promise<Backend> {
	if (name === 'pglite') {
		const dir = mkdtempSync(path.join(tmpdir(), 'camket-bench-'));
		const dataDir = path.join(dir, 'data');
		return {
			name,
			label: 'PGlite (embedded, in the server process)',
			env: { DATA_DIR: dataDir, DATABASE_URL: '' },
			open: () => openDatabase({ dataDir }),
			sql: null,
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const dbName = `camket_bench_${randomBytes(4).toString('hex')}`;
	const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${dbName}"`);
	const url = new URL(SERVER_URL);
	url.pathname = `/${dbName}`;
	const sql = postgres(url.toString(), { max: 1, onnotice: () => {} });
	return {
		name,
		label: 'PostgreSQL',
		env: { DATABASE_URL: url.toString() },
		open: () => openDatabase({ url: url.toString() }),
		sql,
		drop: async () => {
			await sql.end();
			await admin.unsafe(`drop database "${dbName}" with (force)`);
			await admin.end();
		}
	};
}

/**
 * The cost of a page the response cache does not have. On PostgreSQL each request follows a
 * `pg_current_xact_id()` on the bench's own connection: that assigns a transaction id, which
 * changes the snapshot the cache is keyed on. PGlite's data belongs to the server process, so
 * only the route's first request is known to be a miss.
 */
async function uncachedLatency(backend: Backend, url: string): Promise<Uncached> {
	try {
		if (!backend.sql) return { kind: 'first-request', ms: await timeRequest(url) };
		const times: number[] = [];
		for (let i = 0; i < UNCACHED_SAMPLES; i++) {
			await backend.sql`select pg_current_xact_id()`;
			times.push(await timeRequest(url));
		}
		return {
			kind: 'snapshot-bumped',
			median: median(times),
			max: Math.max(...times),
			count: times.length
		};
	} catch (e) {
		return { kind: 'failed', reason: e instanceof Error ? e.message : String(e) };
	}
}

/** Transaction ids handed out so far on the whole cluster; each one is a commit that invalidates the cache. */
async function clusterXid(backend: Backend): Promise<number | null> {
	if (!backend.sql) return null;
	const [row] = await backend.sql`select pg_snapshot_xmax(pg_current_snapshot())::text as xmax`;
	return Number(row!.xmax);
}

async function measureRoute(
	backend: Backend,
	base: string,
	idleMs: number,
	route: (typeof ROUTES)[number],
	uncached: Uncached
): Promise<RouteResult> {
	let startedBusy = false;
	const settle = async () => {
		if ((await waitUntilIdle(base, idleMs)) === null) startedBusy = true;
	};
	const figures: LoadFigures[] = [];
	const xidsBefore = await clusterXid(backend);
	for (const connections of [10, 50]) {
		await settle();
		figures.push(await measure(base + route.path, connections, SECONDS, WARMUP_SECONDS));
	}
	const xidsAfter = await clusterXid(backend);
	const [ten, fifty] = figures as [LoadFigures, LoadFigures];
	return {
		...route,
		isFloor: route.path === '/ping',
		ten,
		fifty,
		uncached,
		startedBusy,
		clusterXids: xidsBefore === null || xidsAfter === null ? null : xidsAfter - xidsBefore
	};
}

function logRoute(backend: BackendName, r: RouteResult): void {
	const load = [r.ten, r.fifty]
		.map(
			(f) =>
				`${f.connections}c ${f.requestsPerSecond.toFixed(0)} rps p50 ${f.p50} p99 ${f.p99} ms, ${f.errors} errors, ${f.non2xx} non-2xx`
		)
		.join('; ');
	const u =
		r.uncached.kind === 'snapshot-bumped'
			? `uncached median ${r.uncached.median.toFixed(1)} max ${r.uncached.max.toFixed(1)} ms`
			: r.uncached.kind === 'first-request'
				? `first request ${r.uncached.ms.toFixed(1)} ms`
				: `single request failed: ${r.uncached.reason}`;
	const xids =
		r.clusterXids === null ? '' : `; ${r.clusterXids} transaction ids on the cluster meanwhile`;
	console.log(
		`[${backend}] ${r.path}: ${load}; ${u}${xids}${r.startedBusy ? '; SERVER STILL BUSY AT START' : ''}`
	);
}

/**
 * Articles per second through decode, parse, extract, link and store, one at a time, into a
 * fresh database of the backend (a separate one, so the pages measured stay as generated).
 */
async function importThroughput(name: BackendName): Promise<number | string> {
	const backend = await createBackend(name);
	const database = backend.open();
	try {
		await runMigrations(database);
		const seeds = readdirSync('seeds')
			.sort()
			.map((f) => readFileSync(path.join('seeds', f)));
		const started = performance.now();
		for (let i = 0; i < IMPORTS; i++) {
			// A distinct line per copy, so the duplicate check does not skip the repeats.
			const text = Buffer.concat([
				seeds[i % seeds.length]!,
				Buffer.from(`\n\nBản sao thử nghiệm số ${i}.`)
			]);
			await importArticle(database.db, `copy-${i}.txt`, text);
		}
		return IMPORTS / ((performance.now() - started) / 1000);
	} catch (e) {
		console.error(e);
		return `import failed: ${e instanceof Error ? e.message : String(e)}`;
	} finally {
		await database.close();
		await backend.drop();
	}
}

interface BackendRun {
	backend: Backend;
	generatedSeconds: number;
	rows: RouteResult[];
	/** Articles per second, or why the import failed. */
	importsPerSecond: number | string;
}

async function runBackend(name: BackendName): Promise<BackendRun> {
	const backend = await createBackend(name);
	try {
		const database = backend.open();
		await runMigrations(database);
		const started = performance.now();
		await generateDataset(database.db, FULL_SIZE);
		const generatedSeconds = (performance.now() - started) / 1000;
		console.log(`[${name}] dataset generated in ${generatedSeconds.toFixed(1)} s`);
		await database.close();

		const server = await startBuiltServer(backend.env);
		const rows: RouteResult[] = [];
		try {
			const idleMs = await idlePingMs(server.url);
			console.log(`[${name}] idle /ping: ${idleMs.toFixed(1)} ms`);
			// Misses first: on PGlite only a route's very first request is known not to be cached.
			const uncached: Uncached[] = [];
			for (const route of ROUTES) {
				await waitUntilIdle(server.url, idleMs);
				uncached.push(await uncachedLatency(backend, server.url + route.path));
			}
			// One pass over every route before measuring, so the floor, measured first, is not also the cold one.
			for (const route of ROUTES) await measure(server.url + route.path, 50, WARMUP_SECONDS);
			for (const [i, route] of ROUTES.entries()) {
				rows.push(await measureRoute(backend, server.url, idleMs, route, uncached[i]!));
				logRoute(name, rows.at(-1)!);
			}
		} finally {
			await server.stop();
		}
		const importsPerSecond = await importThroughput(name);
		console.log(`[${name}] import throughput: ${rate(importsPerSecond)}`);
		return { backend, generatedSeconds, rows, importsPerSecond };
	} finally {
		await backend.drop();
	}
}

const rate = (r: number | string) =>
	typeof r === 'number' ? `${r.toFixed(1)} articles/s` : `⚠ ${r}`;

function commandLine(): string {
	const parts: string[] = [];
	if (SERVER_URL) {
		const url = new URL(SERVER_URL);
		if (url.password) url.password = '***';
		parts.push(`DATABASE_URL=${url.toString()}`);
	}
	parts.push(`BENCH_SECONDS=${SECONDS}`);
	for (const name of ['BENCH_BACKENDS', 'BENCH_ROUNDS', 'BENCH_IMPORTS'])
		if (process.env[name]) parts.push(`${name}=${process.env[name]}`);
	return `${parts.join(' ')} npm run bench`;
}

function record(
	runs: BackendRun[],
	extraction: ExtractionFigures,
	startedAt: Date,
	wallSeconds: number,
	loadAtStart: number[]
): string {
	const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(' / ');
	const cpu = cpus();
	const lines = [
		'# Performance',
		'',
		'Written by `npm run bench` (scripts/bench.ts); every figure below is from the run described here.',
		'',
		`- Date: ${startedAt
			.toISOString()
			.replace(/\.\d+Z$/, ' UTC')
			.replace('T', ' ')}`,
		`- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${osType()} ${release()}, Node ${process.version}; load average (1 / 5 / 15 min) ${load(loadAtStart)} at the start and ${load(loadavg())} at the end (the machine is shared; the load generator, the server and PostgreSQL all run on it)`,
		`- Command: \`${commandLine()}\``,
		`- Total run time: ${(wallSeconds / 60).toFixed(1)} min (${SECONDS} s per load measurement after a ${WARMUP_SECONDS} s warm-up, ${ROUTES.length} routes × 2 connection counts × ${runs.length} backend${runs.length > 1 ? 's' : ''}, plus waits for an idle server, a warm-up pass, dataset generation, extraction and import)`,
		`- Dataset: ${FULL_SIZE.commitments} commitments, ${FULL_SIZE.mentions} mentions, ${FULL_SIZE.articles} articles, ${FULL_SIZE.tradeYears} years of trade, a status history per item; generated in ${runs.map((r) => `${r.generatedSeconds.toFixed(0)} s on ${r.backend.name}`).join(', ')}`,
		'',
		'## Throughput of the pipeline',
		'',
		`- Extraction (the engine alone, the ${readdirSync('seeds').length} seed articles repeated ${EXTRACT_ROUNDS} times, CPU time of one core): ${extraction.engine.toFixed(0)} articles/s, ≈ ${extraction.engineTenKb.toFixed(0)} articles of 10 KB per second (target ≥ 500); parse + extract ${extraction.parseAndExtract.toFixed(0)} articles/s; a plain regex sentence split of the same text (the floor) ${extraction.floor.toFixed(0)} articles/s.`,
		...runs.map(
			(r) =>
				`- Import on ${r.backend.label} (the whole pipeline — decode, parse, extract, link, store — ${IMPORTS} copies of the seeds, one at a time, into a fresh database; wall time): ${rate(r.importsPerSecond)}.`
		),
		'',
		'## Pages under load',
		'',
		'How to read the tables:',
		'',
		`- Before any measurement the server gets one warm-up pass over every route (${WARMUP_SECONDS} s at 50 connections each). Each route is then measured with autocannon at 10 and then 50 connections for ${SECONDS} s each, after a ${WARMUP_SECONDS} s warm-up at the same load whose figures are discarded. Before every measurement the bench waits until three /ping requests in a row answer about as fast as on the idle server, then one more second, so no route inherits the previous route's backlog.`,
		'- rps counts 2xx answers only. "errors" are connection errors and timeouts; "non-2xx" are answers with another status. A route with either is marked ⚠ and cannot pass a target.',
		"- Targets: on PostgreSQL at 50 connections each page serves ≥ 60 % of the bare route's (the floor's) throughput; at 10 connections each page's p99 is under 50 ms. The floor's p99 at 50 connections is printed beside each page's.",
		'- The server caches public pages for anonymous readers, keyed on the database snapshot, so under load most answers are cache hits. "uncached single request, ms" is the cost of a miss: on PostgreSQL, the median and max of sequential single requests each preceded by `select pg_current_xact_id()` from the bench\'s own connection (a new transaction id changes the snapshot, so the next request cannot be served from the cache); on PGlite, where the server process owns the data, only the route\'s first request after the server started (the floor was already requested by the start-up check, so its figure is warm).',
		"- The snapshot is the whole PostgreSQL cluster's: commits by anyone else on the shared server also invalidate the cache during a run. The count of such transaction ids is given under the PostgreSQL table.",
		''
	];
	for (const run of runs) {
		lines.push(
			`### ${run.backend.label}`,
			'',
			backendTable(run.backend.name, run.rows),
			'',
			summary(run.backend.name, run.rows)
		);
		const xids = run.rows.map((r) => r.clusterXids).filter((x): x is number => x !== null);
		if (xids.length) {
			lines.push(
				'',
				`Transaction ids assigned on the cluster during the load runs (each invalidates the page cache): ${run.rows.map((r) => `${r.path} ${r.clusterXids}`).join(', ')}.`
			);
		}
		lines.push('');
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	const startedAt = new Date();
	const loadAtStart = loadavg();
	const chosen = selectedBackends();
	buildIfNeeded();

	const extraction = measureExtraction(EXTRACT_ROUNDS);
	console.log(`extraction throughput (engine alone, seeds repeated ${EXTRACT_ROUNDS}×):`);
	for (const line of extraction.lines) console.log(`  ${line}`);

	const runs: BackendRun[] = [];
	for (const name of chosen) runs.push(await runBackend(name));

	console.log(
		`\nextraction: ${extraction.engine.toFixed(0)} articles/s (engine alone, ≈ ${extraction.engineTenKb.toFixed(0)} of 10 KB/s)`
	);
	for (const run of runs)
		console.log(
			`import on ${run.backend.name}: ${rate(run.importsPerSecond)} (whole pipeline, fresh database)`
		);
	for (const run of runs)
		console.log(
			`\n${run.backend.label}\n${backendTable(run.backend.name, run.rows)}\n${summary(run.backend.name, run.rows)}`
		);

	const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
	writeFileSync(
		'docs/PERFORMANCE.md',
		record(runs, extraction, startedAt, wallSeconds, loadAtStart)
	);
	console.log(
		`\nTotal run time ${(wallSeconds / 60).toFixed(1)} min. Written to docs/PERFORMANCE.md`
	);
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
