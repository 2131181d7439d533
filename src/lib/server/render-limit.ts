/**
 * A bound on the renders one instance runs at once (#18): past a handful, more renders in
 * flight only share the CPU and the database pool more thinly, so every reader waits longer and
 * the instance serves fewer pages a second at 50 connections than at 10. Requests beyond the
 * limit wait their turn in order; one whose client has gone while it waited (the browser closed,
 * a timeout) is dropped without being rendered.
 *
 * Cache hits never come here (page-cache.ts replays them before), nor /ping (the bench's floor),
 * nor the built JS, CSS and images (adapter-node serves them before SvelteKit runs).
 */
import type { Handle } from '@sveltejs/kit';
import { readEnv } from './env';

interface Waiter {
	start: () => void;
	signal: AbortSignal;
	gone: () => void;
}

/** Thrown to a waiter whose client went away before its turn came. */
export class ClientGone extends Error {
	constructor() {
		super('the client went away while its request was queued');
	}
}

export class RenderQueue {
	private active = 0;
	private readonly waiting: Waiter[] = [];

	constructor(readonly limit: number) {}

	/** Runs `work` once fewer than `limit` others run; rejects with ClientGone if `signal` aborts first. */
	async run<T>(signal: AbortSignal, work: () => Promise<T>): Promise<T> {
		await this.acquire(signal);
		try {
			return await work();
		} finally {
			this.release();
		}
	}

	get queued(): number {
		return this.waiting.length;
	}

	private acquire(signal: AbortSignal): Promise<void> {
		if (signal.aborted) return Promise.reject(new ClientGone());
		if (this.active < this.limit) {
			this.active++;
			return Promise.resolve();
		}
		return new Promise<void>((resolve, reject) => {
			const waiter: Waiter = {
				signal,
				start: () => {
					signal.removeEventListener('abort', waiter.gone);
					resolve();
				},
				gone: () => {
					const at = this.waiting.indexOf(waiter);
					if (at >= 0) this.waiting.splice(at, 1);
					reject(new ClientGone());
				}
			};
			signal.addEventListener('abort', waiter.gone, { once: true });
			this.waiting.push(waiter);
		});
	}

	private release(): void {
		// The slot passes straight to the next waiter, so a new arrival cannot jump the queue.
		const next = this.waiting.shift();
		if (next) next.start();
		else this.active--;
	}
}

/** Not rendered through the queue: the bench's floor must stay a bare SvelteKit answer. */
const UNQUEUED = new Set(['/ping']);

/**
 * How many queued requests were dropped because their clients had gone, logged at most once a
 * second: a sign the instance is overloaded (or clients time out too soon).
 */
let droppedSinceLog = 0;
function noteDropped(): void {
	if (droppedSinceLog++ > 0) return;
	setTimeout(() => {
		console.warn(
			`render queue: dropped ${droppedSinceLog} queued request(s) whose client had gone`
		);
		droppedSinceLog = 0;
	}, 1_000).unref();
}

let queue: RenderQueue | null = null;
function renderQueue(): RenderQueue {
	queue ??= new RenderQueue(readEnv().RENDER_CONCURRENCY);
	return queue;
}

export const handleRenderLimit: Handle = async ({ event, resolve }) => {
	if (UNQUEUED.has(event.url.pathname)) return resolve(event);
	try {
		return await renderQueue().run(event.request.signal, async () => resolve(event));
	} catch (e) {
		if (!(e instanceof ClientGone)) throw e;
		noteDropped();
		// Nobody reads it: the connection is closed. 499 is nginx's "client closed request".
		return new Response(null, { status: 499 });
	}
};
