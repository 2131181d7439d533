/**
 * `tsx scripts/annotate-real.ts <scratch> <out-dir> [--annotator name] [--corpus dir]`: turns an
 * annotator's scratch notes into real-text gold (format: ANNOTATION.md; schema: RealGoldSchema in
 * src/lib/server/extract/evaluate.ts). The scratch file holds quotes copied from the corpus, so keep
 * it outside the repository (/tmp); the JSON written holds offsets, labels and fields only.
 *
 * Scratch format, one article after another:
 *   file baomoi_21490888.txt
 *   published 2017-02-08            (or: published null)
 *   C sector=trade value=10000000000 unit=USD year=2020 novelty=new aspect=future entities=a,b item=label :: <quote>
 *   T year=2016 value=2200000000 period=full_year est=false growth=12.5 :: <quote>
 *   X parties=Laos–Thailand :: <quote>
 * Omitted commitment fields default to null / novelty=new / aspect=future / entities none / a unique item.
 * A quote must occur once in the file, or carry occ=N (the N-th occurrence, from 1). A long quote may be
 * written "<first words> ~~ <last words>". --show prints each span as cut (to the screen only).
 * Lines starting with # are comments.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	RealGoldSchema,
	goldFromOffsets,
	sha256,
	type RealGold
} from '../src/lib/server/extract/evaluate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function option(argv: string[], name: string): string | undefined {
	const i = argv.indexOf(name);
	return i === -1 ? undefined : argv[i + 1];
}

/** "<first words> ~~ <last words>" spans from the first words to the nearest following last words. */
function locate(
	raw: string,
	quote: string,
	occ: number | undefined,
	where: string
): { start: number; end: number } {
	const [head, tail] = quote.split(' ~~ ');
	if (tail !== undefined) {
		const first = locate(raw, head!, occ, where);
		const end = raw.indexOf(tail, first.end);
		if (end === -1)
			throw new Error(`${where}: "${tail.slice(0, 40)}" not found after "${head!.slice(0, 40)}"`);
		return { start: first.start, end: end + tail.length };
	}
	const hits: number[] = [];
	for (let i = raw.indexOf(quote); i !== -1; i = raw.indexOf(quote, i + 1)) hits.push(i);
	if (!hits.length) throw new Error(`${where}: quote not found: ${quote.slice(0, 60)}`);
	if (occ === undefined && hits.length > 1)
		throw new Error(`${where}: quote occurs ${hits.length} times; add occ=N`);
	const start = hits[(occ ?? 1) - 1];
	if (start === undefined)
		throw new Error(`${where}: occ=${occ} but the quote occurs ${hits.length} times`);
	return { start, end: start + quote.length };
}

const nullable = (v: string | undefined): string | null =>
	v === undefined || v === '' || v === 'null' ? null : v;
const num = (v: string | undefined): number | null => (nullable(v) === null ? null : Number(v));

function parseFields(spec: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const part of spec.trim().split(/\s+/).filter(Boolean)) {
		const eq = part.indexOf('=');
		if (eq < 1) throw new Error(`bad field "${part}"`);
		out[part.slice(0, eq)] = part.slice(eq + 1);
	}
	return out;
}

function convert(scratch: string, corpus: string, annotator: string): RealGold[] {
	// Each article keeps its text (`raw`) while its lines are read; it is dropped before parsing.
	const out: (RealGold & { raw: string })[] = [];
	let cur: (RealGold & { raw: string }) | null = null;
	scratch.split('\n').forEach((text, n) => {
		const where = `line ${n + 1}`;
		const l = text.trim();
		if (!l || l.startsWith('#')) return;
		const file = /^file\s+(\S+)$/.exec(l);
		if (file) {
			const bytes = readFileSync(join(corpus, file[1]!));
			cur = {
				file: file[1]!,
				sha256: sha256(bytes),
				annotator,
				published_guess: null,
				commitments: [],
				trade_observations: [],
				third_country: [],
				raw: bytes.toString('utf8')
			};
			out.push(cur);
			return;
		}
		if (!cur) throw new Error(`${where}: no "file" line before it`);
		const a: RealGold & { raw: string } = cur;
		const pub = /^published\s+(\S+)$/.exec(l);
		if (pub) {
			a.published_guess = nullable(pub[1]);
			return;
		}
		const m = /^([CTX])\s+(.*?)\s*::\s(.+)$/.exec(text);
		if (!m) throw new Error(`${where}: expected "C|T|X fields :: quote"`);
		const f = parseFields(m[2]!);
		const span = locate(a.raw, m[3]!, f.occ ? Number(f.occ) : undefined, where);
		if (m[1] === 'C')
			a.commitments.push({
				...span,
				sector: f.sector ?? 'other',
				target_value: nullable(f.value),
				target_value_max: nullable(f.max),
				unit: nullable(f.unit),
				target_year: num(f.year),
				novelty: (f.novelty ?? 'new') as RealGold['commitments'][number]['novelty'],
				aspect: (f.aspect ?? 'future') as RealGold['commitments'][number]['aspect'],
				entities: f.entities ? f.entities.split(',') : [],
				item: f.item ?? `${a.file.replace(/\.txt$/, '')}-c${a.commitments.length + 1}`
			});
		else if (m[1] === 'T')
			a.trade_observations.push({
				...span,
				year: Number(f.year),
				value_usd: f.value ?? '',
				period: f.period ?? 'full_year',
				is_estimate: f.est === 'true',
				growth_pct: num(f.growth)
			});
		else a.third_country.push({ ...span, parties: (f.parties ?? '').replace(/_/g, ' ') });
	});
	return out.map(({ raw, ...gold }) => {
		const parsed = RealGoldSchema.parse(gold);
		const sortByStart = <T extends { start: number }>(xs: T[]): T[] =>
			xs.sort((x, y) => x.start - y.start);
		sortByStart(parsed.commitments);
		sortByStart(parsed.trade_observations);
		sortByStart(parsed.third_country);
		// Round trip: every span cut back from the corpus is the quote it was located from.
		goldFromOffsets(raw, parsed);
		return parsed;
	});
}

const argv = process.argv.slice(2);
const [scratchPath, outDir] = argv;
if (!scratchPath || !outDir) {
	console.error('usage: annotate-real <scratch> <out-dir> [--annotator name] [--corpus dir]');
	process.exit(2);
}
const corpus = resolve(option(argv, '--corpus') ?? resolve(ROOT, '../shared/corpus'));
const articles = convert(
	readFileSync(scratchPath, 'utf8'),
	corpus,
	option(argv, '--annotator') ?? 'unknown'
);
mkdirSync(outDir, { recursive: true });
for (const a of articles) {
	writeFileSync(join(outDir, `${a.file}.json`), JSON.stringify(a, null, '\t') + '\n');
	console.log(
		`${a.file}: ${a.commitments.length} commitments, ${a.trade_observations.length} trade, ${a.third_country.length} third-country`
	);
	if (argv.includes('--show')) {
		const raw = readFileSync(join(corpus, a.file), 'utf8');
		for (const [tag, list] of [
			['C', a.commitments],
			['T', a.trade_observations],
			['X', a.third_country]
		] as const)
			for (const s of list)
				console.log(`  ${tag} ${s.start}-${s.end}: ${raw.slice(s.start, s.end)}`);
	}
}
