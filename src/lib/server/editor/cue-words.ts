/**
 * Cue codes ("vi:thong-nhat", "en:made-pledge") are the extraction's names for the words that made
 * a passage look like a commitment. Editors read the words themselves: found in the quote, with
 * their diacritics, or else the code's own words without its language prefix and hyphens.
 */
import { asciiLower, CUES } from '../extract/cues';
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
	'vi:dinh-huong': 'định hướng',
	'vi:chi-so-se': 'chỉ số sẽ',
	'vi:chuyen-gia': 'chuyên gia',
	'vi:da-lam': 'đã làm',
	'vi:dang-duoc': 'đang được',
	'vi:dang-thuc-hien': 'đang thực hiện',
	'vi:danh-gia-cao': 'đánh giá cao',
	'vi:danh-sach': 'danh sách',
	'vi:dat-so': 'đạt',
	'vi:de-muc-dich': 'để',
	'vi:de-nghi-ben-kia': 'đề nghị',
	'vi:de-nghi-hai-ben': 'đề nghị hai bên',
	'vi:du-bao': 'dự báo',
	'vi:du-doan': 'dự đoán',
	'vi:du-kien-hoan-thanh': 'dự kiến hoàn thành',
	'vi:duoc-giao': 'được giao',
	'vi:gian-hang': 'gian hàng',
	'vi:giao-co-quan': 'giao cơ quan',
	'vi:hoi-cho': 'hội chợ',
	'vi:ke-hoach-kinh-doanh': 'kế hoạch kinh doanh',
	'vi:khan-truong': 'khẩn trương',
	'vi:khang-dinh-lai': 'khẳng định lại',
	'vi:la-tru-cot': 'là trụ cột',
	'vi:loi-moi': 'lời mời',
	'vi:nghi-quyet-dai-hoi': 'nghị quyết đại hội',
	'vi:sap-toi': 'sắp tới',
	'vi:se-ket-qua': 'sẽ',
	'vi:su-co': 'sự cố',
	'vi:target-met': 'vượt mục tiêu',
	'vi:tham': 'thăm',
	'vi:thoa-thuan-gom': 'thỏa thuận gồm',
	'vi:thoi-gian-qua': 'thời gian qua',
	'vi:tiep-tuc-duoc': 'tiếp tục được',
	'vi:tin-tuong': 'tin tưởng',
	'vi:tinh-den': 'tính đến',
	'vi:tinh-nguyen': 'tình nguyện',
	'vi:tinh-than-hai-ben': 'tinh thần hai bên',
	'vi:toi-pham': 'tội phạm',
	'vi:trao-doi': 'trao đổi',
	'vi:trao-doi-doan': 'trao đổi đoàn',
	'vi:trao-tang': 'trao tặng'
};

const BY_NAME = new Map(CUES.map((c) => [c.name, c]));

/** What the cue's own pattern matched in the quote, cut from the quote as written. */
function matchedIn(code: string, quote: string): string | null {
	const cue = BY_NAME.get(code);
	if (!cue) return null;
	const folded = fold(quote);
	const re = new RegExp(cue.re.source, cue.re.flags.replace('g', ''));
	const hit = re.exec(cue.cased ? folded.text : asciiLower(folded.text));
	if (!hit || !hit[0].trim()) return null;
	const start = hit.index + (hit[0].length - hit[0].trimStart().length);
	const end = hit.index + hit[0].trimEnd().length;
	return quote.slice(folded.toRaw(start), folded.toRaw(end));
}

/**
 * The words a cue code names: what its pattern matched in `quote`, as written there; else the
 * code's words found in the quote; else (the cue fired in the sentence around the quote) the
 * words spelt with their marks.
 */
export function cueWords(code: string, quote: string): string {
	const matched = matchedIn(code, quote);
	if (matched) return matched;
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
