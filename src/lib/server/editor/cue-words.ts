/**
 * Cue codes ("vi:thong-nhat", "en:made-pledge") are the extraction's names for the words that made
 * a passage look like a commitment. Editors read the words themselves: found in the quote, with
 * their diacritics, or else the code's own words without its language prefix and hyphens.
 */
import { fold } from '../extract/fold';

/**
 * The Vietnamese cues that most often fire on a sentence around the quote rather than in it,
 * spelt with their marks for when the quote does not hold them.
 */
const SPELT: Record<string, string> = {
	'vi:se': 'sẽ',
	'vi:se-du': 'sẽ dự',
	'vi:cam-ket': 'cam kết',
	'vi:thong-nhat': 'thống nhất',
	'vi:nhat-tri': 'nhất trí',
	'vi:dong-y': 'đồng ý',
	'vi:phan-dau': 'phấn đấu',
	'vi:quyet-tam': 'quyết tâm',
	'vi:muc-tieu': 'mục tiêu',
	'vi:ke-hoach': 'kế hoạch',
	'vi:tiep-tuc': 'tiếp tục',
	'vi:khoi-cong': 'khởi công',
	'vi:da-ky': 'đã ký',
	'vi:huong-toi': 'hướng tới',
	'vi:can': 'cần',
	'vi:co-the': 'có thể',
	'vi:duy-tri': 'duy trì',
	'vi:xem-xet': 'xem xét',
	'vi:de-nghi': 'đề nghị',
	'vi:san-sang': 'sẵn sàng',
	'vi:thoa-thuan-se': 'thỏa thuận sẽ',
	'vi:khang-dinh-se': 'khẳng định sẽ',
	'vi:dinh-huong': 'định hướng'
};

/** The words a cue code names, as they stand in `quote` when they are there. */
export function cueWords(code: string, quote: string): string {
	const words = code.replace(/^[a-z]{2}:/, '').replace(/-/g, ' ');
	const folded = fold(quote);
	const at = folded.text.toLowerCase().indexOf(words.toLowerCase());
	if (at < 0) return SPELT[code] ?? words;
	return quote.slice(folded.toRaw(at), folded.toRaw(at + words.length));
}

/** Every cue of a quote in words, each once. */
export const cueWordsOf = (codes: string[], quote: string): string[] => [
	...new Set(codes.map((c) => cueWords(c, quote)))
];
