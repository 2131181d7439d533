/**
 * One key fold (extract/fold.ts) replaced the copies in track/text.ts and ingest/chrome.ts.
 * Search documents and alias keys stored in existing databases were built with the old copies,
 * so the shared fold must give exactly what they gave, or every stored key would need recomputing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldLower, foldText } from '../../src/lib/server/extract/fold';

/** track/text.ts's foldText and ingest/chrome.ts's foldText as they were, verbatim. */
function storedKeyFold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
function chromeFold(s: string): string {
	return s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase();
}

const vietnamese = fc.string({
	unit: fc.constantFrom(...'aăâeêioôơuưyđĐÀÁẢÃẠằắẳẵặầấẩẫậ _-–—‐“”‘’…\u00a0\u200b\n\tÐΆ'.split(''))
});

describe('the one key fold keeps stored keys as they were', () => {
	it('gives what the old copies gave, on any text', () => {
		for (const text of [
			fc.string({ unit: 'grapheme-composite' }),
			fc.string({ unit: 'binary' }),
			vietnamese
		])
			fc.assert(
				fc.property(text, (s) => {
					expect(foldText(s)).toBe(storedKeyFold(s));
					expect(foldLower(s)).toBe(chromeFold(s));
				}),
				{ numRuns: 1500 }
			);
	});

	it('differs from the offset fold where a stored key would have changed', () => {
		const title = '“Cao tốc Hà Nội – Vientiane” hợp_tác…';
		expect(foldText(title)).toBe('“cao toc ha noi-vientiane” hop_tac…');
		expect(fold(title).text.toLowerCase()).toBe('"cao toc ha noi - vientiane" hop tac.');
	});
});
