/**
 * Short titles for commitments. `title` is in the article's language: the project's registry name,
 * the figure phrase for a target, otherwise the action phrase that follows the cue, cut at a clause
 * or word boundary (never inside a word). `title_en` is always set: the English title of an English
 * article; else a template from the kind, sector, entity and figures: "Build the Hanoi–Vientiane
 * expressway" (action verb + registry name), "Trade target: US$5 billion by 2030", "Education
 * cooperation: scholarships, human resources training" (sector + the topics the passage names).
 */
import type { Detected } from './commitments';
import { eachMatch, patternSet } from './gate';
import { scaleDecimal } from './numbers';
import { PROJECT_KINDS } from './registry';

const MAX_TITLE = 90;
const MIN_TITLE = 24;
const SECTOR_EN: Record<string, string> = {
	trade: 'Trade',
	investment: 'Investment',
	infrastructure: 'Infrastructure',
	energy: 'Energy',
	education: 'Education',
	defense_security: 'Defence and security',
	culture_tourism: 'Culture and tourism',
	politics_diplomacy: 'Cooperation',
	digital_telecom: 'Digital and telecoms',
	other: 'Cooperation'
};
/** Sector names in "<sector> cooperation: <topics>". */
const SECTOR_COOP: Record<string, string> = {
	...SECTOR_EN,
	defense_security: 'Defence and security',
	politics_diplomacy: 'Political and diplomatic',
	other: ''
};

/** Action verbs (folded Vietnamese or English) → the English imperative of a title. */
const VERBS: [RegExp, string][] = [
	[/\b(?:khoi cong|dong tho|break ground|groundbreaking)\b/i, 'Start construction of'],
	[
		/\b(?:day nhanh(?: tien do)?|som hoan thanh|khan truong hoan thanh|speed up|accelerate|fast-track)\b/i,
		'Speed up'
	],
	[/\b(?:hoan thanh|hoan tat|complete|finish)\b/i, 'Complete'],
	[/\b(?:nang cap|cai tao|mo rong|upgrade|expand|renovate)\b/i, 'Upgrade'],
	[/\b(?:xay dung|dau tu xay dung|build|construct)\b/i, 'Build'],
	[/\b(?:nghien cuu|khao sat|lap bao cao|study|survey|feasibility)\b/i, 'Study'],
	[
		/\b(?:van hanh|dua vao (?:su dung|van hanh|khai thac)|operate|put into operation)\b/i,
		'Put into operation'
	],
	[/\b(?:ky ket|ky (?:hiep dinh|thoa thuan|ban ghi nho|nghi dinh thu)|sign)\b/i, 'Sign'],
	[/\b(?:mo (?:cua|them|tuyen|duong bay|chinh thuc)|khai truong|open)\b/i, 'Open'],
	[/\b(?:trien khai|thuc hien|implement|carry out)\b/i, 'Implement'],
	[/\b(?:thuc day|day manh|tang cuong|promote|boost|strengthen|step up)\b/i, 'Promote'],
	[/\b(?:ho tro|giup|giup do|tai tro|vien tro|support|help|assist|fund)\b/i, 'Support']
];

/** Topics a passage names (folded Vietnamese or English) → their English names, in a fixed order. */
const TOPICS: [RegExp, string][] = [
	[/\b(?:hoc bong|scholarships?)\b/i, 'scholarships'],
	[/\b(?:luu hoc sinh|sinh vien|hoc vien|students?)\b/i, 'Lao students'],
	[
		/\b(?:dao tao nguon nhan luc|nguon nhan luc|dao tao can bo|human resources?|training)\b/i,
		'human resources training'
	],
	[/\b(?:day tieng Viet|tieng Viet|Vietnamese language)\b/i, 'Vietnamese language teaching'],
	[
		/\b(?:truong (?:hoc|pho thong|dan toc noi tru|dai hoc|cao dang|trung cap|tieu hoc|mam non)|schools?)\b/i,
		'schools'
	],
	[/\b(?:khoa hoc (?:va )?cong nghe|science and technology)\b/i, 'science and technology'],
	[
		/\b(?:phan gioi cam moc|cot moc|tang day mat do cot moc|demarcation|border markers?)\b/i,
		'border demarcation'
	],
	[/\b(?:toi pham|crime)\b/i, 'crime prevention'],
	[/\b(?:ma tuy|drugs?)\b/i, 'drug control'],
	[/\b(?:quoc phong|defen[cs]e)\b/i, 'defence'],
	[/\b(?:an ninh|security)\b/i, 'security'],
	[
		/\b(?:trao doi thong tin|chia se thong tin|information exchange|exchange information|share information)\b/i,
		'information exchange'
	],
	[/\b(?:thoa thuan cap cao|high-level agreements?)\b/i, 'high-level agreements'],
	[
		/\b(?:doan ra|doan vao|tiep xuc cap cao|trao doi doan|high-level (?:visits|exchanges|contacts)|delegation exchanges?)\b/i,
		'high-level exchanges'
	],
	[/\b(?:hai Dang|Dang|the (?:two )?Part(?:y|ies))\b/, 'Party-to-Party ties'],
	[
		/\b(?:dien dan (?:da phuong|khu vuc|quoc te)|ASEAN|Mekong|multilateral forums?)\b/i,
		'regional and multilateral forums'
	],
	[
		/\b(?:ket noi (?:hai nen kinh te|kinh te)|hai nen kinh te|connect(?:ing)? the (?:two )?economies)\b/i,
		'connecting the two economies'
	],
	[
		/\b(?:thao go|go vuong mac|giai quyet (?:cac )?(?:kho khan|vuong mac)|kho khan, vuong mac|remove obstacles|removing obstacles|bottlenecks)\b/i,
		'removing obstacles'
	],
	[/\b(?:thuong mai bien gioi|cho bien gioi|border trade|border markets?)\b/i, 'border trade'],
	[/\b(?:cua khau|border gates?)\b/i, 'border gates'],
	[/\b(?:thanh toan|dong tien|noi te|payments?|local currenc(?:y|ies))\b/i, 'payments'],
	[/\b(?:xuc tien thuong mai|trade promotion|hoi cho|fairs?)\b/i, 'trade promotion'],
	[/\b(?:thuong mai|buon ban|trade)\b/i, 'trade'],
	[
		/\b(?:dau tu|nha dau tu|doanh nghiep|investment|investors?|businesses|enterprises)\b/i,
		'investment'
	],
	[/\b(?:ket noi giao thong|giao thong|van tai|logistics|transport)\b/i, 'transport'],
	[/\b(?:ha tang|infrastructure)\b/i, 'infrastructure'],
	[
		/\b(?:mua ban dien|ban dien|nhap khau dien|xuat khau dien|electricity|power (?:trade|imports?|purchases?))\b/i,
		'electricity trade'
	],
	[/\b(?:nang luong|energy)\b/i, 'energy'],
	[/\b(?:vien thong|telecom\w*)\b/i, 'telecoms'],
	[/\b(?:chuyen doi so|digital transformation)\b/i, 'digital transformation'],
	[/\b(?:chinh phu dien tu|e-government)\b/i, 'e-government'],
	[/\b(?:y te|benh vien|health|hospitals?)\b/i, 'health'],
	[/\b(?:nong nghiep|agricultur\w*)\b/i, 'agriculture'],
	[/\b(?:tai nguyen nuoc|song Mekong|water resources)\b/i, 'water resources'],
	[/\b(?:moi truong|environment\w*)\b/i, 'environment'],
	[/\b(?:van hoa|culture|cultural)\b/i, 'culture'],
	[/\b(?:du lich|tourism)\b/i, 'tourism'],
	[/\b(?:the thao|sports?)\b/i, 'sports'],
	[/\b(?:bao chi|thong tan|press|media)\b/i, 'press'],
	[/\b(?:giao luu nhan dan|nhan dan hai nuoc|people-to-people)\b/i, 'people-to-people exchanges'],
	[/\b(?:giao duc|education)\b/i, 'education']
];

function capitalise(s: string): string {
	return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Underscores of word-segmented text are spaces to a reader; " , " is ", ". */
function tidy(s: string): string {
	return s
		.replace(/_/g, ' ')
		.replace(/\s+([,;:.)])/g, '$1')
		.replace(/\(\s+/g, '(')
		.replace(/\s+/g, ' ')
		.trim();
}

const DANGLING =
	/[\s,;:–-]+(?:và|hoặc|các|của|cho|với|để|trong|tại|về|là|những|nhằm|theo|từ|and|or|the|of|for|with|to|in|on|at|a|an|by)?$/i;

/**
 * At most MAX_TITLE characters, cut at the last clause boundary (",", ";") after MIN_TITLE, else at
 * the last word boundary, with "…" after a whole word; never inside a word.
 */
function shorten(s: string): string {
	const t = tidy(s);
	// A cut before a purpose link can leave its joint behind ("Thúc đẩy xây dựng Cộng đồng và | góp phần …").
	if (t.length <= MAX_TITLE) return t.replace(DANGLING, '') || t;
	const cut = t.slice(0, MAX_TITLE + 1);
	const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '));
	if (clause >= MIN_TITLE) return t.slice(0, clause).replace(DANGLING, '');
	const space = cut.lastIndexOf(' ');
	const head = (space > 0 ? t.slice(0, space) : t.slice(0, MAX_TITLE)).replace(DANGLING, '');
	return `${head}…`;
}

/** "10000000000" USD → "US$10 billion"; "12.5" % → "12.5%". */
export function formatAmount(value: string, max: string | null, unit: string | null): string {
	const both = (f: (v: string) => string): string => (max ? `${f(value)}–${f(max)}` : f(value));
	const intDigits = value.split('.')[0]!.length;
	if (unit === 'USD' || unit === 'VND') {
		const [exp, word] =
			intDigits > 12
				? [12, 'trillion']
				: intDigits > 9
					? [9, 'billion']
					: intDigits > 6
						? [6, 'million']
						: [0, ''];
		const scaled = both((v) => {
			const [i, f = ''] = v.split('.');
			return scaleDecimal(i!, f, -exp);
		});
		return unit === 'USD'
			? `US$${scaled}${word ? ` ${word}` : ''}`
			: `${scaled}${word ? ` ${word}` : ''} VND`;
	}
	if (unit === '%') return `${both((v) => v)}%`;
	return `${both((v) => v)}${unit ? ` ${unit}` : ''}`;
}

const SPACE = /\s/;
const isClauseMark = (ch: string): boolean => ch === ',' || ch === ';';

/** Where the segment (between commas or semicolons) of `folded` that holds `at` starts. */
function segmentAround(folded: string, from: number, at: number): number {
	let s = at;
	while (s > from && !isClauseMark(folded.charAt(s - 1))) s--;
	return s;
}

/** "Build the Hanoi–Vientiane expressway": the passage's action verb, if any, and the entity's English name. */
function entityTitle(name: string, kind: string, action: string): string {
	const verb = VERBS.find(([re]) => re.test(action))?.[1];
	if (!verb) return capitalise(name);
	// A project is built or upgraded; a programme or agreement is carried out, not built.
	const v =
		!PROJECT_KINDS.has(kind) &&
		/^(?:Build|Upgrade|Start construction of|Put into operation)$/.test(verb)
			? 'Implement'
			: verb;
	return `${v} the ${name.replace(/^the\s+/i, '')}`;
}

/** All topic patterns in one scan (gate.ts) instead of forty passes over the passage. */
const ANY_TOPIC = patternSet(TOPICS.map(([re]) => re));

/** Which of TOPICS the passage names: `named[i]` is exactly `TOPICS[i][0].test(folded)`. */
function namedTopics(folded: string): boolean[] {
	const named = new Array<boolean>(TOPICS.length).fill(false);
	eachMatch(ANY_TOPIC, folded, (i) => {
		named[i] = true;
	});
	return named;
}

/** "Education cooperation: scholarships, Lao students": the sector and the topics the passage names. */
export function topicTitle(folded: string, sector: string): string {
	const named = namedTopics(folded);
	const topics: string[] = [];
	TOPICS.forEach(([, name], i) => {
		if (named[i] && !topics.includes(name)) topics.push(name);
	});
	if (topics.includes('scholarships') && topics.includes('Lao students')) {
		topics.splice(topics.indexOf('Lao students'), 1);
		topics[topics.indexOf('scholarships')] = 'scholarships for Lao students';
	}
	let lead = SECTOR_COOP[sector] ?? '';
	let covered = [lead.toLowerCase()];
	// Not "Investment cooperation: trade": a passage naming both fields is about both.
	if (
		(sector === 'trade' || sector === 'investment') &&
		topics.includes('trade') &&
		topics.includes('investment')
	) {
		lead = 'Trade and investment';
		covered = ['trade', 'investment'];
	}
	const shown = topics.filter((t) => !covered.includes(t.toLowerCase())).slice(0, 3);
	if (!shown.length) return lead ? `${lead} cooperation` : 'Bilateral cooperation';
	return lead ? `${lead} cooperation: ${shown.join(', ')}` : `Cooperation: ${shown.join(', ')}`;
}

/** "sự cần thiết phải", "nỗ lực", "the need to": the frame of a pledge, not what it pledges. */
const FRAMING =
	/^(?:(?:su )?can thiet phai|can phai|no luc|quyet tam|hieu qua(?= (?:trao doi|chia se|phoi hop|trien khai|thuc hien))|quan tam sat sao,?|chi dao(?: cac co quan(?: lien quan)?(?: cua hai ben)?)?|tap trung(?= (?:trien khai|thuc hien|xay dung|hoan thanh))|the need to|the necessity (?:of|to)|efforts? to|strive to)\s+/i;
/** An effort verb right before the verb that says what is done: "thúc đẩy tạo bước đột phá". */
const EFFORT_BEFORE_VERB =
	/^(?:thuc day|day manh|tich cuc|promote|actively)\s+(?=(?:tao|nang cao|trien khai|thuc hien|xay dung|hoan thanh|mo rong|create|raise|implement|build|complete|expand)\b)/i;
/**
 * A first clause that names no field of its own: the capacity or the resolve to act, not the act
 * ("phát huy thế mạnh của mỗi nước", "tạo bước đột phá", "chung sức, đồng lòng, kề vai sát cánh").
 * The pledge is in the clause after it.
 */
const VAGUE_CLAUSE =
	/^(?:phat huy (?:the manh|tiem nang|loi the)(?: cua moi nuoc| cua hai nuoc)?|tao (?:buoc )?dot pha|chung suc|dong long|ke vai sat canh|make (?:a )?breakthroughs?|bring into play (?:the )?strengths)\s*[,;]\s*/i;
/** Before the pledge's verb: the purpose links of a solidarity clause ("… kề vai sát cánh nhằm triển khai …"). */
const SOLIDARITY_THEN =
	/^(?:(?:chung suc|dong long|ke vai sat canh|doan ket)[\s,]*)+(?:nham|de|in order to|to)\s+/i;
/** Connectors that open a clause without saying anything. */
const CONNECTOR =
	/^(?:dong thoi|ben canh do|ngoai ra|hai ben|hai nuoc|nhat tri|thong nhat|va|also|and|at the same time)\s+/i;

/** Words that only place a clause in time or add it to the last one: "Ngoài ra, sắp tới, …". */
const LEAD_IN =
	/^(?:[\s,;:]|(?:ngoai ra|ben canh do|dong thoi|sap toi|thoi gian toi|trong thoi gian toi|toi day|va|besides|in addition|meanwhile|and)\b)+/i;
/**
 * The first word of agreement in the passage, with the commas and time words after it: "Tại kỳ họp
 * …, hai Bộ đã thống nhất, thời gian tới …". Used only when no cue stood near the start, so the
 * setting (the meeting, the place, who met whom) would otherwise be the title.
 */
const AGREED_THEN =
	/\b(?:thong nhat|nhat tri|cam ket(?: se)?|dong y|(?:khang dinh|tuyen bo) se|agreed(?: to)?|pledged to|committed to|vowed to)\b[\s,:]*(?:(?:trong )?(?:thoi gian toi|sap toi|nam toi)[\s,]*)?/i;
const SETTING_MAX = 220;
/** "…, Thủ tướng X cho biết, hai bên đã thống nhất …": who reports the pledge opens the clause. */
const REPORTED =
	/^[\s,;:]*[^,;]{0,80}\b(?:cho biet|khang dinh|nhan manh|neu ro|thong bao|said|noted|stressed|announced)\s*,/i;

/** Where the pledge starts when the passage opens with its setting rather than a cue. */
function afterSetting(folded: string, from: number, end: number): number {
	let s = from;
	const lead = LEAD_IN.exec(folded.slice(s, end));
	if (lead) s += lead[0].length;
	const reported = REPORTED.exec(folded.slice(s, end));
	if (reported && end - s - reported[0].length >= MIN_TITLE) s += reported[0].length;
	const agreed = AGREED_THEN.exec(folded.slice(s, Math.min(end, s + SETTING_MAX)));
	if (agreed && end - (s + agreed.index + agreed[0].length) >= MIN_TITLE)
		return s + agreed.index + agreed[0].length;
	return s;
}

/**
 * Where the title of an action phrase starts: after the cue, without framing ("sự cần thiết
 * phải", "nỗ lực"), an effort verb before the real one, or a first clause that names no field. A
 * cue inside a relative clause leaves a bare verb ("… đã được lãnh đạo thống nhất triển khai, qua
 * đó …"): the passage's own first clause says the pledge then.
 */
function pledgeStart(
	folded: string,
	passageStart: number,
	actionStart: number,
	end: number
): number {
	let s = actionStart;
	s = withSwallowedVerb(folded, passageStart, s);
	const at = () => folded.slice(s, end);
	// No cue near the start, or only a time word before "X cho biết, …": the setting is not the pledge.
	if (s === passageStart || REPORTED.test(at())) s = afterSetting(folded, s, end);
	for (let guard = 0; guard < 6; guard++) {
		const lead = LEAD_IN.exec(at());
		if (lead && lead[0].length < at().length - MIN_TITLE) s += lead[0].length;
		const m = FRAMING.exec(at()) ?? EFFORT_BEFORE_VERB.exec(at()) ?? SOLIDARITY_THEN.exec(at());
		const v = m ? null : VAGUE_CLAUSE.exec(at());
		const hit = m ?? (v && v[0].length < at().length - MIN_TITLE ? v : null);
		if (!hit) break;
		s += hit[0].length;
	}
	// A bare verb before a comma or the end: the cue sat in a relative clause.
	const clause = at().split(/[,;]/)[0]!.trim();
	// "khẳng định sẽ cùng Lào, nước Chủ tịch ASEAN, thúc đẩy …": a partner after "cùng" is not a bare verb, and
	// with an apposition after it the verb that follows says what is done.
	const partner = PARTNER_APPOSED.exec(at());
	if (partner && at().length - partner[0].length >= MIN_TITLE) s += partner[0].length;
	if (clause.split(/\s+/).length <= 2 && s > passageStart && !TOGETHER_WITH.test(clause)) {
		let p = passageStart;
		for (let guard = 0; guard < 4; guard++) {
			const m = CONNECTOR.exec(folded.slice(p, end));
			if (!m) break;
			p += m[0].length;
		}
		const reported = REPORTED.exec(folded.slice(p, end));
		if (reported && p + reported[0].length < actionStart) p += reported[0].length;
		if (p < actionStart) return p;
	}
	return s;
}

const TOGETHER_WITH = /^(?:cung|cung voi|together with)\s/i;
const PARTNER_APPOSED = /^\s*(?:cung|cung voi|together with)\s[^,;]{1,30},[^,;]{1,60},\s+/i;
/** A title must not open with a preposition ("Với các bộ, ngành …"). */
const PREPOSITION_FIRST = /^\s*(?:voi|cho|ve|tai|cua|with|for|to)\s/i;
/** The verb a cue swallowed, right before that preposition. */
const VERB_LAST =
	/\b(?:phoi hop|hop tac|ho tro|giup do|giup|chia se|cung cap|dong hanh|tao dieu kien|ket noi|trao doi|lam viec|cooperate|coordinate|work|help|support)\s*$/i;

/** Words that introduce a target figure; the title starts at the verb, after "để"/"nhằm". */
const TARGET_LEAD =
	/(?:^|\s)(?:(?:de|nham|in order to)\s+)?((?:som |phan dau |phan dau de )?(?:dat|dua|nang|huong toi|tien toi|reach|achieve|raise|bring)\b)/gi;

/** Where a purpose begins ("… nhằm đưa hợp tác …", "qua đó"): the title says what is done, not why. */
const PURPOSE_LINK = /^\s(?:nham|de|gop phan|qua do|in order to|so as to)\s/i;

/**
 * Folding makes "vấn đề", "đề án", "đề nghị" read " de " like "để" (in order to): a title cut there
 * ended "giải quyết vấn". The raw word decides.
 */
const NOT_PURPOSE = /^[\s_](?:đề|dễ|dè|Đề)(?![\p{L}])/u;

/** How a thing is done ("đồng bộ", "có hiệu quả", "tích cực"): words that qualify the verb before the object. */
const MANNER = String.raw`(?:co )?(?:hieu qua|dong bo|tich cuc|quyet liet|khan truong|nghiem tuc|thuc chat|toan dien)`;
/** "thực hiện đồng bộ, có hiệu quả Hiệp định …": a comma between two manners, with the object still to come. */
const MANNER_BEFORE = new RegExp(String.raw`\b${MANNER}$`, 'i');
const MANNER_AFTER = new RegExp(String.raw`^\s*${MANNER}\b`, 'i');
/** A manner that opens the title: the cue took the verb it qualifies ("cần triển khai | tích cực các thỏa thuận"). */
const MANNER_FIRST = new RegExp(String.raw`^\s*${MANNER}\s`, 'i');
/** Verbs a manner follows, right before it. */
const MANNER_VERB =
	/\b(?:trien khai(?: thuc hien)?|thuc hien|day manh|thuc day|tang cuong|phoi hop|ho tro|giai quyet|implement|carry out)\s*$/i;

/**
 * What a cue that took the verb with it leaves at the title's start, and the verbs to take back before it:
 * "sẵn sàng phối hợp | với các bộ …" leaves a preposition, "cần triển khai | tích cực …" a manner. `ahead` and
 * `back` are how far each test reads.
 */
const SWALLOWED: { opener: RegExp; ahead: number; verb: RegExp; back: number }[] = [
	{ opener: PREPOSITION_FIRST, ahead: 8, verb: VERB_LAST, back: 24 },
	{ opener: MANNER_FIRST, ahead: 20, verb: MANNER_VERB, back: 30 }
];

/** The title's start moved back to the verb a cue swallowed, if it swallowed one. */
function withSwallowedVerb(folded: string, passageStart: number, s: number): number {
	if (s <= passageStart) return s;
	const left = SWALLOWED.find((w) => w.opener.test(folded.slice(s, s + w.ahead)));
	const verb = left?.verb.exec(folded.slice(Math.max(passageStart, s - left.back), s));
	return verb ? s - verb[0].length : s;
}

/** A comma inside a short list ("văn hóa, du lịch, khoa học"): the next item is a few words, and the title has room. */
function listGoesOn(folded: string, comma: number, end: number, start: number): boolean {
	if (folded.charAt(comma) !== ',') return false;
	if (
		MANNER_BEFORE.test(folded.slice(start, comma)) &&
		MANNER_AFTER.test(folded.slice(comma + 1, end))
	)
		return true;
	const next = folded
		.slice(comma + 1, end)
		.split(/[,;]/)[0]!
		.trim();
	return (
		next.length > 0 &&
		next.split(/\s+/).length <= 3 &&
		comma + 1 + next.length + 1 - start <= MAX_TITLE
	);
}

export function titleFor(
	raw: string,
	folded: string,
	d: Detected,
	toRaw: (i: number) => number,
	language: 'vi' | 'en'
): { title: string; title_en: string } {
	const cut = (s: number, e: number): string => raw.slice(toRaw(s), toRaw(e));
	const passage = folded.slice(d.start, d.end);
	const e = d.entities[0];
	if (e && !d.amount) {
		const action = folded.slice(d.start, e.start);
		if (e.name_vi && e.name_en)
			return {
				title: language === 'en' ? e.name_en : e.name_vi,
				title_en: entityTitle(e.name_en, e.kind, action)
			};
		const surface = capitalise(shorten(cut(e.start, e.end)));
		const en = language === 'en' ? surface : e.name_en;
		return {
			title: surface,
			title_en: en ? entityTitle(en, e.kind, action) : topicTitle(passage, d.sector)
		};
	}
	if (d.amount) {
		let s = segmentAround(folded, d.start, d.amount.start);
		// Too long to keep the figure: start where the target itself is named ("… để sớm đạt mục tiêu 5 tỉ USD").
		if (cut(s, d.amount.end).trim().length > MAX_TITLE) {
			const lead = [...folded.slice(s, d.amount.start).matchAll(TARGET_LEAD)].at(-1);
			if (lead) s += lead.index + lead[0].length - lead[1]!.length;
		}
		const title = capitalise(shorten(cut(s, d.amount.end).trim()));
		const year = d.targetYear ? ` by ${d.targetYear}` : '';
		return {
			title,
			title_en: `${SECTOR_EN[d.sector] ?? 'Cooperation'} target: ${formatAmount(d.amount.value, d.amount.max, d.amount.unit)}${year}`
		};
	}
	const actionTitle = (start: number): string => {
		let end = start;
		while (
			end < d.end &&
			(!isClauseMark(folded.charAt(end)) ||
				end - start < MIN_TITLE ||
				listGoesOn(folded, end, d.end, start))
		) {
			// A purpose link opens with a space: only there is it worth cutting out the text to test.
			if (
				end - start >= MIN_TITLE &&
				SPACE.test(folded.charAt(end)) &&
				PURPOSE_LINK.test(folded.slice(end, end + 14)) &&
				!NOT_PURPOSE.test(cut(end, end + 6))
			)
				break;
			end++;
		}
		return capitalise(
			shorten(cut(start, end)).replace(/^(?:to|with|on|that|for|về|rằng|là)\s+/i, '')
		);
	};
	let title = actionTitle(pledgeStart(folded, d.start, d.actionStart, d.end));
	if (language === 'vi' && isJunkTitle(title))
		title =
			[subjectStart(folded, d.start, d.end), undertakingStart(folded, d.start, d.end)]
				.filter((p): p is number => p !== null)
				.map(actionTitle)
				.find((t) => !isJunkTitle(t)) ?? title;
	return { title, title_en: language === 'en' ? title : topicTitle(passage, d.sector) };
}

/** A person and his office: "Ông Lê Văn A, Thứ trưởng …", "Bà X - Ủy viên …". */
const PERSON_WITH_OFFICE =
	/^(?:Ông|Bà|Đồng chí|Ngài|Đại tướng|Thượng tướng|Trung tướng|Thiếu tướng)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}\s*[,–-]/u;
/** A place: "Tỉnh Bolykhamsay, Trung Lào", "Thủ đô Viêng Chăn". */
const PLACE_TITLE =
	/^(?:Tỉnh|Thủ đô|Thành phố|TP\.?|Huyện|Thị xã|Xã|Bản|Cửa khẩu)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s*(?:[,(]|$)/u;
/** A date, or a word and a date: "Từ tháng 3/2018 và …", "Vào tháng 9/2015 …", "Công trình vào ngày 18/7". */
const TIME_TITLE =
	/^(?:(?:Công trình|Dự án|Lễ khởi công|Hội nghị)\s+)?(?:(?:vào|từ|trong|cuối|đầu|giữa)\s+)?(?:tháng|năm|ngày|quý)\s+[\dIVX]/iu;
/**
 * What completes a verb left behind the cue ("Khả thi và …", "Đặt ra là …", "Diễn ra trong …", "Tức hơn …"), or
 * a time clause that sets the scene ("Sau khi xác định …").
 */
const COMPLEMENT_TITLE =
	/^(?:Khả thi|Đặt ra|Diễn ra|Tức là|Tức|Được|Là|Thời gian, địa điểm|Sau khi|Trước khi|Khi|Nếu|(?:Theo kế hoạch|Theo dự kiến|Tiếp sau đó|Sau đó|Trước đó),)(?![\p{L}])/u;

/**
 * A title that is not an action phrase: a person with his office, a place, a date or a complement left
 * over when the cue took the verb. Vietnamese titles only (English titles come from the English text).
 */
export function isJunkTitle(title: string): boolean {
	return (
		PERSON_WITH_OFFICE.test(title) ||
		PLACE_TITLE.test(title) ||
		TIME_TITLE.test(title) ||
		COMPLEMENT_TITLE.test(title)
	);
}

/** The undertaking's own verb: after "sẽ", "cam kết", "hứa", "dự kiến" (folded text). */
const UNDERTAKING_WORD =
	/\b(?:se|cam ket|hua|du kien|nhat tri|thong nhat)\s+(?:(?:tiep tuc|som|duoc)\s+)?/;

function undertakingStart(folded: string, from: number, end: number): number | null {
	const m = UNDERTAKING_WORD.exec(folded.slice(from, end));
	return m && end - (from + m.index + m[0].length) >= MIN_TITLE / 2
		? from + m.index + m[0].length
		: null;
}

/** Leading adverbials ("Theo kế hoạch, ", "Tiếp sau đó, ", "ngày 17/5, "): the clause's subject comes after. */
const ADVERBIAL =
	/^(?:(?:Theo|Tiep sau do|Sau do|Truoc do|Hien|Hien nay|Ngay|ngay|Dong thoi|Ngoai ra|Ben canh do)\b[^,;]{0,40},\s*)+/;

/** The passage from its subject on: "Dự án được khởi công …", "Công trình này sẽ hoàn thành …". */
function subjectStart(folded: string, from: number, end: number): number | null {
	const m = ADVERBIAL.exec(folded.slice(from, end));
	return from + (m ? m[0].length : 0);
}
