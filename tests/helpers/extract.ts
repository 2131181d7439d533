import { expect } from 'vitest';
import { extractArticle, type Extraction } from '../../src/lib/server/extract/index';

/**
 * Runs the engine on test sentences laid out as an article: a headline line, then one block per
 * paragraph, joined by `separator` ('\n\n' as the ingest cleaner gives paragraphs, '\n' as the parser
 * gives bullet lines). Every quote is checked to be the exact raw slice at its offsets.
 */
export function extractBlocks(
	language: 'vi' | 'en',
	paragraphs: string[],
	published: string | null,
	separator = '\n\n',
	headline = 'Tiêu đề'
): Extraction {
	const raw = `${headline}\n\n${paragraphs.join(separator)}\n`;
	let at = 0;
	const blocks = paragraphs.map((p) => {
		const start = raw.indexOf(p, at);
		at = start + p.length;
		return { start, end: at };
	});
	const out = extractArticle({ raw, blocks, published, language });
	for (const x of [...out.commitments, ...out.trade_observations])
		expect(raw.slice(x.start, x.end)).toBe(x.quote);
	return out;
}

/** A Vietnamese news paragraph or two under a Vietnam–Laos headline, dated as the corpus articles are. */
export function extractVi(
	paragraphs: string[],
	published: string | null = '2019-05-20',
	headline = 'Hợp tác Việt Nam - Lào'
): Extraction {
	return extractBlocks('vi', paragraphs, published, '\n\n', headline);
}

export const quotesOf = (out: Extraction): string[] => out.commitments.map((c) => c.quote);
