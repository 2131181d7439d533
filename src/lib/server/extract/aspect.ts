/**
 * Aspect of a commitment passage: is the undertaking still to be done, under way, or reported as
 * completed? Tracking takes an item's first status from it (future → announced, ongoing → in
 * progress, done → achieved, proposed to an editor), so it must follow the verb form that governs
 * the passage, not any verb in it:
 * - "sẽ tổ chức lễ khởi công/khánh thành …", "will be completed", "dự kiến hoàn thành" → future;
 * - "đang (tích cực) thực hiện/triển khai …", "đang được thúc đẩy", "is being implemented",
 *   "is under way", "đã hoàn thành 70% khối lượng" (progress, not completion) → ongoing;
 * - "đã hoàn thành", "was completed", "khánh thành", "đã đưa vào vận hành" → done, unless a
 *   future word governs the verb or a later future step follows it in the same passage.
 *
 * Runs on folded text (fold.ts). "đang" and "Đảng" both fold to "dang": the progressive is the
 * lower-case form followed by a verb, so a Party name never makes a passage ongoing.
 */
import type { Aspect } from './types';

const ONGOING_VI =
	/\bdang (?:duoc )?(?:(?:tich cuc|khan truong|tap trung|gap rut|nhanh chong|tiep tuc|dan|tung buoc|no luc|chu dong|phoi hop|cung nhau)\s+)*(?:duoc )?(?:thuc hien|trien khai|xay dung|thi cong|dau tu|thuc day|day nhanh|day manh|hoan thien|hoan tat|lap|khao sat|nghien cuu|dam phan|van hanh|cai tao|nang cap|mo rong|san lap|giai phong mat bang|chuan bi|tien hanh|hoan chinh|xuc tien|ra soat|soan thao|lam thu tuc)\b/;
const ONGOING_EN =
	/\b(?:(?:is|are|was|were) being (?:implemented|carried out|built|constructed|developed|upgraded|expanded|negotiated|studied|surveyed|prepared|accelerated|pushed|promoted|finali[sz]ed)|(?:is|are) (?:now |currently )?(?:under ?way|under construction|in progress|ongoing|implementing|carrying out|building|constructing|developing|upgrading|negotiating)|(?:is|are) (?:now |currently )?(?:under (?:implementation|negotiation|development|study))|work (?:is|has) (?:under ?way|begun|started)|(?:have|has) (?:been )?(?:begun|started) (?:work|construction|building|implementing|to implement))\b/i;
/** "đã hoàn thành 70% khối lượng", "70% complete": progress on something still under way. */
const PROGRESS =
	/\bda (?:thi cong |hoan thanh |dat |giai ngan )(?:duoc )?(?:khoang |hon |gan |tren |xap xi )?\d+(?:[.,]\d+)?\s?%|\b(?:khoi luong|tien do)\b[^.;]{0,30}\bdat (?:khoang |hon |gan |tren |xap xi )?\d+(?:[.,]\d+)?\s?%|\b\d+(?:[.,]\d+)?\s?(?:%|percent) (?:complete|completed|finished|done)\b/i;

const DONE_VI =
	/\b(?:da|vua|moi) (?:duoc )?(?:chinh thuc )?(?:hoan thanh|hoan tat|khanh thanh|dua vao (?:su dung|van hanh|khai thac|hoat dong)|ban giao|van hanh|thong xe|dong dien|hop long|khai truong)\b|\b(?:da |vua )?(?:to chuc |tien hanh )?(?:le )?(?:khanh thanh|thong xe|khai truong)\b/i;
const DONE_EN =
	/\b(?:was|were|has been|have been|had been) (?:officially |successfully |fully )?(?:completed|finished|inaugurated|put into (?:operation|use|service)|commissioned|handed over|opened to traffic|energi[sz]ed)\b|\b(?:inaugurated|completed|commissioned|handed over)\b(?! by\b)(?<!\b(?:will|to|would|shall|expected to|be|being|is|are|once|after|when|until) (?:be )?(?:completed|inaugurated|commissioned|handed over))/i;

/** A future word right before a done verb ("sẽ khánh thành", "will be completed", "dự kiến hoàn thành"). */
const FUTURE_BEFORE_VI =
	/\b(?:se|sap|du kien|ke hoach|chuan bi|phan dau|muc tieu|nham|de|som|truoc|khi|sau khi|nhat tri|thong nhat|dong y|cam ket)\b(?: \S+){0,4} $/;
const FUTURE_BEFORE_EN =
	/\b(?:will|to|would|shall|expected to|scheduled to|due to|plans? to|aims? to|agreed to|once|after|when|until|before)\b(?: \S+){0,4} $/i;
/** A later step still to come in the same passage: "đã hoàn thành giai đoạn 1, sẽ khởi công giai đoạn 2". */
const FUTURE_AFTER = {
	vi: /\b(?:se|du kien|ke hoach|phan dau|tiep tuc)\b/,
	en: /\b(?:will|plans? to|aims? to|next|continue to)\b/i
};

const DONE_ALL = { vi: new RegExp(DONE_VI.source, 'gi'), en: new RegExp(DONE_EN.source, 'gi') };

/** Words that put the passage's main verb in the future. */
const FUTURE_MARK_VI =
	/\b(?:se|sap|du kien|ke hoach|phan dau|nhat tri|thong nhat|cam ket|quyet tam|khang dinh se)\b/;
const FUTURE_MARK_EN =
	/\b(?:will|shall|agreed to|pledged to|vowed to|committed to|plans? to|aims? to|is to|are to)\b/i;

function lastMatch(g: RegExp, text: string): RegExpExecArray | null {
	g.lastIndex = 0;
	let last: RegExpExecArray | null = null;
	for (let m = g.exec(text); m; m = g.exec(text)) {
		last = m;
		if (m[0].length === 0) g.lastIndex++;
	}
	return last;
}

function isDone(text: string, language: 'vi' | 'en'): boolean {
	const m = lastMatch(DONE_ALL[language], text);
	if (!m) return false;
	if (
		(language === 'en' ? FUTURE_BEFORE_EN : FUTURE_BEFORE_VI).test(
			text.slice(Math.max(0, m.index - 40), m.index)
		)
	)
		return false;
	if (PROGRESS.test(text.slice(m.index, m.index + m[0].length + 24))) return false;
	return !FUTURE_AFTER[language].test(text.slice(m.index + m[0].length));
}

/**
 * Aspect of a passage of folded text. `cues` are the names of the cues that fired on it: an
 * ongoing cue (vi:dang-thuc-hien, en:implementing) makes it ongoing unless it reports completion.
 */
export function aspectOf(
	text: string,
	language: 'vi' | 'en',
	cues: readonly string[] = []
): Aspect {
	if (isDone(text, language)) return 'done';
	const lower =
		language === 'en'
			? text
			: text.replace(
					/\bDang\b(?= (?:duoc |tich cuc |khan truong )?(?:thuc hien|trien khai|xay dung))/g,
					'dang'
				);
	const future = (language === 'en' ? FUTURE_MARK_EN : FUTURE_MARK_VI).exec(lower);
	if (PROGRESS.test(text)) return 'ongoing';
	const ongoing = (language === 'en' ? ONGOING_EN : ONGOING_VI).exec(lower);
	// "sẽ chỉ đạo … tạo điều kiện cho doanh nghiệp đang đầu tư": the future verb governs; "đang" is in a relative clause.
	if (ongoing) return future && future.index < ongoing.index ? 'future' : 'ongoing';
	if (!future && cues.some((c) => c === 'vi:dang-thuc-hien' || c === 'en:implementing'))
		return 'ongoing';
	return 'future';
}
