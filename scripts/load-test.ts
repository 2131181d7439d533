/**
 * npm run test:load: readers and editors at once against a PostgreSQL-backed server.
 * 45 connections read pages and the API (autocannon) while 5 editors change statuses and one
 * imports articles. Passes when nothing errored and every acknowledged write is in the
 * database afterwards. LOAD_SECONDS sets the duration (default 60); TEST_DATABASE_URL (or
 * DATABASE_URL) names the server, on which a fresh database is made and dropped.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { buildIfNeeded } from './build';
import { startBuiltServer } from './lib/built-server';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SERVER_URL =
	process.env.TEST_DATABASE_URL ??
	process.env.DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/test';
const EDITORS = 5;
/**
 * The server's V8 heap limit for the run. Unlimited, V8 grows its heap lazily and RSS climbs
 * for minutes whether or not anything leaks; capped, a leak ends in an out-of-memory crash
 * that fails the run, so passing shows the memory the server needs stays within this bound.
 */
const HEAP_MB = 192;
const READ_PATHS = [
	'/',
	'/commitments',
	'/commitments?q=vientiane',
	'/commitments/1',
	'/articles/1',
	'/trade',
	'/api/commitments',
	'/api/trade',
	'/feed.xml',
	'/entities'
];

function run(
	cmd: string,
	args: string[],
	env: Record<string, string>,
	input = ''
): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		child.on('close', (code) =>
			code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} failed:\n${out}`))
		);
		child.stdin.end(input);
	});
}

/** The process's resident memory in MB; 0 once it has gone. */
function rssMb(pid: number): number {
	let status: string;
	try {
		status = readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return 0;
	}
	const line = status.split('\n').find((l) => l.startsWith('VmRSS:'));
	return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

async function logIn(base: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${base}/login`, {
		method: 'POST',
		body: new URLSearchParams({ email, password }),
		headers: { origin: base, accept: 'text/html' },
		redirect: 'manual'
	});
	const cookie = res.headers.get('set-cookie')?.split(';')[0];
	if (res.status !== 303 || !cookie) throw new Error(`login failed with ${res.status}`);
	return cookie;
}

async function currentVersion(base: string, id: number): Promise<number> {
	const item = await (await fetch(`${base}/api/commitments/${id}`)).json();
	return item.item.version;
}

interface WriterTally {
	acknowledged: number;
	conflicts: number;
	failures: string[];
}

/** One editor per item, so every refused write is a bug rather than a fair conflict. */
async function statusWriter(
	base: string,
	cookie: string,
	id: number,
	until: number,
	tally: WriterTally
): Promise<void> {
	let version = await currentVersion(base, id);
	for (let n = 0; Date.now() < until; n++) {
		const body = new URLSearchParams({
			version: String(version),
			toStatus: n % 2 === 0 ? 'in_progress' : 'announced',
			reason: `Load test status change ${n} on item ${id}`,
			note: 'load test'
		});
		const res = await fetch(`${base}/editor/items/${id}?/status`, {
			method: 'POST',
			body,
			headers: { origin: base, cookie, accept: 'text/html' },
			redirect: 'manual'
		});
		await res.arrayBuffer();
		if (res.status === 303) {
			tally.acknowledged++;
			version++;
		} else tally.failures.push(`item ${id}: HTTP ${res.status}`);
	}
}

async function importWriter(
	base: string,
	cookie: string,
	until: number,
	tally: WriterTally
): Promise<void> {
	for (let n = 0; Date.now() < until; n++) {
		const text = `Bản tin thử tải số ${n}-${randomBytes(4).toString('hex')}\n\nHai bộ trưởng nhất trí phấn đấu nâng kim ngạch thương mại song phương lên ${n + 3} tỷ USD vào năm ${2030 + (n % 5)}, đồng thời đẩy nhanh tiến độ các dự án kết nối giao thông.`;
		const body = new URLSearchParams({ pasteName: `load-${n}.txt`, text });
		const res = await fetch(`${base}/editor/import`, {
			method: 'POST',
			body,
			headers: { origin: base, cookie, accept: 'text/html' },
			redirect: 'manual'
		});
		await res.arrayBuffer();
		if (res.status === 303) tally.acknowledged++;
		else tally.failures.push(`import ${n}: HTTP ${res.status}`);
		await new Promise((r) => setTimeout(r, 500));
	}
}

function readLoad(base: string, seconds: number): Promise<autocannon.Result> {
	return new Promise((resolve, reject) => {
		autocannon(
			{
				url: base,
				connections: 45,
				duration: seconds,
				requests: READ_PATHS.map((path) => ({ method: 'GET', path }))
			},
			(err, result) => (err ? reject(err) : resolve(result))
		);
	});
}

/** The number a `select count(*)::int as n …` returns: always one row. */
async function count(query: PromiseLike<readonly postgres.Row[]>): Promise<number> {
	const [row] = await query;
	if (!row) throw new Error('count(*) returned no row');
	return row.n as number;
}

async function main(): Promise<number> {
	buildIfNeeded();
	const name = `camket_load_${randomBytes(4).toString('hex')}`;
	const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(SERVER_URL);
	url.pathname = `/${name}`;
	const env = { DATABASE_URL: url.toString() };
	const db = postgres(url.toString(), { max: 1, onnotice: () => {} });
	let server: Awaited<ReturnType<typeof startBuiltServer>> | null = null;
	try {
		await run('npx', ['tsx', 'scripts/import.ts', 'seeds'], env);
		const email = 'load-editor@camket.local';
		const password = randomBytes(12).toString('base64url');
		await run(
			'npx',
			['tsx', 'scripts/user-create.ts', '--email', email, '--role', 'editor'],
			env,
			`${password}\n`
		);
		server = await startBuiltServer({ ...env, NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` });
		const cookie = await logIn(server.url, email, password);
		const rssStart = rssMb(server.process.pid!);

		const until = Date.now() + SECONDS * 1000;
		// RSS every few seconds: a warm-up rise that levels off is fine, a steady climb is a leak.
		const rssSeries: number[] = [];
		const sampler = setInterval(
			() => rssSeries.push(rssMb(server!.process.pid!)),
			Math.max(1000, (SECONDS * 1000) / 12)
		);
		const statusTally: WriterTally = { acknowledged: 0, conflicts: 0, failures: [] };
		const importTally: WriterTally = { acknowledged: 0, conflicts: 0, failures: [] };
		const [reads] = await Promise.all([
			readLoad(server.url, SECONDS),
			...Array.from({ length: EDITORS }, (_, i) =>
				statusWriter(server!.url, cookie, i + 1, until, statusTally)
			),
			importWriter(server.url, cookie, until, importTally)
		]);
		clearInterval(sampler);
		const crashed = server.exited();
		const rssEnd = rssMb(server.process.pid!);

		for (let i = 0; i < 120; i++) {
			const running = await count(
				db`select count(*)::int as n from import_jobs where state = 'running'`
			);
			if (running === 0) break;
			await new Promise((r) => setTimeout(r, 500));
		}
		const events = await count(
			db`select count(*)::int as n from status_events where reason like 'Load test status change %'`
		);
		const jobs = await count(db`select count(*)::int as n from import_jobs where state = 'done'`);
		const files = await count(
			db`select count(*)::int as n from import_job_files where outcome = 'added'`
		);

		const readErrors = reads.errors + reads.timeouts + reads.non2xx;
		console.log(
			`reads: ${reads.requests.total} requests, ${reads.requests.average.toFixed(0)} rps, p50 ${reads.latency.p50} ms, p99 ${reads.latency.p99} ms, errors ${readErrors}`
		);
		console.log(
			`status writes: ${statusTally.acknowledged} acknowledged, ${events} in the database, ${statusTally.failures.length} failed`
		);
		console.log(
			`imports: ${importTally.acknowledged} acknowledged, ${jobs} jobs done, ${files} articles added, ${importTally.failures.length} failed`
		);
		console.log(
			`server RSS with a ${HEAP_MB} MB heap limit: ${rssStart} MB at the start, ${crashed ? 'the server died' : `${rssEnd} MB at the end`} (samples: ${rssSeries.join(', ')} MB)`
		);
		for (const f of [...statusTally.failures, ...importTally.failures].slice(0, 10))
			console.log(`  failure: ${f}`);

		const lost =
			statusTally.acknowledged -
			events +
			(importTally.acknowledged - jobs) +
			(importTally.acknowledged - files);
		const ok =
			!crashed &&
			readErrors === 0 &&
			statusTally.failures.length === 0 &&
			importTally.failures.length === 0 &&
			lost === 0;
		console.log(
			ok
				? 'load test passed: 0 errors, 0 lost writes'
				: `load test FAILED: ${crashed ? 'the server died, ' : ''}${readErrors} read errors, ${lost} lost writes`
		);
		return ok ? 0 : 1;
	} finally {
		await server?.stop();
		await db.end();
		await admin.unsafe(`drop database "${name}" with (force)`);
		await admin.end();
	}
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		console.error(e);
		process.exit(1);
	}
);
