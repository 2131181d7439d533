/**
 * Frames that hold no Vietnam–Laos undertaking of their own, even after an agreement cue (folded text).
 *
 * - **A need agreed**: "nhất trí sự cần thiết phải …", "agreed on the need to …". The leaders agree
 *   that something is needed; what will be done is left to later pledges.
 * - **An aspiration**: "nỗ lực thúc đẩy tạo bước đột phá, …", "strive for a breakthrough in …". A
 *   breakthrough hoped for is a hope, not a step one could check.
 * - **Each side's own agenda**: "triển khai hiệu quả nghị quyết đại hội Đảng của mỗi nước",
 *   "implement each party's congress resolutions". Each party carries out its own resolutions at home;
 *   solidarity words before it ("chung sức, kề vai sát cánh") do not change that, but one side helping
 *   the other to do it ("giúp nhau thực hiện …") is done between the two and stays.
 *
 * Each frame drops a passage only when it has nothing else to check: no figure, no registry entity
 * and no named or dated instrument (the caller checks those). "Underlined the need to carry out the
 * cooperation agreement for 2016–2020" names its agreement and stays.
 */

/** The action opens with a need: "sự cần thiết phải …", "về sự cần thiết của …", "on the need to / for …". */
const NEED = /^[\s,:]*(?:ve\s+)?su can thiet\b|^[\s,:]*(?:on\s+)?the need (?:to|for)\b/i;

/** A breakthrough as what is aimed at: "tạo (bước) đột phá", "mang tính đột phá", "a breakthrough". */
const BREAKTHROUGH = /\b(?:tao (?:buoc |su )?dot pha|mang tinh dot pha|breakthroughs?)\b/i;

/** The first stretch of the action, up to its first comma or semicolon: what the cue governs first. */
function firstStretch(t: string, action: number): string {
	const rest = t.slice(action);
	const stop = rest.search(/[,;:]/);
	return stop < 0 ? rest : rest.slice(0, stop);
}

/** Bodies and the two countries: capitalised, but no name of something to do. */
const NOT_A_NAME =
	/\b(?:Dang|Nha nuoc|Chinh phu|Quoc hoi|Bo Chinh tri|Trung uong|Mat tran|Viet Nam|Viet|Lao|Laos|Lao PDR|Vietnam|Vietnamese|Party|State|Government|National Assembly)\b/g;

/** A name after the frame ("… xây dựng Trường Hữu nghị …"): something one could later check, so the need or aim stays. */
function namesSomething(rest: string): boolean {
	return /(?:^|[\s("])\p{Lu}/u.test(rest.replace(NOT_A_NAME, ' '));
}

/** Carrying out a programme that each side owns: "thực hiện … nghị quyết … của mỗi nước / mỗi Đảng". */
const OWN_AGENDA =
	/\b(?:trien khai|thuc hien|quan triet|implement\w*|carry(?:ing)? out)\s+(?:\S+\s+){0,3}?(?:nghi quyet|cuong linh|resolutions?)\b[^,;.]{0,50}?\b(?:cua|o) moi (?:nuoc|Dang|ben)\b|\b(?:implement\w*|carry(?:ing)? out)\s+(?:the\s+)?(?:resolutions?|platforms?) of (?:each|their respective) (?:country|countries|party|parties)\b|\beach (?:country|party)'s (?:own )?(?:congress )?resolutions?\b/i;

/** What an undertaking leads to: a consequence or contribution, not the undertaking itself. */
const CONSEQUENCE = /\b(?:qua do|gop phan|dong gop|contribut\w*|thereby)\b/i;

/** One side helping the other: "giúp nhau thực hiện …" is done between the two, even for each one's own resolution. */
const MUTUAL_HELP =
	/\b(?:giup (?:do )?(?:nhau|lan nhau)|ho tro (?:nhau|lan nhau)|help(?:ing)? each other|support(?:ing)? each other|assist(?:ing)? each other)\b/i;

/**
 * Whether the passage `t` (folded), whose action starts at `action`, is a need agreed, an aspiration or
 * each side's own agenda, and so no undertaking between the two sides. The caller has already found no
 * figure, entity or named instrument in it.
 */
export function holdsNoUndertaking(t: string, action: number): boolean {
	const rest = t.slice(action);
	if ((NEED.test(rest) || BREAKTHROUGH.test(firstStretch(t, action))) && !namesSomething(rest))
		return true;
	const own = OWN_AGENDA.exec(t);
	if (own === null) return false;
	const before = t.slice(0, own.index);
	return !CONSEQUENCE.test(before) && !MUTUAL_HELP.test(before);
}
