/**
 * Evidence cues: words in a later mention that say something happened to a commitment.
 * They only ever produce proposals for an editor, never a status by themselves.
 */
import { fold } from '../extract/index';
import type { Status } from './status';

interface Cue {
	name: string;
	to: Status;
	re: RegExp;
}

const CUES: Cue[] = [
	{
		name: 'target_exceeded',
		to: 'achieved',
		re: /\bvuot (?:xa |qua )?muc tieu\b|\bvuot moc\b|\b(?:exceeded|surpassed|overshot) (?:the |its |a )?(?:target|goal|mark)\b|\bhoan thanh vuot\b/
	},
	{
		name: 'completed',
		to: 'achieved',
		re: /\bkhanh thanh\b|\bhoan thanh\b|\bdua vao (?:van hanh|su dung|khai thac)\b|\b(?:was |were |been )?(?:completed|inaugurated)\b|\bput into (?:operation|service)\b/
	},
	{
		name: 'construction_started',
		to: 'in_progress',
		re: /\bkhoi cong\b|\bdong tho\b|\bbroke ground\b|\bground-?breaking\b|\bconstruction (?:has )?(?:started|began|begins|commenced)\b|\bstarted construction\b/
	}
];

export interface CueHit {
	cue: string;
	toStatus: Status;
	/** The matched words, folded, so an editor sees why. */
	matched: string;
}

export interface CueSpan extends CueHit {
	/** Offsets of the matched words in the text given, and the words as written (diacritics kept). */
	start: number;
	end: number;
	words: string;
}

/**
 * Every cue in a text with where it is, so an editor sees the sentence with the cue words marked
 * as the article wrote them ("khởi công", not "khoi cong").
 */
export function cueSpans(text: string): CueSpan[] {
	const f = fold(text);
	const lower = f.text.toLowerCase();
	// Lower-casing never changes the length of folded Latin text; if it did, offsets would be wrong.
	if (lower.length !== f.text.length) return [];
	const out: CueSpan[] = [];
	for (const c of CUES) {
		const re = new RegExp(c.re.source, 'g');
		for (let m = re.exec(lower); m; m = re.exec(lower)) {
			const start = f.toRaw(m.index);
			const end = f.toRaw(m.index + m[0].length);
			out.push({
				cue: c.name,
				toStatus: c.to,
				matched: m[0],
				start,
				end,
				words: text.slice(start, end)
			});
		}
	}
	return out.sort((a, b) => a.start - b.start);
}
