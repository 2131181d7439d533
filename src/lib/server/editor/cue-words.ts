/**
 * Cue codes ("vi:thong-nhat", "en:made-pledge") are the extraction's names for the words that made
 * a passage look like a commitment. Editors read the words themselves: found in the quote, with
 * their diacritics, or else the code's own words without its language prefix and hyphens.
 */
import { fold } from '../extract/fold';

/** The words a cue code names, as they stand in `quote` when they are there. */
export function cueWords(code: string, quote: string): string {
	const words = code.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ');
	const folded = fold(quote);
	const at = folded.text.toLowerCase().indexOf(words.toLowerCase());
	if (at < 0) return words;
	return quote.slice(folded.toRaw(at), folded.toRaw(at + words.length));
}

/** Every cue of a quote in words, each once. */
export const cueWordsOf = (codes: string[], quote: string): string[] => [
	...new Set(codes.map((c) => cueWords(c, quote)))
];
