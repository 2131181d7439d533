/**
 * The bilingual cue lexicon. Every pattern runs on folded text (fold.ts: no diacritics, case
 * kept, dashes unified) so "nhất trí", "nhat tri" and "Nhất trí" are one cue. Each cue has a
 * name that travels with the result, so an editor sees why a passage was picked.
 *
 * Positive kinds make a passage forward-looking; negative kinds push it towards past results,
 * hedges, agentless forecasts, praise, ceremonies and site chrome. Weights are additive.
 */
export type CueKind =
	| 'agreement'
	| 'pledge'
	| 'target'
	| 'future'
	| 'reaffirmation'
	| 'assignment'
	| 'ongoing'
	| 'start'
	| 'past'
	| 'hedge'
	| 'forecast'
	| 'boilerplate'
	| 'event'
	| 'descriptive'
	| 'discussion';

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
const NOT_GOAL = '(?<!\\b(?:phan dau|muc tieu|se|de|som|nham|huong toi|co the|nang|dua|len|chi tieu)\\b[^;.]{0,60})';

export const CUES: Cue[] = [
	// Agreement
	cue('vi:nhat-tri', 'agreement', 3, '\\bnhat tri\\b'),
	cue('vi:thong-nhat', 'agreement', 3, '\\bthong nhat (?!dat nuoc|trong|ve mat|cao)'),
	cue('vi:dong-y', 'agreement', 2.5, '\\bdong y\\b'),
	cue('vi:thoa-thuan-se', 'agreement', 2.5, '\\bthoa thuan (?:se|tiep tuc)\\b'),
	cue('en:agreed', 'agreement', 3, '\\b(?:agreed|agree|agrees|concurred|consensus)\\b'),
	// Pledge
	cue('vi:cam-ket', 'pledge', 3, '\\bcam ket\\b'),
	cue('vi:khang-dinh-se', 'pledge', 3, '\\b(?:khang dinh|cam ket|tuyen bo) (?:se|tiep tuc)\\b'),
	cue('vi:quyet-tam', 'pledge', 2, '\\bquyet tam\\b'),
	cue('en:pledged', 'pledge', 3, '\\b(?:pledged?|pledges|vowed?|vows|promised?|committed to|commit to|commits to|determined to|resolved to)\\b'),
	// Target
	cue('vi:phan-dau', 'target', 3, '\\bphan dau\\b'),
	cue('vi:muc-tieu', 'target', 2, '\\b(?:muc tieu|chi tieu)\\b'),
	cue('vi:huong-toi', 'target', 2, '\\b(?:huong toi|nang (?:kim ngach|tong|muc)\\b|dua kim ngach)'),
	cue('en:target', 'target', 3, '\\b(?:targets?|targeted|aims? (?:to|at|for)|aiming (?:to|at|for)|goal of|strive to|seeks? to|bid to)\\b'),
	cue('en:raise-to', 'target', 2, '\\b(?:raise|boost|increase|lift|bring|double|push)\\b[^.;]{0,60}?\\bto (?:US\\s?)?\\$?\\d'),
	// Future
	cue('vi:se', 'future', 2, '(?<!chia )\\bse\\b'),
	cue('vi:sap-toi', 'future', 1.5, '\\b(?:sap toi|trong thoi gian toi|thoi gian toi|giai doan toi|nam toi|sap)\\b'),
	cue('vi:ke-hoach', 'future', 1.5, '\\b(?:ke hoach|du dinh|chuan bi) (?:xay dung|trien khai|khoi cong|ky|mo|dau tu|cap|nhap khau|xuat khau)\\b'),
	cue('en:will', 'future', 2, '\\b(?:will|shall|would|is to|are to|to be built|to be completed)\\b'),
	cue('en:plan', 'future', 1.5, '\\b(?:plans? to|planned to|planning to|is set to|are set to|upcoming|next year|in the coming)\\b'),
	// Reaffirmation
	cue('vi:tiep-tuc', 'reaffirmation', 2, '\\btiep tuc (?!duoc|la|co)'),
	cue('vi:duy-tri', 'reaffirmation', 1.5, '\\bduy tri\\b'),
	cue('vi:khang-dinh-lai', 'reaffirmation', 2, '\\b(?:khang dinh lai|tai khang dinh|nhac lai cam ket)\\b'),
	cue('en:continue', 'reaffirmation', 2, '\\b(?:continue|continues|continued|continuing) to (?!be\\b)|\\breaffirm\\w*|\\bremain(?:s|ed)? committed\\b|\\bmaintain\\b'),
	// Assignment
	cue('vi:giao', 'assignment', 2, '\\b(?:giao (?:cho )?(?:cac |Bo |bo |Uy ban|UBND|Chinh phu|co quan|nganh)|giao nhiem vu|chi dao (?:cac|Bo|bo|co quan)|yeu cau (?:cac|Bo|bo|co quan|chu dau tu|nha thau))'),
	cue('vi:de-nghi', 'assignment', 1.5, '\\b(?:de nghi|kien nghi|de xuat) (?:hai ben|phia|Lao|Viet Nam|cac|Bo|bo)'),
	cue('en:tasked', 'assignment', 2, '\\b(?:assigned|tasked|instructed|directed|urged|asked [^.;]{0,40}? to|requested|called on|called for)\\b'),
	// Ongoing implementation of something agreed earlier
	cue('vi:dang-thuc-hien', 'ongoing', 2, '\\bdang (?:tich cuc |khan truong |tap trung )?(?:thuc hien|trien khai|xay dung|thi cong|dau tu)\\b', 'g'),
	cue('en:implementing', 'ongoing', 2, '\\b(?:is|are) (?:implementing|carrying out|building|constructing|developing)\\b|\\bunder construction\\b|\\bunderway\\b'),
	// Starting a project
	cue('vi:khoi-cong', 'start', 2, '\\b(?:khoi cong|dong tho|day nhanh tien do|som hoan thanh|hoan thanh (?:vao|truoc|trong) nam)\\b'),
	cue('en:break-ground', 'start', 2, '\\b(?:break ground|groundbreaking|speed up|accelerate|fast-track|complete [^.;]{0,40}? by)\\b'),

	// Past results
	cue('vi:da-ky', 'past', -3.5, '(?<!(?:thoa thuan|hiep dinh|van kien|ban ghi nho|nghi dinh thu|hop dong|ke hoach) )\\b(?:da ky|vua ky|da ky ket|da hoan thanh|da khanh thanh|da dua vao (?:su dung|van hanh)|khanh thanh)\\b'),
	cue('vi:dat-so', 'past', -3, `${NOT_GOAL}\\b(?:dat|dat duoc|dat muc|len toi|len den|tang len) (?:hon |gan |khoang |xap xi |tren |tong cong |muc |moc )?\\d`),
	cue('vi:da-lam', 'past', -1.5, '\\b(?:da va dang|da (?:to chuc|trien khai|dong gop|duoc|dat|co|giup|ho tro|thuc hien|tang|chu dong|chi dao|phoi hop|cung nhau|thong bao|trao doi))\\b'),
	cue('vi:thoi-gian-qua', 'past', -2.5, '\\b(?:vua qua|thoi gian qua|nam qua|nhung nam qua|thoi qua|nhin lai|tinh den|luy ke|hien co|ket qua dat duoc|thanh tuu|to chuc thanh cong|thanh cong tot dep|lan dau tien|vuot moc|vuot xa|de ra)\\b'),
	cue('vi:tinh-den', 'past', -3.5, '\\b(?:tinh den|luy ke|hien co|hien nay co|vi tri thu \\d|dung thu \\d|xep thu \\d)'),
	cue('en:signed', 'past', -3.5, '(?<!(?:agreements?|deals?|memorand(?:um|a)|mous?|documents?|protocols?|contracts?|plans?|treaty)(?: (?:they|that|which|recently|just|earlier))? )\\b(?:signed|inaugurated|completed|was completed|were completed|put into operation)\\b'),
	cue('en:reached', 'past', -3, '\\b(?:reached|totall?ed|hit|stood at|amounted to|rose|grew|increased|surged|fell|achieved)\\b'),
	cue('en:was', 'past', -1, '\\b(?:was|were|had|has been|have been|last year|so far|to date|as of)\\b'),
	// Hedges
	cue('vi:xem-xet', 'hedge', -3, '\\b(?:xem xet|tim hieu|tham do|can nhac)\\b'),
	cue('vi:co-the', 'hedge', -2, '\\b(?:co the|nghien cuu kha nang)\\b'),
	cue('vi:tin-tuong', 'hedge', -4, '\\b(?:tin tuong|tin rang|hy vong|hi vong|mong muon|mong|ky vong)\\b'),
	cue('en:may', 'hedge', -2.5, '\\b(?:may|might|could|consider|considering|explore|exploring|possibility|possibly|would like)\\b'),
	cue('en:believe', 'hedge', -4, '\\b(?:believes?|believed|hopes?|hoped|wish|wishes|expressed confidence|confident that)\\b'),
	// Forecasts without an agent
	cue('vi:du-bao', 'forecast', -2, '\\b(?:du bao|uoc tinh|uoc dat|du kien dat|co the dat|nhieu kha nang)\\b'),
	cue('en:forecast', 'forecast', -2, '\\b(?:forecasts?|forecasted|projected|expected to (?:reach|hit|rise|grow|increase|exceed)|is estimated|are estimated|likely to)\\b'),
	// Praise, relationship talk, invitations, ceremonies, site chrome
	cue('vi:danh-gia-cao', 'boilerplate', -3, '\\b(?:danh gia cao|chuc mung|cam on|bay to vui mung|vui mung|tran trong|tri an|ngoi khen|tu hao|tam quan trong|y nghia (?:dac biet |lich su |rat |het suc )?quan trong|co y nghia|tai san vo gia|kim chi nam|moc son|dau moc)\\b'),
	cue('vi:loi-moi', 'boilerplate', -3.5, '\\b(?:loi moi|nhan loi|moi [^.;]{0,60}? tham|chung kien|chup anh|le ky ket|le trao|le don|le ky niem|dang nhap|xem them|tin lien quan|co the ban quan tam|doc them|tin cung chuyen muc)\\b'),
	cue('en:praised', 'boilerplate', -3, '\\b(?:praised|hailed|highly (?:valued|appreciated)|congratulat\\w*|thanked|expressed (?:his|her|their) (?:delight|pleasure|gratitude|thanks)|invitation|accepted|witnessed|ceremony|read more|related news|subscribe)\\b'),
	// Events rather than commitments: visits, meetings, conferences to be held
	cue('vi:tham', 'event', -3, '\\b(?:se duoc to chuc|se dien ra|chuyen tham|chuyen cong tac|tham cap Nha nuoc|tham chinh thuc|tham lam viec|se tham|tham lai|to chuc (?:Hoi nghi|hoi nghi|Le|le|Dien dan|dien dan|cuoc gap|hoi dam|Hoi thao|hoi thao|Tuan|tuan|Ngay|ngay)|du (?:Le|le|Hoi nghi|hoi nghi))'),
	cue('en:visit', 'event', -3, '\\b(?:will be held|to be held|will take place|will visit|state visit|official visit|to visit|hold (?:a |the )?(?:meeting|conference|ceremony|talks|forum|seminar)|will attend)\\b'),
	// Descriptions of an ongoing state rather than a promise
	cue('vi:tiep-tuc-duoc', 'descriptive', -2.5, '(?<!se )\\btiep tuc (?:duoc|la|co)\\b|\\b(?:luon luon|luon|ngay cang|da tro thanh|tro thanh)\\b'),
	cue('vi:la-tru-cot', 'descriptive', -3, '(?<!coi (?:day|do|nhau) )\\bla (?:mot trong nhung|tru cot|mui nhon|kim chi nam|nen tang|uu tien hang dau|dong luc|minh chung|bieu tuong)\\b'),
	cue('en:is-a-pillar', 'descriptive', -3, '\\b(?:is|are|was|remains?) (?:one of the|a|the) (?:pillars?|cornerstones?|foundation|priority|symbol|testament)\\b'),
	cue('en:continues-to-be', 'descriptive', -2, '\\b(?:continues? to be|remains?|always|increasingly|has become)\\b'),
	// Talking about things is not committing to them
	cue('vi:trao-doi', 'discussion', -2.5, '\\b(?:trao doi (?:sau |y kien |ve|nhieu|mot so)|thao luan|thong bao cho nhau|chia se mot so|nhan manh (?:su can thiet|tam quan trong))'),
	cue('en:discussed', 'discussion', -2.5, '\\b(?:discussed|exchanged views|informed each other|briefed|talked about)\\b')
];

/** Lower-cases A–Z only, so offsets stay the same. */
export function asciiLower(text: string): string {
	return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
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
	CUES.filter((c) => c.name.startsWith(`${lang}:`) && (set === 'all' || (set === 'positive') === POSITIVE_KINDS.has(c.kind)));
const BY_LANGUAGE: Record<'vi' | 'en', Record<CueSet, Cue[]>> = {
	vi: { all: subset('vi', 'all'), positive: subset('vi', 'positive'), negative: subset('vi', 'negative') },
	en: { all: subset('en', 'all'), positive: subset('en', 'positive'), negative: subset('en', 'negative') }
};

/**
 * Every cue occurrence in `text`, in order of position. Only the article language's cues run:
 * folded Vietnamese is full of English-looking words ("nhà máy" → "nha may").
 */
export function findCues(text: string, language: 'vi' | 'en' = 'vi', set: CueSet = 'all'): CueHit[] {
	const hits: CueHit[] = [];
	const lower = asciiLower(text);
	for (const c of BY_LANGUAGE[language][set]) {
		c.re.lastIndex = 0;
		const subject = c.cased ? text : lower;
		let m: RegExpExecArray | null;
		while ((m = c.re.exec(subject)) !== null) {
			hits.push({ name: c.name, kind: c.kind, weight: c.weight, index: m.index, length: m[0].length });
			if (m[0].length === 0) c.re.lastIndex++;
		}
	}
	return hits.sort((a, b) => a.index - b.index);
}
