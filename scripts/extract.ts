/**
 * `npm run --silent extract -- [--json] <file>...`
 *
 * With --json, prints exactly one JSON object on stdout (the CLI contract, see docs/extraction.md):
 * {"articles":[{"file","date","title","language","commitments":[…],"trade_observations":[…]}]}
 * Money and targets are exact decimal strings inside the engine; here they are written as JSON
 * number literals digit for digit (never through a float), e.g. "target_value": 10000000000.
 * Without --json, prints a readable table. An unreadable file is reported on stderr, the other
 * files are still processed, and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { z } from 'zod';
import {
	extractArticle,
	type ExtractedCommitment,
	type TradeObservation
} from '../src/lib/server/extract/index';
import { parseArticle } from '../src/lib/server/ingest/parse';

const Args = z.object({
	json: z.boolean(),
	files: z.array(z.string().min(1)).min(1, 'give at least one article file')
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
	const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json' && a !== '--');
	if (unknown.length)
		throw new Error(`unknown option ${unknown.join(', ')} (usage: extract [--json] <file>...)`);
	const parsed = Args.safeParse({
		json: argv.includes('--json'),
		files: argv.filter((a) => !a.startsWith('-'))
	});
	if (!parsed.success)
		throw new Error(
			`${parsed.error.issues.map((i) => i.message).join('; ')} (usage: extract [--json] <file>...)`
		);
	return parsed.data;
}

const NUM = '\u0000num:';

/** Marks an exact decimal string so the serialiser writes it as a bare JSON number. */
function num(value: string | null): string | null {
	return value === null ? null : `${NUM}${value}`;
}

function toJson(value: unknown): string {
	return JSON.stringify(value).replace(/"\\u0000num:(-?\d+(?:\.\d+)?)"/g, '$1');
}

function commitmentOut(c: ExtractedCommitment): Record<string, unknown> {
	return {
		title: c.title,
		title_en: c.title_en,
		sector: c.sector,
		quote: c.quote,
		start: c.start,
		end: c.end,
		target_value: num(c.target_value),
		target_value_max: num(c.target_value_max),
		unit: c.unit,
		target_year: c.target_year,
		novelty: c.novelty,
		aspect: c.aspect,
		entities: c.entities,
		confidence: c.confidence,
		kind: c.kind,
		cues: c.cues
	};
}

function tradeOut(t: TradeObservation): Record<string, unknown> {
	return {
		year: t.year,
		value_usd: num(t.value_usd),
		period: t.period,
		is_estimate: t.is_estimate,
		growth_pct: t.growth_pct,
		quote: t.quote,
		start: t.start,
		end: t.end
	};
}

function clip(s: string, n: number): string {
	const t = s.replace(/\s+/g, ' ');
	return t.length <= n ? t.padEnd(n) : `${t.slice(0, n - 1)}…`;
}

function printTable(
	file: string,
	a: ReturnType<typeof parseArticle>,
	r: ReturnType<typeof extractArticle>
): void {
	console.log(`\n${file}  ${a.published ?? 'no date'}  ${a.language}  ${a.title}`);
	console.log(
		`  ${r.commitments.length} commitments, ${r.trade_observations.length} trade observations`
	);
	for (const c of r.commitments) {
		const target = c.target_value
			? `${c.target_value}${c.target_value_max ? `–${c.target_value_max}` : ''} ${c.unit ?? ''}`
			: '';
		console.log(
			`  ${clip(c.sector, 18)} ${clip(c.novelty, 10)} ${clip(String(c.target_year ?? ''), 4)} ${clip(target, 18)} ${c.confidence.toFixed(2)}  ${clip(c.title, 60)}`
		);
		console.log(
			`    @${c.start}-${c.end} «${clip(c.quote, 110).trim()}»${c.entities.length ? `  [${c.entities.join(', ')}]` : ''}`
		);
	}
	for (const t of r.trade_observations)
		console.log(
			`  trade ${t.year} ${t.period} ${t.value_usd} USD${t.is_estimate ? ' (estimate)' : ''}${t.growth_pct !== null ? ` growth ${t.growth_pct}%` : ''}  «${clip(t.quote, 80).trim()}»`
		);
}

function main(): void {
	let args: z.infer<typeof Args>;
	try {
		args = parseArgs(process.argv.slice(2));
	} catch (e) {
		console.error(`extract: ${(e as Error).message}`);
		process.exitCode = 2;
		return;
	}
	const articles: Record<string, unknown>[] = [];
	for (const file of args.files) {
		let raw: string;
		try {
			raw = readFileSync(file, 'utf8');
		} catch (e) {
			console.error(
				`extract: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`
			);
			process.exitCode = 1;
			continue;
		}
		const article = parseArticle(raw, basename(file));
		const result = extractArticle(article);
		if (!args.json) printTable(file, article, result);
		articles.push({
			file,
			date: article.published,
			title: article.title || null,
			language: article.language,
			commitments: result.commitments.map(commitmentOut),
			trade_observations: result.trade_observations.map(tradeOut)
		});
	}
	if (args.json) process.stdout.write(`${toJson({ articles })}\n`);
}

// A closed pipe (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	throw e;
});
main();
