/**
 * npm run bench: builds a 10k-commitment dataset on PGlite (and on PostgreSQL when
 * DATABASE_URL is set), serves it with the built app and measures each page side by side
 * with a constant page (the framework floor) and a static file. Also measures extraction and
 * import throughput. Prints the figures and records them in docs/PERFORMANCE.md.
 *
 * BENCH_SECONDS: seconds per load measurement (default 10; a warm-up of a fifth of that runs first).
 * BENCH_BACKENDS: comma-separated subset of "pglite,postgres" (default: both when DATABASE_URL is set).
 * BENCH_ROUNDS: how many times the seeds are repeated for extraction throughput (default 200).
 * BENCH_IMPORTS: distinct articles imported for import throughput (default 200), into a database
 * of 0 and of 10k items (BENCH_IMPORT_ITEMS, comma-separated; 100000 adds the large dataset).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { runMigrations } from '../src/lib/server/db/migrate';
import { buildIfNeeded } from './build';
import { FULL_SIZE, generateDataset } from './bench/dataset';
import { measureExtraction, type ExtractionFigures } from './bench/extraction';
import { distinctArticles, measureImports } from './bench/imports';
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
import { createBackend, selectedBackends, type Backend } from './bench/backend';
import { startBuiltServer } from './lib/built-server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = Math.max(1, Math.round(SECONDS / 5));
const EXTRACT_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const IMPORTS = Number(process.env.BENCH_IMPORTS ?? 200);
const IMPORT_ITEMS = (process.env.BENCH_IMPORT_ITEMS ?? '0,10000').split(',').map(Number);
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

/** One import figure: articles per second into a database of `itemsBefore` items, or why it failed. */
interface ImportRun {
	itemsBefore: number;
	rate: number | string;
}

/**
 * Articles per second through decode, parse, extract, link and store, one at a time, into a
 * fresh database of the backend holding each of IMPORT_ITEMS items first (a separate one, so the
 * pages measured stay as generated).
 */
async function importThroughput(name: BackendName): Promise<ImportRun[]> {
	const articles = distinctArticles(IMPORTS);
	const out: ImportRun[] = [];
	for (const itemsBefore of IMPORT_ITEMS) {
		const backend = await createBackend(name, SERVER_URL);
		const database = backend.open();
		try {
			await runMigrations(database);
			const figures = await measureImports(database.db, itemsBefore, articles);
			out.push({ itemsBefore, rate: figures.articlesPerSecond });
		} catch (e) {
			console.error(e);
			out.push({
				itemsBefore,
				rate: `import failed: ${e instanceof Error ? e.message : String(e)}`
			});
		} finally {
			await database.close();
			await backend.drop();
		}
		console.log(`[${name}] import into ${itemsBefore} items: ${rate(out.at(-1)!.rate)}`);
	}
	return out;
}

const importLine = (runs: ImportRun[]) =>
	runs.map((r) => `into ${r.itemsBefore.toLocaleString('en')} items ${rate(r.rate)}`).join(', ');

interface BackendRun {
	backend: Backend;
	generatedSeconds: number;
	rows: RouteResult[];
	/** Articles per second into each dataset size, or why the import failed. */
	imports: ImportRun[];
}

async function runBackend(name: BackendName): Promise<BackendRun> {
	const backend = await createBackend(name, SERVER_URL);
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
		const imports = await importThroughput(name);
		return { backend, generatedSeconds, rows, imports };
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
	for (const name of ['BENCH_BACKENDS', 'BENCH_ROUNDS', 'BENCH_IMPORTS', 'BENCH_IMPORT_ITEMS'])
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
				`- Import on ${r.backend.label} (the whole pipeline — decode, parse, extract, link, store — ${IMPORTS} distinct articles made of the seeds' paragraphs, one at a time, into a fresh database holding the bench dataset scaled to that many items; wall time): ${importLine(r.imports)}.`
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

/** Sections written by hand (A/B figures of a change, with their conditions) start here and survive a run. */
const KEPT_HEADING = '## Measured by hand';

function keptSections(): string {
	const old = existsSync('docs/PERFORMANCE.md') ? readFileSync('docs/PERFORMANCE.md', 'utf8') : '';
	const at = old.indexOf(KEPT_HEADING);
	return at === -1 ? '' : `\n${old.slice(at)}`;
}

async function main(): Promise<void> {
	const startedAt = new Date();
	const loadAtStart = loadavg();
	const chosen = selectedBackends(SERVER_URL);
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
		console.log(`import on ${run.backend.name}: ${importLine(run.imports)} (whole pipeline)`);
	for (const run of runs)
		console.log(
			`\n${run.backend.label}\n${backendTable(run.backend.name, run.rows)}\n${summary(run.backend.name, run.rows)}`
		);

	const wallSeconds = (Date.now() - startedAt.getTime()) / 1000;
	writeFileSync(
		'docs/PERFORMANCE.md',
		record(runs, extraction, startedAt, wallSeconds, loadAtStart) + keptSections()
	);
	console.log(
		`\nTotal run time ${(wallSeconds / 60).toFixed(1)} min. Written to docs/PERFORMANCE.md`
	);
}

main().catch((e: unknown) => {
	console.error(e);
	process.exit(1);
});
