import { describe, expect, it } from 'vitest';
import { highlightBlocks, type Mark } from '../../src/lib/highlight';

const raw =
	'MENU Home | News\nHeadline here\n\nThe two sides aim for 5 billion USD in trade by 2030. Other talk.\nFooter';
const head = {
	start: raw.indexOf('Headline'),
	end: raw.indexOf('Headline') + 'Headline here'.length
};
const body = {
	start: raw.indexOf('The two'),
	end: raw.indexOf('Other talk.') + 'Other talk.'.length
};

function mark(key: string, text: string, kind: Mark['kind'] = 'commitment'): Mark {
	const start = raw.indexOf(text);
	return { key, start, end: start + text.length, kind, href: `/x/${key}`, label: key };
}

describe('highlighting raw ranges inside the kept paragraphs', () => {
	it('cuts a paragraph around a mark and keeps every character in order', () => {
		const m = mark('m1', 'The two sides aim for 5 billion USD in trade by 2030.');
		const out = highlightBlocks(raw, [head, body], [m]);
		expect(out.paragraphs.map((p) => p.map((x) => x.text).join(''))).toEqual([
			'Headline here',
			'The two sides aim for 5 billion USD in trade by 2030. Other talk.'
		]);
		const hit = out.paragraphs[1]!.find((p) => p.kinds.length)!;
		expect(hit.text).toBe(raw.slice(m.start, m.end));
		expect(hit.anchors).toEqual(['m1']);
		expect(hit.tagsAfter).toEqual([0]);
		expect(out.hidden).toEqual([]);
	});

	it('shows a figure inside a sentence as both kinds, anchoring each mark once', () => {
		const sentence = mark('m1', 'The two sides aim for 5 billion USD in trade by 2030.');
		const figure = mark('t1', '5 billion USD', 'trade');
		const out = highlightBlocks(raw, [body], [sentence, figure]);
		const pieces = out.paragraphs[0]!;
		expect(pieces.find((p) => p.text === '5 billion USD')!.kinds.sort()).toEqual([
			'commitment',
			'trade'
		]);
		expect(pieces.flatMap((p) => p.anchors).sort()).toEqual(['m1', 't1']);
		expect(pieces.find((p) => p.text === '5 billion USD')!.tagsAfter).toEqual([1]);
	});

	it('reports marks that fall in removed chrome instead of dropping them silently', () => {
		const out = highlightBlocks(raw, [head, body], [mark('menu', 'Home | News')]);
		expect(out.hidden).toEqual([0]);
		expect(out.paragraphs.flat().every((p) => p.kinds.length === 0)).toBe(true);
	});
});
