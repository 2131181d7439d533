/**
 * The bilingual cue lexicon. Every pattern runs on folded text (fold.ts: no diacritics, case
 * kept, dashes unified) so "nhất trí", "nhat tri" and "Nhất trí" are one cue. Each cue has a
 * name that travels with the result, so an editor sees why a passage was picked.
 *
 * Positive kinds make a passage forward-looking; negative kinds push it towards past results,
 * hedges, agentless forecasts, praise, ceremonies and site chrome. Weights are additive.
 */
import { eachMatch, patternSet, type PatternSet } from './gate';

export type CueKind =
	| 'agreement'
	| 'pledge'
	| 'target'
	| 'future'
	| 'reaffirmation'
	| 'assignment'
	| 'obligation'
	| 'ongoing'
	| 'start'
	| 'past'
	| 'hedge'
	| 'forecast'
	| 'boilerplate'
	| 'event'
	| 'descriptive'
	| 'discussion'
	| 'request';

export interface Cue {
	name: string;
	kind: CueKind;
	weight: number;
	re: RegExp;
	cased: boolean;
}

export const POSITIVE_KINDS: ReadonlySet<CueKind> = new Set([
	'agreement',
	'pledge',
	'target',
	'future',
	'reaffirmation',
	'assignment',
	'obligation',
	'ongoing',
	'start'
]);

/**
 * Patterns are matched case-blind by running them, lower-cased, on a lower-cased copy of the
 * text (much faster than the `i` flag). A pattern given flags 'g' is case-sensitive instead and
 * runs on the folded text as is (e.g. "đang" vs "Đảng", which both fold to "dang").
 */
const cue = (name: string, kind: CueKind, weight: number, source: string, flags = 'gi'): Cue => ({
	name,
	kind,
	weight,
	re: flags.includes('i') ? new RegExp(source.toLowerCase(), 'g') : new RegExp(source, flags),
	cased: !flags.includes('i')
});

/** Not preceded by a target or future word: "đạt 2 tỷ" is a result, "phấn đấu đạt 2 tỷ" is a goal. */
const NOT_GOAL =
	'(?<!\\b(?:phan dau|muc tieu|se|de|som|nham|huong toi|co the|nang|dua|len|chi tieu)\\b[^;.]{0,60})';

/** A recurring fair or meeting is a standing mechanism, not a one-off event. */
const NOT_RECURRING =
	'(?![^.;]{0,80}\\b(?:hang nam|thuong nien|dinh ky|luan phien|moi nam|annually|annual|every year|each year|regularly|on a rotating basis|in turn)\\b)';

/**
 * No party has agreed, aimed or pledged earlier in the sentence. Placed at the END of a pattern
 * (it looks back over the match too), so the costly look-behind runs only where the rest matched.
 */
const NO_AGENT =
	'(?<!\\b(?:agreed|agree|aims?|aiming|targets?|targeted|pledged|committed|vowed|nhat tri|thong nhat|phan dau|muc tieu|cam ket|quyet tam|dong y)\\b[^.;!?]{0,200})';

/**
 * English (issue #12): "agreed/concurred that <a state of affairs>" ("… that defence cooperation has produced
 * outcomes", "… that trade is yet to match the potential") reports a shared assessment: no modal or "will"
 * before a has/is/was verb.
 */
const ASSESSED =
	'(?! that (?:(?!\\b(?:will|would|should|must|need|needs|shall|to)\\b)[^.;]){0,100}?\\b(?:has|have|had|was|were|is|are|remains?|remained)\\b)';

/** Verbs of an undertaking after a modal or a passive ("cần tháo gỡ", "đang được thúc đẩy"). */
export const OBLIGED_VERBS =
	'tiep tuc|day manh|tang cuong|tap trung|som|khan truong|quyet liet|thuc day|thao go|nang cao|phoi hop|trien khai|hoan thanh|hoan tat|xay dung|mo rong|uu tien|chu trong|dam bao|tao dieu kien|nghien cuu|dau tu|nang cap|day nhanh|thuc hien|ho tro|giai quyet|ra soat|cai thien|hoan thien|dua vao|ky ket|khoi cong|cu the hoa|hien thuc hoa|to chuc (?:trien khai|thuc hien|tot)';

/** What "sẽ" heads on an agenda of sittings and visits (see vi:se-du): "sẽ dự", "sẽ biểu quyết", "sẽ hội đàm". */
export const AGENDA_VERB =
	'(?:(?:cung|con|lan luot) )?(?:du(?! kien| an| bao| thao| tru| toan)|tham du|hoi kien|hoi dam|chung kien|bieu quyet|chat van|hop rieng|phat bieu|doc dien van|tiep kien)\\b';

export const CUES: Cue[] = [
	// Agreement
	// "nhất trí với ý kiến …", "nhất trí cao về …": agreeing with a view, not to act.
	cue(
		'vi:nhat-tri',
		'agreement',
		3,
		'\\bnhat tri\\b(?! (?:voi (?:y kien|danh gia|nhan dinh|quan diem|de nghi)|cao ve)\\b)'
	),
	cue('vi:thong-nhat', 'agreement', 3, '\\bthong nhat (?!dat nuoc|trong|ve mat|cao|voi nhau)'),
	// "được sự đồng ý của …" is a permission, not an agreement between the parties.
	cue('vi:dong-y', 'agreement', 2.5, '\\bdong y\\b(?<!su dong y)'),
	cue('vi:thoa-thuan-se', 'agreement', 2.5, '\\bthoa thuan (?:se|tiep tuc)\\b'),
	// "agreed that cooperation has produced outcomes" agrees with an assessment, not to act (ASSESSED).
	cue(
		'en:agreed',
		'agreement',
		3,
		`\\b(?:agreed|agree|agrees|concurred|consensus)\\b(?! with\\b)${ASSESSED}`
	),
	// Pledge
	cue('vi:cam-ket', 'pledge', 3, '\\bcam ket\\b'),
	cue('vi:khang-dinh-se', 'pledge', 3, '\\b(?:khang dinh|cam ket|tuyen bo) (?:se|tiep tuc)\\b'),
	cue('vi:quyet-tam', 'pledge', 2, '\\bquyet tam\\b'),
	cue(
		'en:pledged',
		'pledge',
		3,
		'\\b(?:pledged?|pledges|vowed?|vows|promised?|committed to|commit to|commits to|determined to|resolved to)\\b'
	),
	// Target
	cue('vi:phan-dau', 'target', 3, '\\bphan dau\\b'),
	// A target met or beaten is a result ("vượt mục tiêu đề ra", "hoàn thành (vượt) kế hoạch"): vi:target-met, not a target.
	cue(
		'vi:muc-tieu',
		'target',
		2,
		'\\b(?:muc tieu|chi tieu)\\b(?<!\\b(?:vuot|hoan thanh|hoan thanh vuot|dat duoc|vuot muc|hoan thanh vuot muc|(?:khong|chua) dat(?: duoc)?|(?:thap|cao) hon(?: so voi)?)\\s+(?:muc tieu|chi tieu))'
	),
	cue(
		'vi:target-met',
		'past',
		-3,
		// "Để sớm hoàn thành mục tiêu …", "nhằm đạt được mục tiêu …" is the goal a purpose clause names, not a result.
		'(?<!\\b(?:de|nham|phan dau|quyet tam|can|se|de som|nham som|phan dau som) )\\b(?:vuot|hoan thanh(?: vuot)?(?: muc)?|dat duoc|(?:khong|chua) dat(?: duoc)?|(?:thap|cao) hon(?: so voi)?) (?:muc tieu|chi tieu|ke hoach)(?: (?:de ra|dat ra|tang truong))?\\b'
	),
	// "hướng tới kỷ niệm 55 năm …" is approaching an anniversary, not aiming at a goal: no cue.
	cue(
		'vi:huong-toi',
		'target',
		2,
		'\\b(?:huong toi(?! (?:dip |le )?ky niem)|nang (?:kim ngach|tong|muc)\\b|dua kim ngach)'
	),
	// A target met or beaten is a result: "surpassing the set target", "with several targets exceeded" (en:target-met).
	cue(
		'en:target',
		'target',
		3,
		'(?<!\\b(?:surpass\\w*|exceed\\w*|beat|beating|met|meeting|above|achiev\\w*|fulfill?\\w*|overfulfill?\\w*|topp\\w*|miss\\w*|reach\\w*|short of)\\s+(?:the\\s+|its\\s+|their\\s+|this year.?s\\s+)?(?:(?:set|annual|yearly|planned|trade|growth|export|import)\\s+){0,3})\\b(?:targets?(?! (?:(?:was|were|has been|have been) )?(?:exceeded|surpassed|met|achieved|reached|fulfill?ed|beaten))|targeted|aims? (?:to|at|for)|aiming (?:to|at|for)|goal of|strive to|strives to|striving to|seeks? to|bid to)\\b'
	),
	cue(
		'en:raise-to',
		'target',
		2,
		'\\b(?:raise|boost|increase|lift|bring|double|push)\\b[^.;]{0,60}?\\b(?<!compared )to (?!(?:19|20)\\d\\d\\b)(?:US\\s?)?\\$?\\d'
	),
	// Future
	// Lower-case only: capitalised "Sê" is a place ("Sê Kông", "sông Sê Pôn"), not "sẽ" (will).
	cue('vi:se', 'future', 2, '\\bse\\b(?<!chia se)', 'g'),
	cue(
		'vi:sap-toi',
		'future',
		1.5,
		'\\b(?:sap toi|trong thoi gian toi|thoi gian toi|giai doan toi|nam toi|sap)\\b'
	),
	cue(
		'vi:thoa-thuan-gom',
		'agreement',
		2.5,
		'\\b(?:thoa thuan|bien ban|hiep dinh|ban ghi nho|hop dong|nghi dinh thu) (?:cung |con )?(?:bao gom|quy dinh|gom|de cap den viec)\\b'
	),
	// A project's own schedule: "dự kiến hoàn thành vào quý IV/2020".
	cue(
		'vi:du-kien-hoan-thanh',
		'future',
		1.5,
		'\\b(?:du kien|theo ke hoach|theo lo trinh) (?:se )?(?:hoan thanh|khoi cong|dua vao (?:van hanh|su dung|khai thac)|van hanh|phat dien|ban dien|xuat khau dien|cung cap|mo cua|khai truong|thong xe|ban giao|trien khai|xay dung|dau tu|ky ket|nang cap|mo rong)\\b'
	),
	// "Bộ / Sở Kế hoạch và Đầu tư" is the planning ministry, not a plan.
	cue(
		'vi:ke-hoach',
		'future',
		1.5,
		'\\b(?:ke hoach(?<!\\b(?:bo|so|vu|ministry of) ke hoach)(?! va dau tu)|du dinh|chuan bi) (?:xay dung|trien khai|khoi cong|ky|mo|dau tu|cap|nhap khau|xuat khau)\\b'
	),
	cue(
		'en:will',
		'future',
		2,
		'\\b(?:will|shall|would|is to|are to|to be built|to be completed)\\b(?<!\\b(?:solution|way|answer|option)\\b[^.;,]{0,50} is to)'
	),
	// What a signed document or a plan provides for is agreed: "the deal also covers the construction of …".
	cue(
		'en:provides-for',
		'agreement',
		2.5,
		'\\b(?:deal|agreement|memorandum|mou|accord|protocol|plan|contract)s? (?:also )?(?:covers|cover|includes|include|provides for|provide for|envisages|calls for)\\b|\\b(?:deal|agreement|memorandum|mou|accord|protocol|contract|concession|project)s? (?:also )?(?:grants?|entitles?)\\b'
	),
	// "Vietnam has signed a deal with Laos to import 20 million tonnes of coal a year": what the deal provides for.
	cue(
		'en:signed-to',
		'agreement',
		2.5,
		'\\bsigned (?:a |an )?(?:[\\w-]+ ){0,3}?(?:deal|agreement|memorandum of understanding|memorandum|mou|contract)s? (?:with [^.;]{0,30}? )?to (?!be\\b)[a-z]+'
	),
	cue(
		'en:scheduled',
		'future',
		1.5,
		'\\b(?:is|are) (?:scheduled|slated|due) to\\b|\\b(?:is|are) expected to be (?:completed|finished|put into operation|operational)\\b'
	),
	// English reporting style (issue #12): a project's schedule in the passive or with "set/expected to start …",
	// never a past schedule ("was scheduled for completion in 2021") nor an outcome ("is expected to boost trade").
	cue(
		'en:schedule-for',
		'future',
		1.5,
		'\\b(?:is|are) (?:now )?(?:scheduled|slated|due|set|expected|planned|targeted) (?:for (?:completion|commissioning|operation|opening|handover|launch)|to (?:start|begin|commence|be completed|be finished|be ready|be put into|be handed over|be operational|become operational|come online|come on stream|go into operation|enter (?:commercial )?operation|open|supply|sell|export|deliver|be launched|launch|assume|take over))\\b|\\b(?:is|are) (?:now )?about to (?:submit|start|begin|sign|complete|launch|open|put)\\b|\\b(?:is|are) expected to be complete\\b|(?:,|\\band) (?:is |are )?(?:expected|scheduled|slated|set|due) to (?:launch|start|begin|open|be completed|become operational|be operational)\\b|\\bwith (?:[\\w\\u0027-]+ ){1,8}?(?:set|expected|scheduled|slated|due|planned) (?:for (?:completion|commissioning|operation|opening|handover|launch)|to (?:start|begin|commence|be completed|be finished|be ready|be put into|be handed over|be operational|become operational|come online|go into operation|open|be launched|launch))\\b'
	),
	cue(
		'en:consented',
		'agreement',
		3,
		`\\b(?:consented to|concurred(?= that\\b)${ASSESSED}|reached (?:a )?consensus (?:on|to)|(?:were|was|are) (?:also )?unanimous (?:in|on|that))\\b`
	),
	// "X affirmed that the two sides enhance coordination …, conduct joint patrols …": one side states, with a bare
	// verb, what both will do (a state of affairs, "… that the two sides have …", is not matched).
	cue(
		'en:consented',
		'agreement',
		2.5,
		'\\b(?:affirmed|reaffirmed|underlined|stressed|emphasi[sz]ed) that (?:the two|both) (?:sides|countries|nations|parties|forces|ministries|armies|governments) (?=(?:further |jointly |closely |actively )?(?:enhance|strengthen|step up|promote|boost|continue|expand|coordinate|work|cooperate|increase|intensify|maintain|implement|accelerate|speed up|conduct|organi[sz]e|share|support)\\b)'
	),
	// "suggested that Vietnam and Laos strengthen …", "the commitment of both sides to implement …", "determination to complete …".
	cue(
		'en:suggested-parties',
		'obligation',
		2.5,
		'\\b(?:suggested|proposed|recommended) (?:that )?(?:Vietnam|Viet Nam|Laos) and (?:Vietnam|Viet Nam|Laos)\\b'
	),
	cue(
		'en:determination',
		'pledge',
		2.5,
		'\\b(?:determination|resolve) to\\b|\\b(?:renewed|reiterated|reaffirmed|affirmed|stressed) (?:their|its|his|her|the) (?:[\\w\\u0027-]+ ){0,2}commitment to\\b|\\bcommitment of (?:both|the two) (?:sides|countries|governments) to\\b'
	),
	cue(
		'en:plan',
		'future',
		1.5,
		'\\b(?:plans? to|planned to|planning to|is set to|are set to|upcoming|next year|in the coming|(?:priority|precedence) will be given to|(?:the|a) (?:[\\w-]+ )?(?:focus|priority|emphasis) (?:is|will be) (?:on|placed on|given to)|will focus on)\\b'
	),
	// Reaffirmation
	// "(tiếp tục) duy trì được đà tăng trưởng", "tiếp tục duy trì vị trí thứ 3 / vị thế": a result or a rank kept,
	// not a pledge to keep something (a sentence after it, "Đặc biệt, …", inherits nothing from it).
	cue(
		'vi:tiep-tuc',
		'reaffirmation',
		2,
		'\\btiep tuc (?!duoc|la|co|duy tri (?:duoc|vi tri|vi the)\\b)'
	),
	cue('vi:duy-tri', 'reaffirmation', 1.5, '\\bduy tri\\b(?! (?:duoc|vi tri|vi the)\\b)'),
	// "khẳng định tầm quan trọng (chiến lược) của việc tăng cường hơn nữa hợp tác quốc phòng": both leaders affirm
	// that a field of cooperation is to be strengthened, which is how joint statements word a standing pledge.
	// Only with a strengthening verb and "hợp tác" (not "… của việc duy trì hòa bình", a statement of principle).
	cue(
		'vi:tam-quan-trong-tang-cuong',
		'reaffirmation',
		2,
		'\\b(?:khang dinh|nhan manh|thong nhat)\\b[^.;]{0,30}?\\btam quan trong(?: chien luoc)? cua viec (?=(?:tiep tuc )?(?:tang cuong|day manh|thuc day|mo rong|nang cao)(?: hon nua)? (?:(?:tru cot|quan he) )?hop tac\\b)'
	),
	cue(
		'vi:khang-dinh-lai',
		'reaffirmation',
		2,
		'\\b(?:khang dinh lai|tai khang dinh|nhac lai cam ket)\\b'
	),
	cue(
		'en:continue',
		'reaffirmation',
		2,
		'\\b(?:continue|continues|continued|continuing) to (?!be\\b)|\\breaffirm\\w*|\\bremain(?:s|ed)? committed\\b|\\bmaintain\\b|\\bkeep (?:[\\w-]+ ){1,4}?(?:open|running|stable|flowing)\\b|\\bkeep(?:s|ing)? (?:on )?[a-z]+ing\\b|\\bsustain\\b'
	),
	// Assignment
	cue(
		'vi:giao',
		'assignment',
		2,
		'\\b(?:giao (?:cho )?(?:cac |Bo |bo |Uy ban|UBND|Chinh phu|co quan|nganh)|giao nhiem vu|chi dao (?:cac|Bo|bo|co quan)|yeu cau (?:cac|Bo|bo|co quan|chu dau tu|nha thau))'
	),
	cue(
		'vi:khan-truong',
		'assignment',
		1.5,
		'\\b(?:khan truong|gap rut|nhanh chong) (?:trien khai|hoan thanh|dam phan|xay dung|thuc hien|dau tu|hoan thien)\\b'
	),
	cue(
		'vi:de-nghi',
		'assignment',
		1.5,
		'\\b(?:de nghi|kien nghi|de xuat) (?:phia|Lao|Viet Nam|cac|Bo|bo)'
	),
	// An agency named by its acronym is told what to do ("đề nghị TEDI nghiên cứu …"), or a body is tasked in the passive
	// ("Viện được giao hoàn thiện …"): an instruction, as to "các bộ, ngành".
	cue(
		'vi:giao-co-quan',
		'assignment',
		2,
		`\\b(?:de nghi|yeu cau|giao|chi dao) [A-Z][A-Z0-9&-]{1,9} (?:${OBLIGED_VERBS}|hoan chinh|cap nhat|lap|som)\\b`,
		'g'
	),
	cue(
		'vi:duoc-giao',
		'assignment',
		2,
		`\\bduoc (?:giao|chi dao|yeu cau) (?:nhiem vu )?(?:${OBLIGED_VERBS}|hoan chinh|cap nhat|lap)\\b`
	),
	cue(
		'en:tasked',
		'assignment',
		2,
		'\\b(?:assigned|tasked|instructed|directed|urged|asked [^.;]{0,60}? to|requested|called on|called for|(?:is|are) (?:also |now )?(?:responsible for|in charge of)|(?:was|were) (?:also )?asked to)\\b'
	),
	// Ongoing implementation of something agreed earlier
	// Work under way, in the forms real reports use ("đang nỗ lực nghiên cứu", "đang tích cực chuẩn bị tổ chức").
	cue(
		'vi:dang-thuc-hien',
		'ongoing',
		2,
		'\\bdang (?:(?:tich cuc|khan truong|tap trung|no luc|gap rut|phoi hop|cung nhau|chu dong)\\s+){0,2}(?:thuc hien|trien khai|xay dung|thi cong|dau tu|nghien cuu|chuan bi|hoan thien|xuc tien|dam phan|khao sat|tim kiem|day nhanh|nang cap|mo rong|cai tao|lap)\\b|\\bdang (?:(?:tich cuc|khan truong|tap trung|no luc|gap rut|phoi hop|cung nhau|chu dong)\\s+){1,2}to chuc\\b',
		'g'
	),
	cue(
		'en:implementing',
		'ongoing',
		2,
		'\\b(?:is|are) (?:now |currently |also |still |actively )?(?:implementing|carrying out|building|constructing|developing|drafting|preparing|formulating|finali[sz]ing|negotiating|upgrading|expanding (?:their |bilateral |the )?cooperation)\\b|\\b(?:is|are) (?:now |currently )?in the process of\\b|\\b(?:is|are) (?:now |currently |also )?working with [^.;]{0,40}? (?:on|to)\\b|\\bunder construction\\b|\\bunderway\\b|\\b(?:is|are|has been|have been) (?:also |now |currently |actively )?working (?:closely )?(?:together )?(?:to|on)\\b'
	),
	// Starting a project
	cue(
		'vi:khoi-cong',
		'start',
		2,
		'\\b(?:khoi cong|dong tho|day nhanh tien do|som hoan thanh|hoan thanh (?:vao|truoc|trong) nam)\\b'
	),
	cue(
		'en:break-ground',
		'start',
		2,
		'\\b(?:break ground|groundbreaking|speed up|accelerate|fast-track|complete [^.;]{0,40}? by)\\b'
	),
	// A joint stance in the frame of a joint statement ("Trên tinh thần <frame>, hai bên phối hợp …") states what
	// both sides do from now on; the cue starts after the frame, where the quote starts.
	cue(
		'vi:tinh-than-hai-ben',
		'agreement',
		2,
		'(?<=\\btren (?:tinh than|co so)[^,.;:]{0,60}, )hai (?:ben|nuoc|phia) (?:cung |se |tiep tuc )?(?:ung ho|phoi hop|hop tac|tang cuong|day manh|thuc day|trien khai)\\b'
	),
	// What the parties must or should do: "hai bên cần tập trung …", "the two sides should …", "stressed the need to …".
	cue('vi:can', 'obligation', 2.5, `\\bcan (?:phai )?(?:${OBLIGED_VERBS})\\b`),
	cue(
		'en:should',
		'obligation',
		2.5,
		'\\b(?:should|must|need to|needs to|have to|has to)\\b(?! (?:be noted|not)\\b)|\\bthe need (?:to|for)\\b|\\b(?:suggested|proposed|recommended) (?:that )?(?:the )?(?:two|both)\\b'
	),
	// Readiness stated by a party is an offer it can be held to: "Việt Nam sẵn sàng hỗ trợ …", "Vietnam is ready to …".
	cue(
		'vi:san-sang',
		'pledge',
		2.5,
		'\\bsan sang (?:ho tro|giup do|giup|hop tac|chia se|phoi hop|tao dieu kien|cung cap|dau tu|tiep nhan|dong hanh|dao tao)\\b'
	),
	cue(
		'en:ready',
		'pledge',
		2.5,
		'\\b(?:always |fully |still )?(?:is|are|was|were|stands?|remains?|stood) (?:always |fully |still )?(?:ready|willing|prepared) to\\b'
	),
	// Passive and progressive forms of an undertaking: "các dự án … đang được thúc đẩy", "sẽ được nâng cấp".
	cue(
		'vi:dang-duoc',
		'ongoing',
		2,
		// "Giao dịch sẽ được thực hiện bằng đồng bản tệ": how a service works, not work undertaken.
		`\\b(?:dang|se|can|phai) (?:tiep tuc )?duoc (?:tich cuc |khan truong |gap rut |quyet liet |tap trung )?(?:${OBLIGED_VERBS})\\b(?!(?<=thuc hien) (?:bang|qua)\\b)`
	),
	cue(
		'en:being',
		'ongoing',
		2,
		'\\b(?:is|are) (?:now |currently )?being (?:implemented|built|constructed|developed|upgraded|accelerated|carried out|pushed|expanded|prepared|negotiated)\\b(?! as (?:a|an|the)\\b)'
	),
	// A purpose clause that opens the sentence names the goal the rest serves: "Để sớm hoàn thành mục tiêu X, hai nước …".
	cue(
		'vi:de-muc-dich',
		'target',
		2,
		'(?:^|[.:;] )De (?:som |kip thoi |tiep tuc |nhanh chong )?(?:dat|hoan thanh|thuc hien|trien khai|dua|nang|thuc day|day manh|tang cuong|cu the hoa|hien thuc hoa)\\b',
		'g'
	),
	// A list head that promises what follows: "các nhiệm vụ trọng tâm gồm:", "trong đó tập trung:", "agreed to:".
	// "nội dung", "lĩnh vực" alone head an event's programme as often ("diễn ra với các nội dung: Triển lãm …; Hội chợ …"):
	// they head a list of undertakings only under an agreement, which carries its own cue.
	cue(
		'vi:danh-sach',
		'future',
		1.5,
		'\\b(?:nhiem vu|giai phap|uu tien|phuong huong|dinh huong|trong tam|tap trung(?: vao)?)[^.:;]{0,60}?(?:gom|bao gom|nhu sau|sau day|la|vao)?\\s*:'
	),
	// "đưa ra / thống nhất định hướng …": the orientation set for the coming period.
	cue(
		'vi:dinh-huong',
		'future',
		1.5,
		'\\b(?:dua ra|thong nhat|xac dinh|de ra) (?:cac |nhung )?(?:dinh huong|phuong huong)\\b'
	),
	cue(
		'en:as-follows',
		'future',
		1.5,
		'\\b(?:as follows|the following|focus(?:es|ed)? on|priorities|tasks?|measures)\\s*:'
	),

	// Past results
	cue(
		'vi:da-ky',
		'past',
		-3.5,
		'(?<!(?:thoa thuan|hiep dinh|van kien|van ban|ban ghi nho|nghi dinh thu|hop dong|ke hoach) )\\b(?:da ky|vua ky|da ky ket|(?:da|vua) (?:thuc hien|tien hanh) ky(?: ket)?|(?:da|vua|moi) (?:chinh thuc )?(?:khoi cong|dong tho)|(?:da|vua) (?:nhat tri|thong nhat|dong y) va ky(?: ket)?|da hoan thanh|da khanh thanh|da dua vao (?:su dung|van hanh)|khanh thanh|chinh thuc khai truong|da khai truong|vua khai truong)\\b'
	),
	cue(
		'vi:dat-so',
		'past',
		-3,
		`${NOT_GOAL}\\b(?:dat|dat duoc|dat muc|len toi|len den|tang len) (?:hon |gan |khoang |xap xi |tren |tong cong |muc |moc )?\\d`
	),
	cue(
		'vi:da-lam',
		'past',
		-1.5,
		'\\b(?:da va dang|da (?:tap trung|giao|to chuc|trien khai|dong gop|duoc|dat|co|giup|ho tro|thuc hien|tang|chu dong|chi dao|phoi hop|cung nhau|thong bao|trao doi))\\b(?<!(?:thuan|qua|ket) da dat)'
	),
	cue(
		'vi:thoi-gian-qua',
		'past',
		-2.5,
		'\\b(?:vua qua|thoi gian qua|nam qua|nhung nam qua|thoi qua|nhin lai|tinh den|luy ke|hien co(?<!thuc hien co)|ket qua dat duoc|thanh tuu|to chuc thanh cong|thanh cong tot dep|lan dau tien|vuot moc|vuot xa|de ra)\\b'
	),
	cue(
		'vi:tinh-den',
		'past',
		-3.5,
		'\\b(?:tinh den|luy ke|hien co(?<!thuc hien co)|hien nay co|vi tri thu \\d|dung thu \\d|xep thu \\d)'
	),
	cue(
		'en:signed',
		'past',
		-3.5,
		'(?<!(?:agreements?|deals?|memorand(?:um|a)|memorandum of understanding|mous?|documents?|protocols?|contracts?|plans?|treaty)(?: (?:they|that|which|recently|just|earlier))? )(?<!\\b(?:the|already|previously|those|these) )\\b(?:signed(?! between\\b)|inaugurated|completed|was completed|were completed|put into operation|opened|began operat\\w+|started operat\\w+|came into operation)\\b(?<!\\bunder (?:a|an|the|its|their) [^.;]{0,80}\\b(?:signed|inaugurated|completed|opened))(?<!\\b(?:will|to) be (?:completed|opened|put into operation))(?! (?:a |an )?(?:[\\w-]+ ){0,3}?(?:deal|agreement|memorandum of understanding|memorandum|mou|contract)s? (?:with [^.;]{0,30}? )?to (?!be\\b)[a-z])'
	),
	cue(
		'en:target-met',
		'past',
		-3,
		'\\b(?:surpass\\w*|exceed\\w*|beat|beating|overfulfill?\\w*|fulfill?(?:ing|ed|s)?|achiev(?:ing|ed)|meeting)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:set\\s+|annual\\s+|yearly\\s+|planned\\s+|trade\\s+|growth\\s+|trade growth\\s+)?(?:targets?|goals?|plans?)\\b|\\btargets? (?:(?:was|were|has been|have been) )?(?:exceeded|surpassed|beaten|met|achieved|fulfill?ed)\\b'
	),
	cue(
		'en:reached',
		'past',
		-3,
		'\\b(?:reached|totall?ed|hit|stood at|amounted to|rose|grew|increased|surged|fell|achieved)\\b(?<!\\b(?:agreements?|consensus|deals?|commitments?|understandings?|conclusions?|accords?) (?:reached|achieved))'
	),
	cue(
		'en:was',
		'past',
		-1,
		'\\b(?:was|were|had|has been|have been|last year|so far|to date|as of)\\b'
	),
	// Hedges
	cue('vi:xem-xet', 'hedge', -3, '\\b(?:xem xet|tim hieu|tham do|can nhac)\\b'),
	cue('vi:co-the', 'hedge', -2, '\\b(?:co the|nghien cuu kha nang)\\b'),
	cue(
		'vi:tin-tuong',
		'hedge',
		-4,
		'\\b(?:tin tuong|tin rang|hy vong|hi vong|mong muon|mong|ky vong|toi cho rang|theo toi)\\b'
	),
	// "Tôi tin hai nước sẽ sớm …", "Ông cho rằng hai nước sẽ …": a speaker's belief about what will happen, not a
	// pledge. "cho rằng cần …" (what should be done) and "nhất trí cho rằng …" are left alone: no "sẽ" follows.
	cue(
		'vi:tin-se',
		'hedge',
		-4,
		'\\b(?:(?:toi|chung toi|ong|ba|minh|dai su|bo truong) (?:rat |van |luon |hoan toan )?tin(?: chac| la)?|tin chac|cho rang)\\b(?=[^.;]{0,100}\\bse\\b)'
	),
	cue(
		'en:may',
		'hedge',
		-2.5,
		'\\b(?:might|could|consider|considering|explore|exploring|possibility|possibly|would like)\\b'
	),
	// Lower-case only: "May" is the month ("completed in May") or part of a name ("the Doc May pathway").
	cue('en:may', 'hedge', -2.5, '\\bmay\\b', 'g'),
	cue(
		'en:believe',
		'hedge',
		-4,
		'\\b(?:believes?|believed|hopes?|hoped|hoping|wish|wishes|expressed confidence|confident that)\\b'
	),
	// Forecasts without an agent
	cue(
		'vi:chi-so-se',
		'forecast',
		-3.5,
		`\\b(?:kim ngach|xuat khau|nhap khau|san luong|doanh thu)\\b[^.;,]{0,40}? (?:se|co the|du kien se|nhieu kha nang se) (?:dat|tang|vuot|len|cham moc)\\b${NO_AGENT}`
	),
	cue(
		'vi:du-bao',
		'forecast',
		-2,
		'\\b(?:du bao|uoc tinh|uoc dat|du kien dat|co the dat|nhieu kha nang)\\b'
	),
	// What experts fear or expect is a forecast, not an undertaking (docs/extraction.md).
	cue(
		'vi:chuyen-gia',
		'forecast',
		-3,
		'\\b(?:chuyen gia|gioi phan tich|nha phan tich|experts?|analysts?)\\b[^.;]{0,30}?\\b(?:lo ngai|lo ngaii|cho rang|du bao|nhan dinh|canh bao|fear|worry|warn|expect|predict|believe)'
	),
	// Crime and court news: a suspect's plan or a defendant's promise is no pledge between the countries.
	cue(
		'vi:toi-pham',
		'event',
		-3.5,
		'\\b(?:nghi can|nghi pham|dieu tra mo rong|vu an|bi cao|bi hai|xet xu|toa an|phien toa|bat giu|bat qua tang|khoi to|tang vat|van chuyen trai phep|duong tieu ngach|suspects?|defendants?|smuggl\\w+|arrested)\\b'
	),
	// What a thing will do to the world is an outcome or a forecast, not anyone's undertaking: "việc xả nước sẽ không
	// ảnh hưởng đến hạ du", "giá điện sẽ rẻ hơn", "chương trình sẽ bấp bênh hơn", "đổi mới sẽ đem đến cảm xúc mới".
	cue(
		'vi:se-ket-qua',
		'forecast',
		-4,
		'\\bse (?:(?:khong|con|cang|rat|chac chan) )?(?:anh huong|thay doi toan bo|bien mat|bap benh|re hon|dat hon|tot hon|kho khan hon|de dang hon|thuan loi hon|tro nen|dem (?:den|lai)|mang (?:lai|den)|ton kem|khong ton|gap kho khan)\\b'
	),
	// A prediction or a likelihood frames what follows: "cơ quan này dự đoán giá … sẽ giảm", "có khả năng sẽ không vận
	// hành", "nghiên cứu cho rằng … sẽ biến mất".
	cue(
		'vi:du-doan',
		'forecast',
		-3,
		'\\b(?:du doan|co kha nang|nguy co|(?:nghien cuu|bao cao|khao sat) (?:nay |moi )?(?:cho rang|chi ra|canh bao|du bao|uoc tinh))\\b'
	),
	// A figure as the subject of "sẽ tăng": "Dự kiến trong tháng tới, kim ngạch xuất khẩu … sẽ tiếp tục tăng do …" is
	// a forecast with no party undertaking it (en:metric-will); "phấn đấu / nhất trí … để kim ngạch sẽ …" is left alone.
	cue(
		'vi:so-lieu-se',
		'forecast',
		-3.5,
		'\\b(?:kim ngach|luong khach|san luong|gia tri (?:xuat|nhap) khau)\\b[^.;]{0,60}? se (?:(?:tiep tuc|con) )?(?:tang|giam|dat|vuot|cham moc)\\b(?<!\\b(?:phan dau|muc tieu|nhat tri|thong nhat|cam ket|quyet tam|nham|de)\\b[^.;]{0,100})'
	),
	// "Đây là dịp để hai nước rà soát …": what an occasion (a visit, a session) is for, not an undertaking.
	cue('vi:dip-de', 'event', -3, '\\b(?:la|se la|cung la) (?:dip|co hoi) (?:de|cho)\\b'),
	// Someone other than the parties says what will happen: a forecast, whoever says it.
	cue(
		'vi:chuyen-gia',
		'forecast',
		-4,
		'\\b(?:(?:cac |nhieu |gioi )?(?:chuyen gia|nha phan tich|gioi quan sat|nha nghien cuu)(?: [^.;]{0,40}?)? (?:nhan dinh|cho rang|cho biet|danh gia|du bao|ky vong|tin rang|nhan xet)|theo (?:cac |nhieu )?(?:chuyen gia|nha phan tich|gioi quan sat))\\b'
	),
	cue(
		'en:analysts',
		'forecast',
		-4,
		'\\b(?:experts?|analysts?|observers|economists?|insiders|market watchers)(?: [^.;]{0,40}?)? (?:expects?|expected|says?|said|believes?|predicts?|predicted|forecasts?|see|sees|estimated?)\\b|\\baccording to (?:experts?|analysts?)\\b'
	),
	// "Two-way trade will reach …": a figure as the subject of a future verb, with no party agreeing to it.
	cue(
		'en:metric-will',
		'forecast',
		-3.5,
		`\\b(?:trade|turnover|exports?|imports?|shipments?|output|revenue)\\b(?: (?:turnover|volume|value))?(?: between [^.;]{0,30}?)? (?:will|is set to|is likely to|are likely to|could|may|is expected to|are expected to) (?:reach|hit|exceed|rise|grow|increase|top|surpass|climb|double)\\b${NO_AGENT}`
	),
	// English false friends (issue #12): beliefs voiced as nouns, a party's expectation of a figure, a thing's
	// outcome or significance, and a background clause opening the sentence ("With its long coastline, …").
	cue(
		'en:belief',
		'hedge',
		-4,
		'\\b(?:belief|beliefs|convinced|conviction|optimism|optimistic|confidence that|full confidence|confident)\\b'
	),
	cue('en:expects', 'forecast', -3, '\\b(?:expects?|anticipates?|foresees?) (?!to\\b)'),
	cue(
		'en:outcome',
		'descriptive',
		-3,
		'\\bupon (?:its |their )?completion\\b|\\b(?:once|when|after) (?:it is |they are )?(?:completed|built|finished|operational|put into (?:operation|service)|in operation)\\b|\\b(?:is|are) expected to (?:significantly |greatly |further |substantially )?(?:boost|enhance|cut|reduce|help|contribute|bring|strengthen|improve|create|facilitate|promote|benefit|open up|ease|lower|shorten|transform|serve as|increase)\\b|\\b(?:the|this|that|these|such) (?:[\\w-]+ ){0,3}?(?:project|railway|expressway|road|line|port|plant|plan|support|assistance|deal|agreement|visit|move|programme|program|link|bridge|scheme|event|meeting|session|corridor|crossing|checkpoint|gate|route|service|system|facility|centre|center|hospital|school|park|wharf|zone)s? (?:will|would) (?:also |further |significantly |greatly |certainly |surely |directly |substantially |considerably )?(?:help|contribute|allow|enable|bring|strengthen|serve as|pave the way|create|boost|reduce|cut|facilitate|deepen|consolidate|open up|promote|benefit|lay|bolster|decrease|lower|alleviate|ease|connect|link)\\b|\\b(?:it|which) (?:will|would) (?:also |further |significantly |greatly |directly |substantially |considerably )?(?:help|contribute|allow|enable|bolster|boost|reduce|cut|decrease|lower|alleviate|ease|facilitate|benefit|open up)\\b|\\bwill (?:largely |also |mainly )?depend on\\b|\\b(?:will|would) (?:also |greatly |both )?benefit from\\b|\\b(?:will|would) (?:also )?(?:have|gain|enjoy) (?:better |easier |direct |more )?access\\b'
	),
	// The Vietnamese form of en:outcome: what a thing or a nominalised act will bring ("Các học viên … sẽ góp phần
	// tăng cường …", "Việc tham gia … sẽ góp phần đáp ứng …", "Quy định trong Nghị định thư sẽ tạo thuận lợi …") is a
	// predicted effect, not a party's undertaking. A party as the subject ("Việt Nam sẽ tạo điều kiện …") is not matched,
	// nor the benefit named after an agreed undertaking ("Hai bên nhất trí đẩy nhanh …, công trình sẽ mang lại …").
	cue(
		'vi:outcome',
		'descriptive',
		-3.5,
		'\\b(?:viec|(?:cac )?(?:hoc vien|sinh vien|luu hoc sinh)|quy dinh|du an|cong trinh|chuyen tham|ket qua|nghi dinh thu|su kien|hoat dong|dieu nay|dieu do)\\b(?<!\\b(?:nhat tri|thong nhat|cam ket|dong y)\\b[^.;]{0,220})(?: [\\w-]+){0,10}? (?:cung )?se (?:tiep tuc )?(?:gop phan|tao (?:thuan loi|dieu kien|dong luc|nen tang|co hoi)|mang lai|giup)\\b'
	),
	// A deed as the subject ("Importing power from Laos would help ease the shortfall"): an outcome, not a party's undertaking.
	cue(
		'en:outcome',
		'descriptive',
		-3,
		'(?:^|[.;] )[A-Z][a-z]+ing [^.;,]{0,60}?\\b(?:will|would) (?:also |greatly |significantly )?(?:help|contribute|allow|enable|boost|reduce|cut|ease|benefit|bring|create)\\b',
		'g'
	),
	// "He made the pledge while …", "made the statement at …": about the pledge, not a new one.
	cue(
		'en:made-pledge',
		'boilerplate',
		-4,
		'\\bmade (?:the|this|that|these|his|her|their|such) (?:pledge|pledges|commitment|commitments|statement|remarks?|affirmation|announcement)\\b'
	),
	// "It is estimated that cargo volumes will rise to …": nobody's undertaking.
	cue(
		'en:it-is-estimated',
		'forecast',
		-4,
		'\\bit is (?:estimated|expected|forecast|projected|predicted|believed|anticipated) that\\b|\\b(?:estimated|projected|predicted|forecast|calculated|anticipated) that\\b'
	),
	// "If the study is approved, the line will …": a condition, not an undertaking.
	cue('en:conditional', 'hedge', -3, '\\b(?:if|unless)\\b'),
	// What a signed document, an initiative or a visit is for ("The memorandum aims to strengthen …", "The initiative
	// seeks to cut …") is its purpose, not a party's goal; a project's own schedule ("aims to begin supplying …") is kept.
	cue(
		'en:purpose',
		'descriptive',
		-4,
		'\\b(?:the|this|that|its|their|such|the new) (?:[\\w-]+ ){0,3}?(?:memorandum|mou|agreement|deal|pact|document|initiative|visit|trip|event|meeting|conference|forum|relocation|move|service|system|exhibition|ceremony|campaign|talks)s?(?:, (?:a|an|the) [^,.;]{3,90},)? (?:also )?(?:aims?|aimed|seeks?|sought|(?:is|are|was|were) (?:designed|intended|meant|aimed) (?:to|at))\\b(?! (?:to )?(?:begin|start|commence|supply|sell|export|complete|be completed|open|launch|reach|raise|train|build|double|lift)\\b)'
	),
	cue(
		'en:significance',
		'boilerplate',
		-3,
		'\\b(?:reflects?|reflecting|demonstrates?|demonstrating|testif(?:y|ies)|manifests?|epitomi[sz]es?|testament to|symbol of|significance|significant milestone|milestone in)\\b'
	),
	cue(
		'en:with-its',
		'descriptive',
		-3,
		'^(?:With|Given|Thanks to) (?:its|their|a|an|the) [^,.;]{3,60},',
		'g'
	),
	cue(
		'en:forecast',
		'forecast',
		-2,
		'\\b(?:forecasts?|forecasted|projected|expected to (?:reach|hit|rise|grow|increase|exceed)|is estimated|are estimated|likely to)\\b'
	),
	// Praise, relationship talk, invitations, ceremonies, site chrome
	cue(
		'vi:danh-gia-cao',
		'boilerplate',
		-3,
		'\\b(?:vun dap|lam het suc minh|danh gia cao|chuc mung|cam on|bay to vui mung|vui mung|tran trong|tri an|ngoi khen|tu hao|tam quan trong(?!(?: chien luoc)? cua viec (?:tiep tuc )?(?:tang cuong|day manh|thuc day|mo rong|nang cao)(?: hon nua)? (?:(?:tru cot|quan he) )?hop tac\\b)|y nghia (?:dac biet |lich su |rat |het suc )?quan trong|co y nghia|la (?:mot )?su kien (?:quan trong|co y nghia|dang nho|noi bat)|tai san vo gia|kim chi nam|moc son|dau moc)\\b'
	),
	// Handing over gifts, scholarships or livestock at an event is a ceremony, not an undertaking.
	cue(
		'vi:trao-tang',
		'boilerplate',
		-3,
		'\\b(?:trao tang|tang qua|trao qua|trao hoc bong|trao (?:\\d+ )?suat hoc bong|trao bo giong|tang bo giong|kham benh mien phi|phat thuoc)\\b'
	),
	cue(
		'vi:loi-moi',
		'boilerplate',
		-3.5,
		'\\b(?:loi moi|nhan loi|moi [^.;]{0,60}? tham|chung kien|chup anh|le ky ket|le trao|le don|le ky niem|dang nhap|xem them|tin lien quan|co the ban quan tam|doc them|tin cung chuyen muc)\\b'
	),
	cue(
		'en:praised',
		'boilerplate',
		-3,
		'\\b(?:praised|hailed|highly (?:valued|appreciated)|congratulat\\w*|thanked|expressed (?:his|her|their) (?:delight|pleasure|gratitude|thanks)|invitation|accepted|witnessed|ceremony|read more|related news|subscribe)\\b'
	),
	// A request to the other party (or to investors) is not a promise by anyone yet.
	// One leader proposing what both sides should do: nobody has agreed yet (docs/extraction.md).
	cue(
		'vi:de-nghi-hai-ben',
		'request',
		-4,
		'\\b(?:de nghi|kien nghi|de xuat) (?:(?:thu tuong|chu tich|tong bi thu|phia|ong|ba)\\b[^.;,]{0,40}? rang |tai [^.;]{0,90}?, )?hai (?:ben|nuoc|phia|thu tuong)\\b|\\b(?:de nghi|kien nghi|de xuat),? cac (?:bo|nganh|co quan|dia phuong|luc luong|don vi)\\b[^.;:]{0,50}? cua (?:ca )?hai (?:nuoc|ben)\\b'
	),
	cue(
		'vi:de-nghi-ben-kia',
		'request',
		-4,
		'\\b(?:de nghi|kien nghi|yeu cau|mong muon|de xuat) (?:phia |ban |Chinh phu |chinh phu )?(?:Viet Nam|Lao|(?:cac )?(?:nha dau tu|doanh nghiep) (?:Viet Nam|Lao))\\b',
		'g'
	),
	cue(
		'en:asked-other',
		'request',
		-4,
		'\\b(?:asked|urged|requested|called on|called upon|invited|appealed to) (?:that )?(?:the )?(?:Vietnam|Viet Nam|Laos|Vietnamese|Lao|Laotian|foreign)\\b'
	),
	// Events rather than commitments: visits, meetings, conferences to be held
	cue(
		'vi:hoi-cho',
		'event',
		-3,
		`\\b(?:to chuc|chu tri) (?:cac |mot |cuoc |buoi |chuong trinh )?(?:Hoi cho|hoi cho|Trien lam|trien lam|Festival|Le hoi|le hoi|Giao luu|giao luu)\\b${NOT_RECURRING}`,
		'g'
	),
	cue(
		'en:fair',
		'event',
		-3,
		`\\b(?:hold|organi[sz]e|host|stage) (?:a |an |the )?(?:[\\w-]+ ){0,3}?(?:fair|exhibition|expo|festival)\\b${NOT_RECURRING}`
	),
	// A groundbreaking to be held is the start of a project (docs/extraction.md), not an event on an agenda.
	cue(
		'vi:tham',
		'event',
		-3,
		'\\b(?:(?:se duoc to chuc|se dien ra|se duoc tien hanh)(?<!(?:khoi cong|dong tho)[^.;]{0,40}(?:se duoc to chuc|se dien ra|se duoc tien hanh))|chuyen tham|chuyen cong tac|tham cap Nha nuoc|tham chinh thuc|tham lam viec|se tham|tham lai|tien hanh (?:Ky hop|ky hop|hoi dam|Hoi nghi|hoi nghi)|se (?:den|sang) (?:Viet Nam|Lao|Ha Noi|Vieng Chan|Vientiane|thu do)|dong chu tri (?:Ky hop|ky hop|Hoi nghi|hoi nghi)|se gap go|gap go va lam viec|to chuc (?:Hoi nghi|hoi nghi|Le|le|Dien dan|dien dan|cuoc gap|hoi dam|Hoi thao|hoi thao|Tuan|tuan|Ngay|ngay)|du (?:Le|le|Hoi nghi|hoi nghi))'
	),
	// A programme of sittings and visits: "Đoàn sẽ dự các hoạt động kỷ niệm …", "Quốc hội sẽ biểu quyết thông qua …",
	// "hai bên sẽ hội đàm": what the agenda holds, not what anyone undertakes.
	cue('vi:se-du', 'event', -3, `\\bse ${AGENDA_VERB}`),
	// Volunteer and youth-exchange campaigns are one-off events (docs/extraction.md), not pledges between the countries.
	// Exchanging delegations is a visit programme, which the annotation rules do not count.
	cue(
		'vi:trao-doi-doan',
		'event',
		-3,
		'\\b(?:trao doi (?:cac )?doan|exchanges? of (?:delegations|visits))\\b'
	),
	// Booths at a fair and a live broadcast describe an event, not an undertaking between the countries.
	cue(
		'vi:gian-hang',
		'event',
		-3,
		'\\b(?:gian hang|truyen truc tiep|phat song truc tiep|tuong thuat truc tiep|live broadcast|broadcast live|booths)\\b'
	),
	cue(
		'vi:tinh-nguyen',
		'event',
		-4.5,
		'\\b(?:chien dich (?:[a-z ]{0,30})?tinh nguyen|tinh nguyen he|mua he xanh|tiep suc (?:den truong|mua thi)|xuat quan|giao luu thanh nien|trai he)\\b'
	),
	// Disasters and mourning: news of what happened, not an undertaking ("sự cố vỡ đập", "treo cờ rủ").
	cue(
		'vi:su-co',
		'event',
		-4.5,
		'\\b(?:su co|vo dap|tham hoa|lu quet|thuong vong|mat tich|nan nhan|quoc tang|treo co ru|collapse|disaster|death toll|missing people|mourning)\\b'
	),
	cue(
		'en:visit',
		'event',
		-3,
		'\\b(?:will be held|to be held|will take place|(?:scheduled|slated|set|due) to take place|will (?:also |then |later |first )?visit|state visit|official visit|to visit|hold (?:a |the )?(?:meeting|conference|ceremony|talks|forum|seminar)|will (?:also )?attend)\\b|(?:^|[.;] )During (?:his|her|their|the|this) (?:[\\w-]+ )?(?:stay|visit|trip|tour),'
	),
	// Descriptions of an ongoing state rather than a promise
	cue(
		'vi:tiep-tuc-duoc',
		'descriptive',
		-2.5,
		'(?<!se )\\btiep tuc (?:duoc|la|co)\\b|\\b(?:luon luon|luon|ngay cang|da tro thanh|tro thanh)\\b'
	),
	// A firm's market plan (customers, market share, credit, deposits, profit) is its business, not a pledge between the two countries;
	// so is its corporate finance: a subsidiary, divesting, selling land to cut debt, a disbursement target.
	cue(
		'vi:ke-hoach-kinh-doanh',
		'descriptive',
		-3,
		'\\b(?:khach hang|thi phan|co phan(?<!\\bcong ty co phan)|co phieu|mua lai|tang truong tin dung|huy dong (?:nguon )?von|lai suat|doanh thu|loi nhuan|goi dich vu|san pham(?: va)? dich vu|dich vu tai chinh|tiep can (?:cac )?(?:doanh nghiep|khach hang)|market share|customers|credit growth|deposits|100 ?% von|thoai von|quy dat|giam no|(?:tai )?co cau (?:lai )?no|no vay|phan von gop|giai ngan(?! (?:nguon )?(?:von )?(?:vien tro|oda)\\b)|(?:ke hoach|nhiem vu|chien luoc) kinh doanh|(?:mo rong|tang cuong) (?:hoat dong|(?:su )?hien dien)(?: kinh doanh)? tai thi truong|wholly[- ]owned|divest(?:ment|ing|s)?|land bank|debt restructuring)\\b'
	),
	// A party congress's resolution is that party's own programme: "thực hiện thắng lợi Nghị quyết Đại hội của mỗi
	// Đảng", "… Đại hội XII của Đảng Cộng sản Việt Nam" (each side at home), not an undertaking between the countries;
	// helping each other to do it, or a joint effort "nhằm triển khai …", is one.
	cue(
		'vi:nghi-quyet-dai-hoi',
		'descriptive',
		-4,
		'(?<!\\b(?:nham|de|ung ho|giup|giup do|ho tro|ung ho nhau|giup nhau) )\\b(?:thuc hien|trien khai|quan triet|dua)(?: (?:thang loi|thanh cong|hieu qua|tot))? (?:cac )?nghi quyet dai hoi\\b'
	),
	cue(
		'vi:la-tru-cot',
		'descriptive',
		-3,
		'(?<!coi (?:day|do|nhau) )\\bla (?:mot trong nhung|tru cot|mui nhon|kim chi nam|nen tang|uu tien hang dau|dong luc|minh chung|bieu tuong)\\b'
	),
	cue(
		'en:is-a-pillar',
		'descriptive',
		-3,
		'\\b(?:is|are|was|remains?) (?:one of the|a|the) (?:pillars?|cornerstones?|foundation|priority|symbol|testament)\\b'
	),
	// "the remains of fallen soldiers" is a noun; "always stands ready to" is an offer (en:ready).
	cue(
		'en:continues-to-be',
		'descriptive',
		-2,
		'\\b(?:continues? to be|(?<!\\bthe )remains?(?! of\\b)|always(?! (?:stands? |is |are |remains? )?(?:ready|willing|prepared)\\b)|increasingly|has become)\\b'
	),
	// Talking about things is not committing to them
	// "thảo luận và thống nhất …", "bàn bạc, nhất trí …": the talk ended in an agreement, which governs.
	cue(
		'vi:trao-doi',
		'discussion',
		-2.5,
		'\\b(?:trao doi (?:sau |y kien |ve|nhieu|mot so)|(?:cung nhau )?ban (?:ve|bac)|thao luan|thong bao cho nhau|chia se mot so|nhan manh (?:su can thiet|tam quan trong))(?![^.;:]{0,40}?(?: va|,) (?:di den )?(?:thong nhat|nhat tri|dong y)\\b)'
	),
	cue(
		'en:discussed',
		'discussion',
		-2.5,
		'\\b(?:discussed|exchanged views|informed each other|briefed|talked about)\\b'
	)
];

/**
 * Lower-cased copy with the same offsets. The native toLowerCase is used when it keeps the length
 * (it changes length only for rare letters such as "İ"); cue patterns are ASCII, so lowering other
 * scripts too does not change what matches.
 */
export function asciiLower(text: string): string {
	const lower = text.toLowerCase();
	return lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}

export interface CueHit {
	name: string;
	kind: CueKind;
	weight: number;
	index: number;
	length: number;
}

export type CueSet = 'all' | 'positive' | 'negative';
const subset = (lang: string, set: CueSet): Cue[] =>
	CUES.filter(
		(c) =>
			c.name.startsWith(`${lang}:`) &&
			(set === 'all' || (set === 'positive') === POSITIVE_KINDS.has(c.kind))
	);
/**
 * One scan instead of one per cue (gate.ts): the case-blind cues run as one pattern set on the
 * lower-cased text, the case-sensitive ones as another on the text as is.
 */
interface CueGroup {
	cues: Cue[];
	/** Each cue's place in the full list. */
	order: number[];
	set: PatternSet;
}

interface Scanner {
	blind: CueGroup;
	cased: CueGroup;
}

function group(cues: Cue[], cased: boolean): CueGroup {
	const picked = cues.flatMap((cue, order) => (cue.cased === cased ? [{ cue, order }] : []));
	return {
		cues: picked.map((p) => p.cue),
		order: picked.map((p) => p.order),
		set: patternSet(picked.map((p) => p.cue.re))
	};
}

const scanner = (cues: Cue[]): Scanner => ({ blind: group(cues, false), cased: group(cues, true) });

const make = (lang: 'vi' | 'en'): Record<CueSet, Scanner> => ({
	all: scanner(subset(lang, 'all')),
	positive: scanner(subset(lang, 'positive')),
	negative: scanner(subset(lang, 'negative'))
});
const BY_LANGUAGE: Record<'vi' | 'en', Record<CueSet, Scanner>> = {
	vi: make('vi'),
	en: make('en')
};

/**
 * Every cue occurrence in `text`, in order of position. Only the article language's cues run:
 * folded Vietnamese is full of English-looking words ("nhà máy" → "nha may").
 */
export function findCues(
	text: string,
	language: 'vi' | 'en' = 'vi',
	set: CueSet = 'all',
	lowered?: string
): CueHit[] {
	const { blind, cased } = BY_LANGUAGE[language][set];
	const a = hitsOf(blind, lowered ?? asciiLower(text));
	const b = hitsOf(cased, text);
	return b.hits.length ? merged(a, b) : a.hits;
}

interface Run {
	hits: CueHit[];
	/** Each hit's place in the cue list, which orders hits at the same position. */
	order: number[];
}

/** One group's hits, already in order of position, then of place in the cue list (eachMatch's order). */
function hitsOf({ cues, order, set }: CueGroup, text: string): Run {
	const run: Run = { hits: [], order: [] };
	eachMatch(set, text, (i, index, length) => {
		// No cue is meant to match empty text; an empty match would mark nothing.
		if (length === 0) return;
		const c = cues[i]!;
		run.hits.push({ name: c.name, kind: c.kind, weight: c.weight, index, length });
		run.order.push(order[i]!);
	});
	return run;
}

/** Two runs in one order, as sorting all hits by (position, place in the list) would give. */
function merged(a: Run, b: Run): CueHit[] {
	const out: CueHit[] = [];
	let i = 0;
	let j = 0;
	while (i < a.hits.length || j < b.hits.length) {
		const takeA =
			j >= b.hits.length ||
			(i < a.hits.length && (a.hits[i]!.index - b.hits[j]!.index || a.order[i]! - b.order[j]!) < 0);
		out.push(takeA ? a.hits[i++]! : b.hits[j++]!);
	}
	return out;
}
