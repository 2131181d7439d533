import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle, type Extraction } from '../../src/lib/server/extract/index';
import { fold } from '../../src/lib/server/extract/fold';
import {
	CUES,
	POSITIVE_KINDS,
	asciiLower,
	findCues,
	type CueHit
} from '../../src/lib/server/extract/cues';
import { parseArticle } from '../../src/lib/server/ingest/parse';
import { eachMatch, patternSet } from '../../src/lib/server/extract/gate';
import { RULES as SECTOR_RULES } from '../../src/lib/server/extract/sectors';

/** Every non-empty line is a block: the engine must cope whatever the cleaner hands it. */
function lineBlocks(raw: string): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	let start = 0;
	for (let i = 0; i <= raw.length; i++) {
		if (i === raw.length || raw[i] === '\n') {
			if (i > start) out.push({ start, end: i });
			start = i + 1;
		}
	}
	return out;
}

function assertExact(raw: string, out: Extraction): void {
	expect(Array.isArray(out.commitments) && Array.isArray(out.trade_observations)).toBe(true);
	for (const x of [...out.commitments, ...out.trade_observations]) {
		expect(x.start).toBeGreaterThanOrEqual(0);
		expect(x.end).toBeLessThanOrEqual(raw.length);
		expect(raw.slice(x.start, x.end)).toBe(x.quote);
	}
}

const seeds = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'));
const vocabulary = [
	'Hai bên nhất trí ',
	'phấn đấu đạt ',
	'kim ngạch thương mại ',
	'10 tỷ USD',
	'1,64 tỉ',
	'10-15%',
	'US$5bn ',
	'năm 2024 ước đạt ',
	'cao tốc Hà Nội-Vientiane',
	', ',
	'; ',
	'. ',
	'Ảnh: ',
	'đường sắt Vientiane–Vũng Áng',
	' will continue to ',
	'agreed to build ',
	'<p>',
	'</p>',
	'&nbsp;',
	'\n',
	'Đề án giai đoạn 2021-2030',
	'e\u0301',
	'ạ',
	'\u0323',
	'🇻🇳',
	'中文',
	'ລາວ',
	'TP. ',
	'…',
	'"',
	'(Ảnh: TTXVN)'
];
const articleText = fc.oneof(
	fc.string({ unit: 'grapheme', maxLength: 400 }),
	fc.string({ unit: 'binary', maxLength: 400 }),
	fc.array(fc.constantFrom(...vocabulary), { maxLength: 80 }).map((xs) => xs.join('')),
	fc
		.tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 3000 }))
		.map(([w, n]) => w.repeat(n))
);

describe('extraction never breaks on odd input', () => {
	it('never throws and always quotes exactly, whatever the text', () => {
		fc.assert(
			fc.property(
				articleText,
				fc.constantFrom<'vi' | 'en'>('vi', 'en'),
				fc.option(fc.constant('2024-05-01')),
				(raw, language, published) => {
					const out = extractArticle({ raw, blocks: lineBlocks(raw), published, language });
					assertExact(raw, out);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('survives blocks that are out of range, reversed or overlapping', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 200 }),
				fc.array(
					fc.record({
						start: fc.integer({ min: -50, max: 300 }),
						end: fc.integer({ min: -50, max: 300 })
					}),
					{ maxLength: 6 }
				),
				(raw, blocks) => {
					assertExact(raw, extractArticle({ raw, blocks, published: null, language: 'vi' }));
				}
			)
		);
	});

	it('keeps fold offsets consistent for any string', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
				const f = fold(raw);
				expect(f.toRaw(0)).toBe(0);
				expect(f.toRaw(f.text.length)).toBe(raw.length);
				for (let i = 1; i <= f.text.length; i++)
					expect(f.toRaw(i)).toBeGreaterThanOrEqual(f.toRaw(i - 1));
			})
		);
	});

	it('quotes exactly on mutated seed articles (HTML, decomposed Unicode, mixed scripts)', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...seeds),
				fc.constantFrom('NFC', 'NFD'),
				fc.constantFrom('', '<b>', '\u00a0', 'ລາວ ', '🇱🇦'),
				(seed, form, noise) => {
					const raw = seed.normalize(form as 'NFC' | 'NFD').replaceAll('. ', `. ${noise}`);
					const article = parseArticle(raw, 'mutated.txt');
					assertExact(raw, extractArticle(article));
				}
			),
			{ numRuns: 30 }
		);
	});
});

/** The plain way: every cue's regex over the whole text on its own (what the one-scan finder must equal). */
function cuesOneByOne(text: string, language: 'vi' | 'en', positive: boolean): CueHit[] {
	const lower = asciiLower(text);
	const hits: CueHit[] = [];
	for (const c of CUES.filter(
		(c) => c.name.startsWith(`${language}:`) && POSITIVE_KINDS.has(c.kind) === positive
	)) {
		const re = new RegExp(c.re.source, c.re.flags);
		for (let m = re.exec(c.cased ? text : lower); m; m = re.exec(c.cased ? text : lower)) {
			hits.push({
				name: c.name,
				kind: c.kind,
				weight: c.weight,
				index: m.index,
				length: m[0].length
			});
			if (m[0].length === 0) re.lastIndex++;
		}
	}
	return hits.sort((a, b) => a.index - b.index);
}

describe('the one-scan cue finder', () => {
	it('finds exactly the hits of running each cue alone, overlaps included', () => {
		const words = [
			'se',
			'tiep tuc',
			'nhat tri',
			'thoa thuan',
			'se duoc to chuc',
			'trong thoi gian toi',
			'thoi gian toi',
			'dat 2 ty',
			'phan dau dat 3',
			'cam ket se',
			'will',
			'agreed to',
			'signed',
			'under a deal signed',
			'two-way trade will reach',
			'Viet Nam',
			'de nghi Viet Nam',
			',',
			'.',
			';',
			' '
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...words), { maxLength: 40 }),
				fc.constantFrom<'vi' | 'en'>('vi', 'en'),
				fc.boolean(),
				(parts, language, positive) => {
					const text = parts.join(' ');
					expect(findCues(text, language, positive ? 'positive' : 'negative')).toEqual(
						cuesOneByOne(text, language, positive)
					);
				}
			),
			{ numRuns: 300 }
		);
	});
});

/** The plain way for any patterns: each regex's own global exec loop, as [pattern, at, length]. */
function oneByOne(patterns: RegExp[], text: string): [number, number, number][] {
	const out: [number, number, number][] = [];
	patterns.forEach((p, i) => {
		const re = new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`);
		for (let m = re.exec(text); m; m = re.exec(text)) {
			out.push([i, m.index, m[0].length]);
			if (m[0].length === 0) re.lastIndex++;
		}
	});
	return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function inOneScan(patterns: RegExp[], text: string): [number, number, number][] {
	const out: [number, number, number][] = [];
	eachMatch(patternSet(patterns), text, (i, at, length) => out.push([i, at, length]));
	return out;
}

describe('one-scan pattern sets (gate.ts)', () => {
	it('match exactly where each pattern alone does: look-behinds first, branches without \\b, leading groups, mixed case flags, overlaps', () => {
		const patterns = [
			/(?<!chia )\bse\b/g,
			/\bse (?:duoc|tiep tuc)\b/g,
			/(?<!cross-)border(?! gates?)|\bcua khau\b/gi,
			/\bTruong (?=[A-Z])/g,
			/\b(?:kim ngach|trade)\b[^.;]{0,20}?\d+/gi,
			/(?:^|[.;] )De (?:dat|hoan thanh)\b/g,
			/\btelecom\w*/gi,
			/\b(?:(?:da|vua) ky|khanh thanh|Kim ngach)\b/g,
			/\b(?:mot )?hai\b/g,
			/x?/g
		];
		const cased = [/\bTruong (?=[A-Z])/g, /\btruong\b/g, /\b(?:Kim ngach|kim)\b/g];
		const words = [
			'da ky',
			'vua ky',
			'khanh thanh',
			'mot hai',
			'hai',
			'se',
			'chia se',
			'se duoc',
			'tiep tuc',
			'Truong',
			'truong',
			'Hoc',
			'border',
			'cross-border',
			'border gates',
			'cua khau',
			'kim ngach',
			'Trade',
			'12',
			'De',
			'dat',
			'telecoms',
			'x',
			'.',
			';',
			',',
			' '
		];
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...words), { maxLength: 40 }),
				fc.constantFrom(' ', ''),
				(parts, glue) => {
					const text = parts.join(glue);
					expect(inOneScan(patterns, text)).toEqual(oneByOne(patterns, text));
					// Case-sensitive patterns only: the gate must keep "Truong" and "truong" apart.
					expect(inOneScan(cased, text)).toEqual(oneByOne(cased, text));
				}
			),
			{ numRuns: 300 }
		);
	});

	it('count every sector rule exactly as matching it alone does', () => {
		const rules = SECTOR_RULES.map((r) => r.re);
		const words = [
			'dau tu',
			'chu dau tu',
			'bien gioi',
			'cua khau bien gioi',
			'an ninh',
			'chinh tri',
			'Cang Vung Ang',
			'cang',
			'port',
			'Truong',
			'Huu nghi',
			'security',
			'energy security',
			'border',
			'cross-border',
			'trade',
			'moi truong',
			'dau tu',
			'xay dung duong',
			'ASEAN chair',
			'regional forums',
			'digital',
			'Dang',
			'dang',
			',',
			'.',
			' '
		];
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), (parts) => {
				const text = parts.join(' ');
				expect(inOneScan(rules, text)).toEqual(oneByOne(rules, text));
			}),
			{ numRuns: 300 }
		);
	});
});
