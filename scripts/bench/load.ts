import autocannon from 'autocannon';

export interface LoadFigures {
	connections: number;
	/** Successful (2xx) responses per second: errors and refusals are not throughput. */
	requestsPerSecond: number;
	p50: number;
	p99: number;
	/** Connection errors, timeouts included. */
	errors: number;
	non2xx: number;
}

/**
 * Runs autocannon against one URL. With `warmupSeconds`, the same load runs first and its
 * figures are thrown away, so the JIT, the pools and any cache are warm when sampling starts.
 */
export function measure(
	url: string,
	connections: number,
	seconds: number,
	warmupSeconds = 0
): Promise<LoadFigures> {
	const warmup = warmupSeconds > 0 ? { warmup: { connections, duration: warmupSeconds } } : {};
	return new Promise((resolve, reject) => {
		autocannon({ url, connections, duration: seconds, ...warmup }, (err, result) => {
			if (err) return reject(err);
			resolve({
				connections,
				requestsPerSecond: result['2xx'] / result.duration,
				p50: result.latency.p50,
				p99: result.latency.p99,
				errors: result.errors,
				non2xx: result.non2xx
			});
		});
	});
}

/** Milliseconds for one request, body included; throws on anything but 2xx. */
export async function timeRequest(url: string): Promise<number> {
	const started = performance.now();
	const res = await fetch(url);
	await res.arrayBuffer();
	if (!res.ok) throw new Error(`${url} answered ${res.status}`);
	return performance.now() - started;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** How long one /ping takes on the idle server: the yardstick for `waitUntilIdle`. */
export async function idlePingMs(base: string): Promise<number> {
	const times: number[] = [];
	for (let i = 0; i < 25; i++) times.push(await timeRequest(`${base}/ping`));
	return median(times.slice(5));
}

/**
 * Waits until the server has worked off what the last measurement left queued: three /ping
 * requests in a row must answer about as fast as on the idle server (the ping reads the
 * database snapshot, so a queued database pool holds it up too), then one more second of quiet.
 * Returns the seconds waited, or null when the server was still busy after `limitMs`.
 */
export async function waitUntilIdle(
	base: string,
	idleMs: number,
	limitMs = 120_000
): Promise<number | null> {
	const started = performance.now();
	// Three times the idle time, but within 20–50 ms: a slow yardstick must not make a busy server look idle.
	const fast = Math.min(50, Math.max(20, idleMs * 3));
	let streak = 0;
	while (streak < 3) {
		if (performance.now() - started > limitMs) return null;
		const ms = await timeRequest(`${base}/ping`).catch(() => Infinity);
		streak = ms < fast ? streak + 1 : 0;
		if (streak === 0) await sleep(200);
	}
	await sleep(1_000);
	return (performance.now() - started) / 1000;
}

export function median(xs: number[]): number {
	const sorted = [...xs].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
