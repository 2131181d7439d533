/**
 * Passages that retell what was already done, and news of a firm alone (issue #12, the 2026-12-03 evening
 * round; docs/extraction.md "Retold events, held meetings, firm news"). All functions read folded text
 * (fold.ts: no diacritics, "đ" → "d", "_" → space), so word-segmented articles match as well.
 */

/** Words of plan that keep a retold sentence alive: what was agreed is still to be done after the article. */
const STILL_AHEAD =
	/\b(?:den|truoc|vao|trong|nam)\s+(?:(?:thang|quy)\s+[\dIVX]{1,4}\s*[-/.]\s*|cuoi |dau |giua )?(?:nam\s+)?((?:19|20)\d\d)\b/g;

/** Whether the sentence names a year at or after `refYear` as a deadline or a date ("đến năm 2025", "vào năm 2020"). */
function namesYearAhead(sentence: string, refYear: number | null): boolean {
	if (refYear === null) return false;
	for (const m of sentence.matchAll(STILL_AHEAD)) if (+m[1]! >= refYear) return true;
	return false;
}

/**
 * Sentence openers that narrate what came before the news: "Trước đó, …", "Trước đây, …", "Cách đây 55 năm, …",
 * "Hồi tháng 3/2016, …". An opener with "sẽ" or "dự kiến" before the first cue is a schedule ("Trước đó, hai bên
 * sẽ …": before that, they will …) and is not retold.
 */
const BEFORE_OPENER =
	/^\W*(?:(?:[Tt]ruoc|TRUOC) (?:do|day)\b|[Cc]ach day (?:\S+ ){1,3}?(?:nam|thap ky|thap nien|thang)\b|[Hh]oi (?:thang|nam|dau nam|cuoi nam|giua nam)\b)/;
/** "Cách đây 55 năm" anywhere before the cue: an anniversary's retelling of the old event. */
const YEARS_AGO = /\b[Cc]ach day (?:\S+ ){1,3}?(?:nam|thap ky|thap nien)\b/;
/** A date that opens the sentence: "Năm 1962, …", "Ngày 5/9/1962, …", "Vào tháng 7/2015, …", "Tại kỳ họp … (2/2016), …". */
const DATE_OPENER =
	/^\W*(?:(?:[Vv]ao|[Tt]u|[Tt]rong|[Hh]oi|[Cc]uoi|[Dd]au|[Gg]iua)\s+)?(?:(?:[Ss]ang|[Cc]hieu|[Tt]oi|[Nn]gay|[Tt]hang|[Nn]am|[Qq]uy)\s+)*(?:[\dIVX]{1,4}\s*[-/.]\s*){0,2}((?:19|20)\d\d)\b/;
/** A word of plan before the first cue: the sentence is a schedule, not a retelling. */
const PLAN_BEFORE = /\b(?:se|sap|du kien|theo ke hoach|chuan bi)\b/;

export type CueKind = 'strong' | 'weak';

/**
 * Whether a sentence retells an event before the article (`head` is the sentence up to its first
 * forward-looking cue, `sentence` the whole of it, `strong` whether that cue is an agreement, pledge, target or
 * future cue rather than a continuation or ongoing one):
 * - it opens with "Trước đó", "Trước đây", "Hồi tháng …" or says "Cách đây 55 năm" before its cue;
 * - it opens with a date two or more years before the article ("Năm 1962, hai chính phủ thống nhất …" in a 2017
 *   article); one year before still counts as the agreement being reported ("Trong năm 2017, hai bên thống nhất
 *   …" in a January 2018 preview, as annotated), unless the sentence only continues something ("Năm 2016, tỉnh
 *   tiếp tục trích …": last year's result);
 * kept when the sentence names a year still ahead ("… đã thống nhất hoàn thành vào năm 2020" in a 2019 article):
 * what was agreed is still to be tracked.
 */
export function retoldPast(
	head: string,
	sentence: string,
	refYear: number | null,
	strong: boolean
): boolean {
	if (PLAN_BEFORE.test(head)) return false;
	let retold = BEFORE_OPENER.test(head) || YEARS_AGO.test(head);
	if (!retold && refYear !== null) {
		const m = DATE_OPENER.exec(head);
		if (m) {
			const year = +m[1]!;
			retold = year <= refYear - 2 || (year < refYear && !strong);
		}
	}
	return retold && !namesYearAhead(sentence, refYear);
}

/** A meeting or event reported as held: "đã diễn ra", "vừa được tổ chức", "đã khai mạc", "đã kết thúc". */
const HELD =
	/\b(?:da|vua|moi)\s+(?:chinh thuc\s+)?(?:dien ra|duoc to chuc|khai mac|be mac|ket thuc|duoc khai mac)\b/;

/**
 * "Hội nghị … đã diễn ra sáng 26/6 tại Viêng Chăn nhằm tiếp tục thúc đẩy …": a passage reporting that an event
 * was held is news of the event; a cue inside it is its purpose or its name. Kept when an agreement or pledge
 * follows the report ("…, đã diễn ra tại Hà Nội; hai bên thống nhất …"). `strongAfter` holds the passage's
 * agreement and pledge cues (offsets in `passage`).
 */
export function heldEvent(passage: string, strongAt: number[]): boolean {
	const m = HELD.exec(passage);
	return m !== null && !strongAt.some((i) => i > m.index);
}

/** A firm as the subject: "Công ty …", "Tập đoàn …", "Ngân hàng …", "doanh nghiệp …", "nhà đầu tư …". */
const FIRM_SUBJECT =
	/^(?:(?:cac|mot so|nhieu|nhung)\s+)?(?:[Cc]ong ty|[Tt]ap doan|[Tt]ong [Cc]ong ty|[Nn]gan hang|[Dd]oanh nghiep|[Nn]ha dau tu|[Cc]hu dau tu|[Nn]ha thau|CTCP|JSC)\b/;
/** A government party anywhere in the sentence: a state, a ministry, a province's people's committee, both sides. */
const GOVERNMENT =
	/\b(?:[Hh]ai (?:ben|nuoc|phia|Chinh phu|chinh phu)|[Cc]hinh phu|[Nn]ha nuoc|[Bb]o (?:[A-Z]\w*|truong)|Thu tuong|Pho Thu tuong|Chu tich|UBND|[Uu]y ban|[Cc]hinh quyen|Dai su quan|Lanh su|Quoc hoi|Ban Chi dao|[Ss]o [A-Z]\w*|theo thoa thuan|Hiep dinh|government|ministry|minister)\b/;
/** A project's schedule given by its owner: "dự kiến hoàn thành / phát điện / bán điện về Việt Nam … năm 2027". */
const OWNER_SCHEDULE =
	/\b(?:du kien|se|phan dau|theo ke hoach|ke hoach|cam ket)\s+(?:\S+\s+){0,3}?(?:hoan thanh|phat dien|van hanh|ban dien|dua vao|khoi cong|ban giao|xay dung|dau tu)\b[^.;]{0,80}?\b(?:19|20)\d\d\b/;

/**
 * A firm's own news with no government party: a bank opening a branch, a company's plan for its market, a
 * group's gift to a school. The analyst read such passages as firm news, not Vietnam–Laos undertakings; the
 * annotation rules count a firm's market strategy or business plan out. Kept when a ministry, a government,
 * a province's authorities or both sides appear in the sentence, and when the firm gives its project's schedule
 * with a year ("dự kiến hoàn thành vào năm 2027"), which an owner's pledge is about, or pledges a figure
 * (`pledged`: "cam kết đầu tư thêm 100 triệu USD …", a target amount). `subject` is the sentence's subject (up
 * to its first cue, after any leading adverbial); `sentence` is stripped of place phrases.
 */
export function firmAlone(subject: string, sentence: string, pledged: boolean): boolean {
	if (pledged || !FIRM_SUBJECT.test(subject.trimStart())) return false;
	if (GOVERNMENT.test(sentence)) return false;
	return !OWNER_SCHEDULE.test(sentence);
}

/** A firm as the giver in a passive: "được công ty X hỗ trợ làm sân chơi", "được doanh nghiệp tài trợ …". */
const FIRM_GIFT =
	/\bduoc (?:cac |mot so )?(?:[Cc]ong ty|[Tt]ap doan|[Tt]ong [Cc]ong ty|[Nn]gan hang|[Dd]oanh nghiep|[Nn]ha tai tro|nha hao tam)\b[^.;]{0,80}?\b(?:ho tro|tai tro|tang|trao tang|ung ho|giup do)\b/;

/**
 * "Ngoài ra, đoàn cũng được công ty X hỗ trợ làm sân chơi cho thiếu nhi": a firm's gift told in the passive, with
 * no government party in the sentence (as `firmAlone`), is a sponsor's news, not an undertaking.
 */
export function firmGift(passage: string, sentence: string): boolean {
	return FIRM_GIFT.test(passage) && !GOVERNMENT.test(sentence);
}
