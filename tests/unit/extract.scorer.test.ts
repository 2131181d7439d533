/**
 * The fitted scorer (src/lib/server/extract/scorer.ts, scripts/train-extract.ts): its weights file, the features
 * the engine emits, and what the model makes of a few passages. Every sentence here is written for this file.
 * The scorer is measured but off (USE_SCORER in index.ts): the rules decide, so the engine's output is checked too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import rawWeights from '../../src/lib/server/extract/scorer-weights.json';
import {
	CANDIDATE_SLACK,
	CANDIDATE_THRESHOLD,
	setCandidateLooseness
} from '../../src/lib/server/extract/commitments';
import { extractCandidates } from '../../src/lib/server/extract/index';
import {
	makeScorer,
	ngrams,
	probability,
	ScorerWeightsSchema,
	shippedScorer,
	STRUCTURAL_FEATURES
} from '../../src/lib/server/extract/scorer';
import { extractBlocks } from '../helpers/extract';

function candidates(
	sentence: string,
	language: 'vi' | 'en' = 'vi'
): { quote: string; features: Map<string, number> }[] {
	const raw = `Hợp tác Việt Nam - Lào\n\n${sentence}\n`;
	const start = raw.indexOf(sentence);
	const { extraction, features } = extractCandidates({
		raw,
		blocks: [{ start, end: start + sentence.length }],
		published: '2025-06-01',
		language
	});
	return extraction.commitments.map((c, i) => ({ quote: c.quote, features: features[i]! }));
}

const PLEDGES = [
	'Hai Bộ trưởng nhất trí sẽ cùng khởi công cây cầu mới qua sông tại cửa khẩu Nam Giang trong quý III năm 2027.',
	'Hai bên cam kết phấn đấu nâng số lưu học sinh Lào sang học tại các trường của Việt Nam lên 4.000 người mỗi năm từ năm 2026.'
];
const NOT_PLEDGES = [
	'Chuyến thăm lần này có ý nghĩa hết sức to lớn, góp phần vun đắp tình đoàn kết đặc biệt giữa hai dân tộc.',
	'Năm ngoái, tổng vốn mà các doanh nghiệp Việt Nam rót vào các tỉnh phía nam nước Lào đã tăng gần gấp đôi.',
	'Lào và Thái Lan thống nhất sẽ xây thêm một cây cầu qua sông Mê Kông tại tỉnh Bò Kẹo trong năm tới.',
	'Ông bày tỏ tin tưởng rằng quan hệ hai nước sẽ ngày càng phát triển tốt đẹp hơn nữa trong thời gian tới.'
];

afterEach(() => setCandidateLooseness(CANDIDATE_THRESHOLD, CANDIDATE_SLACK));

describe('the weights file', () => {
	it('parses, and names every structural feature the code can emit and no other', () => {
		const w = ScorerWeightsSchema.parse(rawWeights);
		const keys = Object.keys(w.weights);
		for (const f of STRUCTURAL_FEATURES) expect(keys, f).toContain(f);
		const structural = new Set(STRUCTURAL_FEATURES);
		expect(keys.filter((k) => !k.startsWith('w:') && !structural.has(k))).toEqual([]);
		expect(w.threshold).toBeGreaterThan(0);
		expect(w.threshold).toBeLessThan(1);
		expect(w.trained.splits).toContain('real-train');
	});

	it('keeps only short n-grams (one or two folded words), never a run of text', () => {
		const long = Object.keys(rawWeights.weights).filter(
			(k) => k.startsWith('w:') && k.slice(2).split(' ').length > 2
		);
		expect(long).toEqual([]);
	});
});

describe('features', () => {
	it('emits only structural features and n-grams, each with a finite value', () => {
		setCandidateLooseness(1, 1);
		const structural = new Set(STRUCTURAL_FEATURES);
		const all = [
			...PLEDGES.flatMap((s) => candidates(s)),
			...candidates(
				'The two sides agreed to open a new bus route between the two capitals by 2027.',
				'en'
			)
		];
		expect(all.length).toBeGreaterThanOrEqual(3);
		for (const { features } of all)
			for (const [k, v] of features) {
				expect(k.startsWith('w:') || structural.has(k), k).toBe(true);
				expect(Number.isFinite(v), k).toBe(true);
			}
	});

	it('folds words and collapses figures in n-grams', () => {
		expect(ngrams('Hai ben dat 5,5 ty USD')).toEqual([
			'w:hai',
			'w:hai ben',
			'w:ben',
			'w:ben dat',
			'w:dat',
			'w:dat 0',
			'w:0',
			'w:0 ty',
			'w:ty',
			'w:ty usd',
			'w:usd'
		]);
	});
});

describe('the model', () => {
	const scorer = shippedScorer();

	it('accepts a clear pledge', () => {
		for (const s of PLEDGES) {
			const found = candidates(s);
			expect(found, s).toHaveLength(1);
			expect(probability(scorer.weights, found[0]!.features), s).toBeGreaterThanOrEqual(
				scorer.weights.threshold
			);
		}
	});

	it('scores a vague loose candidate below a clear pledge (and the rules reject it)', () => {
		setCandidateLooseness(1, 1);
		const vague = candidates(
			'Hai bên nhất trí tiếp tục tăng cường công tác thông tin tuyên truyền về mối quan hệ hai nước.'
		);
		expect(vague).toHaveLength(1);
		const clear = candidates(PLEDGES[0]!);
		expect(probability(scorer.weights, vague[0]!.features)).toBeLessThan(
			probability(scorer.weights, clear[0]!.features)
		);
		setCandidateLooseness(CANDIDATE_THRESHOLD, CANDIDATE_SLACK);
		expect(
			candidates(
				'Hai bên nhất trí tiếp tục tăng cường công tác thông tin tuyên truyền về mối quan hệ hai nước.'
			)
		).toEqual([]);
	});

	it('leaves clear non-pledges out of the engine', () => {
		for (const s of NOT_PLEDGES)
			expect(
				extractBlocks('vi', [s], '2025-06-01', '\n\n', 'Hợp tác Việt Nam - Lào').commitments,
				s
			).toEqual([]);
	});

	it('is a plain logistic function of the weights', () => {
		const w = makeScorer({
			trained: { splits: [], commit: 'test', note: '' },
			bias: -1,
			threshold: 0.5,
			weights: { amount: 2 }
		});
		expect(probability(w.weights, new Map([['amount', 1]]))).toBeCloseTo(1 / (1 + Math.exp(-1)));
		expect(probability(w.weights, new Map([['w:unknown', 1]]))).toBeCloseTo(1 / (1 + Math.exp(1)));
	});
});
