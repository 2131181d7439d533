/**
 * Turns the bench's measurements into one table per backend with a verdict per page against
 * the targets of issue #8: on PostgreSQL at 50 connections every page serves ≥ 60 % of the bare
 * route's throughput; at 10 connections every page's p99 is under 50 ms. A route that saw
 * errors or non-2xx answers is marked and never passes.
 */
import type { LoadFigures } from './load';

export const SHARE_TARGET = 0.6;
export const P99_TARGET_MS = 50;

export type BackendName = 'pglite' | 'postgres';

export type Uncached =
	/** PostgreSQL: requests each preceded by a new transaction id from the bench's own connection. */
	| { kind: 'snapshot-bumped'; median: number; max: number; count: number }
	/** PGlite: the server owns the data, so only its first request for the route is surely a miss. */
	| { kind: 'first-request'; ms: number }
	/** A single request failed: the route is broken, not slow. */
	| { kind: 'failed'; reason: string };

export interface RouteResult {
	name: string;
	path: string;
	isFloor: boolean;
	ten: LoadFigures;
	fifty: LoadFigures;
	uncached: Uncached;
	/** The server was still busy from the previous measurement when this one had to start. */
	startedBusy: boolean;
	/** PostgreSQL: transaction ids assigned anywhere on the cluster during the two load runs. */
	clusterXids: number | null;
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const hasErrors = (f: LoadFigures) => f.errors + f.non2xx > 0;

function uncachedCell(u: Uncached): string {
	if (u.kind === 'failed') return `⚠ ${u.reason}`;
	return u.kind === 'snapshot-bumped'
		? `${ms(u.median)} median, ${ms(u.max)} max (n = ${u.count})`
		: `${ms(u.ms)} (first request)`;
}

export function shareOfFloor(row: RouteResult, floor: RouteResult): number {
	return floor.fifty.requestsPerSecond > 0
		? row.fifty.requestsPerSecond / floor.fifty.requestsPerSecond
		: 0;
}

interface Verdict {
	share: boolean | null;
	p99: boolean;
	text: string;
}

export function verdict(backend: BackendName, row: RouteResult, floor: RouteResult): Verdict {
	if (row.isFloor)
		return {
			share: null,
			p99: true,
			text: hasErrors(row.ten) || hasErrors(row.fifty) ? '⚠ floor had errors' : 'floor'
		};
	const errorsAt50 = hasErrors(row.fifty) || hasErrors(floor.fifty);
	const errorsAt10 = hasErrors(row.ten);
	const share =
		backend === 'postgres' ? !errorsAt50 && shareOfFloor(row, floor) >= SHARE_TARGET : null;
	const p99 = !errorsAt10 && row.ten.p99 < P99_TARGET_MS;
	const parts = [];
	if (share !== null)
		parts.push(`≥ 60 %: ${share ? 'PASS' : errorsAt50 ? 'FAIL (errors)' : 'FAIL'}`);
	parts.push(`p99 < 50 ms: ${p99 ? 'PASS' : errorsAt10 ? 'FAIL (errors)' : 'FAIL'}`);
	return { share, p99, text: parts.join(' · ') };
}

/** One markdown table for one backend; the floor row must be first. */
export function backendTable(backend: BackendName, rows: RouteResult[]): string {
	const floor = rows.find((r) => r.isFloor)!;
	const lines = [
		'| route | rps @10 | p50 / p99 ms @10 | rps @50 | p50 / p99 ms @50 | floor p99 ms @50 | % of floor @50 | uncached single request, ms | errors / non-2xx @10 · @50 | verdict |',
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
	];
	for (const row of rows) {
		const marks = [
			hasErrors(row.ten) || hasErrors(row.fifty) || row.uncached.kind === 'failed'
				? '⚠ errors'
				: '',
			row.startedBusy ? '⚠ server still busy at start' : ''
		].filter(Boolean);
		const route = `${row.name} \`${row.path}\`${marks.length ? ` **${marks.join(', ')}**` : ''}`;
		const cells = [
			route,
			row.ten.requestsPerSecond.toFixed(0),
			`${row.ten.p50} / ${row.ten.p99}`,
			row.fifty.requestsPerSecond.toFixed(0),
			`${row.fifty.p50} / ${row.fifty.p99}`,
			String(floor.fifty.p99),
			`${(shareOfFloor(row, floor) * 100).toFixed(0)} %`,
			uncachedCell(row.uncached),
			`${row.ten.errors} / ${row.ten.non2xx} · ${row.fifty.errors} / ${row.fifty.non2xx}`,
			verdict(backend, row, floor).text
		];
		lines.push(`| ${cells.join(' | ')} |`);
	}
	return lines.join('\n');
}

/** "6 of 8 pages meet both targets", counted the way the verdict column judges them. */
export function summary(backend: BackendName, rows: RouteResult[]): string {
	const floor = rows.find((r) => r.isFloor)!;
	const pages = rows.filter((r) => !r.isFloor);
	const verdicts = pages.map((r) => verdict(backend, r, floor));
	const p99 = verdicts.filter((v) => v.p99).length;
	const parts = [`p99 < 50 ms at 10 connections: ${p99} of ${pages.length} routes`];
	if (backend === 'postgres')
		parts.unshift(
			`≥ 60 % of the floor at 50 connections: ${verdicts.filter((v) => v.share).length} of ${pages.length} routes`
		);
	const errored = pages.filter((r) => hasErrors(r.ten) || hasErrors(r.fifty)).map((r) => r.path);
	parts.push(
		errored.length ? `routes with errors: ${errored.join(', ')}` : 'no errors or non-2xx answers'
	);
	return parts.join('; ') + '.';
}
