/**
 * `npm run train:extract [-- --dry-run]`: fits the extraction scorer's weights (src/lib/server/extract/scorer.ts)
 * on the annotated training splits and writes src/lib/server/extract/scorer-weights.json.
 *
 * 1. Candidates. Fitting: every passage the rules accept with a looser gate (score ≥ 1, concreteness one point
 *    below the rule's), so the model sees near-misses; on the tuned splits the engine's own candidates hold
 *    only ~40 wrong ones, too few to learn from. Scoring: the engine's own candidates (score ≥ 3).
 *    Splits: real-tune, real-train and real-train2 (../shared/corpus), plus our own seeds, dev and english
 *    sets at half weight. real-holdout and real-check are never read here.
 * 2. Labels: a candidate is positive when the evaluator's own one-to-one matching (matchSpans) pairs it
 *    with a gold commitment.
 * 3. Model: L2-regularised logistic regression, full-batch gradient descent from zero (deterministic).
 * 4. Use: a veto. The engine keeps what its rules keep unless the model's probability is under the threshold.
 * 5. λ by out-of-fold log-loss, then the threshold by out-of-fold F1 among thresholds that lose at most one
 *    point of the rules' recall; 5-fold cross-validation grouped by article (folds dealt round-robin over the
 *    sorted file names), pooled over the real splits; gold the candidates never reach counts as missed.
 *    The model alone (no rule gate, over the loose candidates) is printed too, for comparison.
 * Without ../shared/corpus it says so and exits 0 without writing. `--dry-run` prints without writing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../src/lib/server/ingest/parse';
import { extractCandidates } from '../src/lib/server/extract/index';
import {
	setCandidateLooseness,
	CANDIDATE_THRESHOLD,
	CANDIDATE_SLACK
} from '../src/lib/server/extract/commitments';
/** The looser gate the fitting candidates are generated with (see 1. above). */
const LOOSE = { threshold: 1, slack: 1 };
import { loadRealGold, matchSpans, type GoldArticle } from '../src/lib/server/extract/evaluate';
import { STRUCTURAL_FEATURES, type ScorerWeights } from '../src/lib/server/extract/scorer';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = resolve(ROOT, '../shared/corpus');
const OUT = join(ROOT, 'src/lib/server/extract/scorer-weights.json');
const REAL = { 'real-tune': 'tune', 'real-train': 'train', 'real-train2': 'train2' } as const;
const OWN = {
	seeds: { gold: 'tests/fixtures/gold', text: 'seeds' },
	dev: { gold: 'tests/fixtures/dev', text: 'tests/fixtures/dev' },
	english: { gold: 'tests/fixtures/dev/english', text: 'tests/fixtures/dev/english' }
} as const;
const OWN_WEIGHT = 0.5;
/** The hand-set score the rules kept a candidate at before the scorer (the old THRESHOLD of commitments.ts). */
const RULE_SCORE = 3;
/** An n-gram enters the vocabulary when the candidates of at least this many training articles have it. */
const MIN_ARTICLES = 3;
const FOLDS = 5;
const LAMBDAS = [0.3, 1, 3, 10, 30];
const THRESHOLDS = Array.from({ length: 19 }, (_, i) => Math.round((i + 1) * 5) / 100);

interface Row {
	x: Map<string, number>;
	y: 0 | 1;
	w: number;
	score: number;
}
interface Article {
	split: string;
	file: string;
	real: boolean;
	gold: number;
	/** Loose candidates, to fit on. */
	rows: Row[];
	/** The engine's own candidates, to score on. */
	engine: Row[];
}

function labelled(raw: string, gold: GoldArticle, real: boolean): Row[] {
	const { extraction, features } = extractCandidates(parseArticle(raw, gold.file));
	const matched = new Set(matchSpans(gold.commitments, extraction.commitments).map(([, p]) => p));
	return features.map((x, i) => ({
		x,
		y: matched.has(i) ? 1 : 0,
		w: real ? 1 : OWN_WEIGHT,
		score: x.get('rule')! * 2 + RULE_SCORE
	}));
}

function articleRows(split: string, raw: string, gold: GoldArticle, real: boolean): Article {
	setCandidateLooseness(LOOSE.threshold, LOOSE.slack);
	const rows = labelled(raw, gold, real);
	setCandidateLooseness(CANDIDATE_THRESHOLD, CANDIDATE_SLACK);
	const engine = labelled(raw, gold, real);
	return { split, file: gold.file, real, gold: gold.commitments.length, rows, engine };
}

function load(): Article[] {
	const out: Article[] = [];
	for (const [split, dir] of Object.entries(REAL))
		for (const l of loadRealGold(join(ROOT, 'tests/fixtures/real', dir), CORPUS))
			if (l.ok) out.push(articleRows(split, l.raw, l.gold, true));
			else console.log(`skipped ${l.file}: ${l.reason}`);
	for (const [split, { gold: g, text }] of Object.entries(OWN))
		for (const f of readdirSync(join(ROOT, g))
			.filter((f) => f.endsWith('.json'))
			.sort()) {
			const gold = JSON.parse(readFileSync(join(ROOT, g, f), 'utf8')) as GoldArticle;
			out.push(articleRows(split, readFileSync(join(ROOT, text, gold.file), 'utf8'), gold, false));
		}
	return out;
}

/** Sparse rows over a fixed feature index. */
interface Design {
	names: string[];
	rows: { idx: Int32Array; val: Float64Array; y: number; w: number }[];
}

function design(rows: Row[], names: string[]): Design {
	const index = new Map(names.map((n, i) => [n, i]));
	return {
		names,
		rows: rows.map((r) => {
			const idx: number[] = [];
			const val: number[] = [];
			for (const [k, v] of [...r.x].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
				const i = index.get(k);
				if (i !== undefined && v !== 0) {
					idx.push(i);
					val.push(v);
				}
			}
			return { idx: Int32Array.from(idx), val: Float64Array.from(val), y: r.y, w: r.w };
		})
	};
}

/**
 * L2-regularised logistic regression: minimises Σ wᵢ·logloss + λ/2·‖w‖² (bias unpenalised) by full-batch
 * gradient descent with Nesterov momentum, from zero, with a fixed step from the data's Lipschitz bound.
 */
function fit(d: Design, lambda: number, iterations = 1000): { bias: number; w: Float64Array } {
	const n = d.names.length;
	const total = d.rows.reduce((s, r) => s + r.w, 0);
	const maxNorm = Math.max(...d.rows.map((r) => 1 + r.val.reduce((s, v) => s + v * v, 0)));
	const step = 1 / (0.25 * maxNorm + lambda / total);
	// Position (n weights + bias at index n), previous position, look-ahead point, gradient.
	let x = new Float64Array(n + 1);
	let prev = new Float64Array(n + 1);
	const y = new Float64Array(n + 1);
	const g = new Float64Array(n + 1);
	for (let it = 1; it <= iterations; it++) {
		const m = (it - 1) / (it + 2);
		for (let j = 0; j <= n; j++) y[j] = x[j]! + m * (x[j]! - prev[j]!);
		g.fill(0);
		for (const r of d.rows) {
			let z = y[n]!;
			for (let k = 0; k < r.idx.length; k++) z += y[r.idx[k]!]! * r.val[k]!;
			const e = (1 / (1 + Math.exp(-z)) - r.y) * r.w;
			g[n]! += e;
			for (let k = 0; k < r.idx.length; k++) g[r.idx[k]!]! += e * r.val[k]!;
		}
		for (let j = 0; j < n; j++) g[j]! += lambda * y[j]!;
		[prev, x] = [x, prev];
		for (let j = 0; j <= n; j++) x[j] = y[j]! - (step * g[j]!) / total;
	}
	return { bias: x[n]!, w: x.subarray(0, n) };
}

function predict(model: { bias: number; w: Float64Array }, d: Design): number[] {
	return d.rows.map((r) => {
		let z = model.bias;
		for (let k = 0; k < r.idx.length; k++) z += model.w[r.idx[k]!]! * r.val[k]!;
		return 1 / (1 + Math.exp(-z));
	});
}

function vocabulary(articles: Article[]): string[] {
	const df = new Map<string, number>();
	for (const a of articles) {
		const seen = new Set<string>();
		for (const r of a.rows) for (const k of r.x.keys()) if (k.startsWith('w:')) seen.add(k);
		for (const k of seen) df.set(k, (df.get(k) ?? 0) + 1);
	}
	return [...df]
		.filter(([, c]) => c >= MIN_ARTICLES)
		.map(([k]) => k)
		.sort();
}

interface Counts {
	tp: number;
	fp: number;
	fn: number;
}
const f1 = (c: Counts): { p: number; r: number; f: number } => {
	const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
	const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
	return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

/** Counts of the kept candidates (probability ≥ t) against the gold, on the given articles. */
function counts(
	articles: Article[],
	probs: Map<Article, number[]>,
	t: number,
	which: 'rows' | 'engine' = 'engine'
): Counts {
	const c = { tp: 0, fp: 0, fn: 0 };
	for (const a of articles) {
		const ps = probs.get(a)!;
		let tp = 0;
		a[which].forEach((r, i) => {
			if (ps[i]! < t) return;
			if (r.y) tp++;
			else c.fp++;
		});
		c.tp += tp;
		c.fn += a.gold - tp;
	}
	return c;
}

const fmt = (c: Counts): string => {
	const s = f1(c);
	return `P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
};

function main(): void {
	if (!existsSync(CORPUS)) {
		console.log(`No corpus at ${CORPUS}: nothing to train on; scorer-weights.json left as it is.`);
		return;
	}
	const dry = process.argv.slice(2).includes('--dry-run');
	const articles = load().sort((a, b) =>
		a.split === b.split ? (a.file < b.file ? -1 : 1) : a.split < b.split ? -1 : 1
	);
	const real = articles.filter((a) => a.real);
	const rows = articles.flatMap((a) => a.rows);
	console.log(
		`${articles.length} articles (${real.length} real); fitting on ${rows.length} loose candidates (${rows.filter((r) => r.y).length} right), scoring on ${articles.reduce((n, a) => n + a.engine.length, 0)} engine candidates`
	);
	// The rules alone: every engine candidate kept.
	const rules = new Map(articles.map((a) => [a, a.engine.map(() => 1)]));
	for (const s of Object.keys(REAL))
		console.log(
			`${s.padEnd(12)} rules ${fmt(
				counts(
					real.filter((a) => a.split === s),
					rules,
					0.5
				)
			)}`
		);

	// Cross-validation grouped by article: the vocabulary is rebuilt inside each fold from its training part.
	const fold = new Map(articles.map((a, i) => [a, i % FOLDS]));
	let best: {
		lambda: number;
		loss: number;
		engine: Map<Article, number[]>;
		loose: Map<Article, number[]>;
	} | null = null;
	for (const lambda of LAMBDAS) {
		const engine = new Map<Article, number[]>();
		const loose = new Map<Article, number[]>();
		for (let k = 0; k < FOLDS; k++) {
			const train = articles.filter((a) => fold.get(a) !== k);
			const names = [...STRUCTURAL_FEATURES, ...vocabulary(train)];
			const model = fit(
				design(
					train.flatMap((a) => a.rows),
					names
				),
				lambda
			);
			for (const a of articles.filter((a) => fold.get(a) === k)) {
				engine.set(a, predict(model, design(a.engine, names)));
				loose.set(a, predict(model, design(a.rows, names)));
			}
		}
		// λ by the out-of-fold log-loss on the real splits' loose candidates (smooth, unlike F1).
		let loss = 0;
		let count = 0;
		for (const a of real)
			a.rows.forEach((r, i) => {
				const p = Math.min(1 - 1e-6, Math.max(1e-6, loose.get(a)![i]!));
				loss -= r.y ? Math.log(p) : Math.log(1 - p);
				count++;
			});
		loss /= count;
		console.log(
			`lambda ${lambda}: CV log-loss ${loss.toFixed(4)}; alone at 0.5 ${fmt(counts(real, loose, 0.5, 'rows'))}`
		);
		if (!best || loss < best.loss - 1e-9) best = { lambda, loss, engine, loose };
	}
	const chosenLambda = best!.lambda;
	const probs = best!.engine;
	const floor = f1(counts(real, rules, 0.5)).r - 0.01;
	let t = 0;
	let bestF = -1;
	for (const c of THRESHOLDS) {
		const s = f1(counts(real, probs, c));
		console.log(
			`veto at ${c}: real pooled CV ${fmt(counts(real, probs, c))}; alone ${fmt(counts(real, best!.loose, c, 'rows'))}`
		);
		if (s.r >= floor - 1e-9 && s.f > bestF + 1e-9) [t, bestF] = [c, s.f];
	}
	console.log(`chosen: lambda ${chosenLambda}, veto threshold ${t} (CV F1 ${bestF.toFixed(3)})`);
	const cvLines: string[] = [];
	for (const s of [...Object.keys(REAL), ...Object.keys(OWN)]) {
		const as = articles.filter((a) => a.split === s);
		const line = `${s} CV ${fmt(counts(as, probs, t))} (rules ${fmt(counts(as, rules, 0.5))})`;
		cvLines.push(line);
		console.log(line);
	}
	const pooled = `real pooled CV ${fmt(counts(real, probs, t))}; rules ${fmt(counts(real, rules, 0.5))}`;
	console.log(pooled);

	const names = [...STRUCTURAL_FEATURES, ...vocabulary(articles)];
	const model = fit(design(rows, names), chosenLambda);
	const weights: Record<string, number> = {};
	names.forEach((n, i) => {
		const v = Math.round(model.w[i]! * 1e4) / 1e4;
		// Every structural feature is named (weight 0 if never seen); an n-gram only when it weighs something.
		if (!n.startsWith('w:') || v !== 0) weights[n] = v;
	});
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim();
	} catch {
		/* not a git checkout */
	}
	const out: ScorerWeights = {
		trained: {
			splits: [...Object.keys(REAL), ...Object.keys(OWN).map((s) => `${s} (weight ${OWN_WEIGHT})`)],
			commit,
			note: `veto; lambda ${chosenLambda} by CV log-loss, threshold by CV F1 (${FOLDS}-fold, grouped by article); ${pooled}; ${cvLines.join('; ')}`
		},
		bias: Math.round(model.bias * 1e4) / 1e4,
		threshold: t,
		weights
	};
	if (dry) {
		console.log('dry run: nothing written');
		return;
	}
	writeFileSync(OUT, JSON.stringify(out, null, '\t') + '\n');
	console.log(`wrote ${OUT} (${Object.keys(weights).length} features)`);
}

main();
