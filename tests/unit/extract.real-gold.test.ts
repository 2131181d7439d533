import {
	existsSync,
	mkdtempSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	evaluateArticle,
	loadRealGold,
	sha256,
	summarise,
	RealGoldSchema
} from '../../src/lib/server/extract/evaluate';
import type { ExtractedCommitment } from '../../src/lib/server/extract/types';

// Our own sentences, in the corpus's word-segmented style, standing in for a corpus file.
const TEXT = [
	' Hai nước nhất_trí tăng_cường hợp_tác',
	'',
	'Hai bên nhất_trí phấn_đấu đưa kim_ngạch thương_mại lên 5 tỷ USD vào năm 2025 .',
	'Lào sẽ bán 500 MW điện cho Thái_Lan từ năm 2026 .',
	'Năm 2023 , kim_ngạch thương_mại hai chiều đạt 1,6 tỷ USD .',
	''
].join('\n');

const span = (quote: string) => {
	const start = TEXT.indexOf(quote);
	if (start < 0) throw new Error('test text lacks ' + quote);
	return { start, end: start + quote.length };
};
const TARGET = 'Hai bên nhất_trí phấn_đấu đưa kim_ngạch thương_mại lên 5 tỷ USD vào năm 2025';
const THIRD = 'Lào sẽ bán 500 MW điện cho Thái_Lan từ năm 2026';
const TRADE = 'kim_ngạch thương_mại hai chiều đạt 1,6 tỷ USD';

const dir = mkdtempSync(join(tmpdir(), 'real-gold-'));
const corpus = join(dir, 'corpus');
const goldDir = join(dir, 'tune');
mkdirSync(corpus);
mkdirSync(goldDir);
writeFileSync(join(corpus, 'own_001.txt'), TEXT);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeGold(file: string, digest: string): void {
	const gold = {
		file,
		sha256: digest,
		annotator: 'test',
		published_guess: '2024-01-15',
		commitments: [
			{
				...span(TARGET),
				sector: 'trade',
				target_value: '5000000000',
				target_value_max: null,
				unit: 'USD',
				target_year: 2025,
				novelty: 'new',
				aspect: 'future',
				entities: [],
				item: 'trade-5bn'
			}
		],
		trade_observations: [
			{
				...span(TRADE),
				year: 2023,
				value_usd: '1600000000',
				period: 'full_year',
				is_estimate: false,
				growth_pct: null
			}
		],
		third_country: [{ ...span(THIRD), parties: 'Laos–Thailand' }]
	};
	RealGoldSchema.parse(gold);
	writeFileSync(join(goldDir, `${file}.json`), JSON.stringify(gold));
}

const prediction = (
	quote: string,
	extra: Partial<ExtractedCommitment> = {}
): ExtractedCommitment => ({
	title: quote.slice(0, 20),
	title_en: null,
	sector: 'trade',
	quote,
	...span(quote),
	target_value: '5000000000',
	target_value_max: null,
	unit: 'USD',
	target_year: 2025,
	novelty: 'new',
	entities: [],
	confidence: 0.9,
	kind: 'target',
	cues: [],
	aspect: 'future',
	...extra
});

describe('quote-less real-text gold', () => {
	writeGold('own_001.txt', sha256(Buffer.from(TEXT, 'utf8')));

	it('cuts every quote from the corpus file at its offsets', () => {
		const [loaded] = loadRealGold(goldDir, corpus);
		expect(loaded?.ok).toBe(true);
		if (!loaded?.ok) return;
		expect(loaded.gold.commitments.map((c) => c.quote)).toEqual([TARGET]);
		expect(loaded.gold.trade_observations.map((t) => t.quote)).toEqual([TRADE]);
		expect(loaded.gold.third_country?.map((t) => t.quote)).toEqual([THIRD]);
	});

	it('skips an article whose corpus file changed, saying why', () => {
		writeGold('own_002.txt', sha256(Buffer.from(TEXT, 'utf8')));
		writeFileSync(join(corpus, 'own_002.txt'), TEXT.replace('5 tỷ', '6 tỷ'));
		const second = loadRealGold(goldDir, corpus).find((l) => !l.ok);
		rmSync(join(goldDir, 'own_002.txt.json'));
		expect(second).toMatchObject({ ok: false, file: 'own_002.txt' });
		expect(second && !second.ok && second.reason).toMatch(/sha256/);
	});

	it('counts a kept third-country passage as a false positive and in its own line', () => {
		const [loaded] = loadRealGold(goldDir, corpus);
		if (!loaded?.ok) throw new Error('not loaded');
		const report = evaluateArticle(loaded.raw, loaded.gold, {
			commitments: [
				prediction(TARGET),
				prediction(THIRD, { sector: 'energy', unit: 'MW', target_value: '500', target_year: 2026 })
			],
			trade_observations: []
		});
		expect(report.commitments).toEqual({ tp: 1, fp: 1, fn: 0 });
		expect(report.trade).toEqual({ tp: 0, fp: 0, fn: 1 });
		expect(summarise([report]).thirdCountry).toEqual({ total: 1, kept: 1 });
		expect(report.inexact).toEqual([]);
	});

	it('scores aspect only when the prediction carries it', () => {
		const [loaded] = loadRealGold(goldDir, corpus);
		if (!loaded?.ok) throw new Error('not loaded');
		// An engine without the field (as before aspect was added) is not penalised for it.
		const { aspect: _aspect, ...bare } = prediction(TARGET);
		const without = evaluateArticle(loaded.raw, loaded.gold, {
			commitments: [bare as ExtractedCommitment],
			trade_observations: []
		});
		expect(without.fields['commitment.aspect']).toBeUndefined();
		const right = evaluateArticle(loaded.raw, loaded.gold, {
			commitments: [prediction(TARGET)],
			trade_observations: []
		});
		expect(right.fields['commitment.aspect']).toEqual({ right: 1, total: 1 });
		const wrong = prediction(TARGET, { aspect: 'ongoing' });
		const withAspect = evaluateArticle(loaded.raw, loaded.gold, {
			commitments: [wrong],
			trade_observations: []
		});
		expect(withAspect.fields['commitment.aspect']).toEqual({ right: 0, total: 1 });
		expect(withAspect.fieldErrors).toContainEqual(
			expect.objectContaining({ field: 'commitment.aspect', gold: 'future', predicted: 'ongoing' })
		);
	});

	it('finds no articles when the annotation folder does not exist', () => {
		expect(loadRealGold(join(dir, 'nowhere'), corpus)).toEqual([]);
	});
});

describe('real-text annotations in the repository', () => {
	const root = join(import.meta.dirname, '../..');
	const realCorpus = join(root, '../shared/corpus');
	const realDir = join(root, 'tests/fixtures/real');
	// Every split under tests/fixtures/real is checked, so a new split cannot slip past these tests.
	const splitNames = existsSync(realDir)
		? readdirSync(realDir, { withFileTypes: true })
				.filter((d) => d.isDirectory())
				.map((d) => d.name)
		: [];
	const halves = splitNames.map((h) => join(realDir, h));
	const files = halves.filter(existsSync).flatMap((half) =>
		readdirSync(half)
			.filter((f) => f.endsWith('.json'))
			.map((f) => join(half, f))
	);

	it.skipIf(!splitNames.length)(
		'cover every split, the blind check split included, and never annotate one article in two splits',
		() => {
			expect(splitNames).toEqual(
				expect.arrayContaining(['tune', 'holdout', 'train', 'train2', 'check'])
			);
			// The check split measures unseen articles: an article also in tune, train or holdout would not be unseen.
			const seen = new Map<string, string>();
			for (const path of files) {
				const name = path.slice(path.lastIndexOf('/') + 1);
				const split = path.slice(realDir.length + 1, path.lastIndexOf('/'));
				expect(seen.get(name), `${name} is in ${seen.get(name)} and ${split}`).toBeUndefined();
				seen.set(name, split);
			}
		}
	);

	it.skipIf(!files.length)(
		'hold no text: offsets, labels and fields only, in the agreed schema',
		() => {
			for (const path of files) {
				const json = JSON.parse(readFileSync(path, 'utf8'));
				expect(path.endsWith(`/${json.file}.json`), path).toBe(true);
				expect(() => RealGoldSchema.parse(json)).not.toThrow();
				expect(JSON.stringify(json)).not.toMatch(/"(quote|title)"/);
			}
		}
	);

	it.skipIf(!files.length || !existsSync(realCorpus))(
		'match the corpus they were made on, with spans that start and end on a word',
		() => {
			for (const half of halves) {
				for (const loaded of loadRealGold(half, realCorpus)) {
					expect(loaded.ok ? '' : loaded.reason).toBe('');
					if (!loaded.ok) continue;
					for (const s of [
						...loaded.gold.commitments,
						...loaded.gold.trade_observations,
						...(loaded.gold.third_country ?? [])
					])
						expect(s.quote, `${loaded.gold.file}@${s.start}`).toMatch(
							/^[\p{L}\p{N}"“(].*[\p{L}\p{N}%)"”]$/su
						);
				}
			}
		}
	);
});
