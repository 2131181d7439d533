/**
 * Sector keywords and "concreteness" — whether a passage names something checkable
 * (a sector of cooperation, a programme, an agreement, a project) rather than only the
 * relationship itself ("quan hệ hữu nghị", "đoàn kết", "ties"). Folded text, see fold.ts.
 */
import { eachMatch, patternSet } from './gate';
import type { Sector } from './types';

interface SectorRule {
	sector: Exclude<Sector, 'other'> | 'other';
	re: RegExp;
	/** Whether a hit makes the passage concrete; politics words alone are too vague. */
	concrete: boolean;
	/** How much one hit counts towards the sector (the object of a building verb counts double). */
	weight: number;
}

const r = (
	sector: SectorRule['sector'],
	source: string,
	concrete = true,
	flags = 'gi',
	weight = 1
): SectorRule => ({
	sector,
	re: new RegExp(source, flags),
	concrete,
	weight
});

export const RULES: readonly SectorRule[] = [
	r(
		'energy',
		'\\b(?:tan than|xuat khau than|mo than|cung cap than|than antraxit|thuy dien|nhiet dien|dien gio|dien mat troi|nang luong|dien nang|luoi dien|truyen tai|mua dien|ban dien|nhap khau dien|xuat khau dien|nguon dien|nha may dien|than da|khai thac than|nhap khau than|xang dau|khi dot|MW|kV|energy|electricity|power|hydropower|coal|grid|wind farm|solar|petroleum|oil|gas)\\b'
	),
	r(
		'trade',
		'\\b(?:thuong mai|kim ngach|buon ban|xuat khau|nhap khau|xuat nhap khau|hang hoa|cua khau|trade|exports?|imports?|two-way|bilateral trade|commerce|goods)\\b'
	),
	r(
		'investment',
		'\\b(?:(?<!chu )dau tu|khu cong nghiep|khu kinh te|doanh nghiep|von|moi truong kinh doanh|investment|investors?|industrial (?:park|zone)|economic zone|enterprises?|businesses)\\b'
	),
	r(
		'investment',
		'\\b(?:hai nen kinh te|hop tac kinh te|kinh te hai nuoc|economic cooperation|economies)\\b'
	),
	r(
		'infrastructure',
		'\\b(?:cao toc|duong sat|duong bo|giao thong|ha tang|san bay|duong bay|hang khong|ket noi|van tai|logistics|expressway|highway|railway|railroad|roads?|bridges?|airport|infrastructure|transport|connectivity|seaport)\\b'
	),
	r('infrastructure', '\\b(?:[Cc]ang (?:bien|can|hang khong|[A-Z])|port\\b)', true, 'g'),
	r(
		'infrastructure',
		'\\b(?:ben cang|ben so|cau cang|cong suat cang|giai phong mat bang|quoc lo|tinh lo|national road|route|feasibility study|nghien cuu kha thi)\\b'
	),
	// What is being built decides the sector: "hoàn thành con đường nối mỏ than …" is about the road.
	r(
		'infrastructure',
		'\\b(?:build|building|complete|completing|construct|constructing|upgrade|upgrading|expand|xay dung|nang cap|mo rong|hoan thanh|lam)\\s+(?:(?:a|an|the|new|moi|tuyen|con)\\s+){0,2}(?:roads?|railway|expressway|bridges?|port|duong|cau|cang|tuyen)\\b(?! bien gioi)',
		true,
		'gi',
		2
	),
	// "an ninh chính trị", "ổn định chính trị" and a bare "biên giới"/"border" (a border gate, border trade) are
	// not defence work: politics words alone never make defense_security.
	// "an ninh - quốc phòng" is one field, counted once, so it does not outweigh the other fields of a list.
	r(
		'defense_security',
		'\\b(?:an ninh\\s*(?:-|,|va)?\\s*quoc phong|quoc phong\\s*(?:-|,|va)?\\s*an ninh|quoc phong|an ninh(?! chinh tri)|quan su|quan doi|canh sat|toi pham|ma tuy|cong an|(?<!cua khau |thuong mai |cho |kinh te |mau dich |tuyen |qua )bien gioi(?! (?:Viet|Lao|hai nuoc))|phan gioi|cam moc|cot moc|moc (?:quoc )?gioi|tang day|ton tao|hai cot|tuan tra|bo doi bien phong|bien phong|defen[cs]e|(?<!political |food |energy )security|military|police|crime|drugs?|demarcation|(?<!cross-)border(?! (?:gates?|trade|markets?|economic|crossings?|checkpoints?|provinces?|areas?))|border (?:markers?|patrol\\w*|guards?|management|security)|armed forces|army)\\b'
	),
	// "xây dựng tuyến / đường biên giới hòa bình, ổn định": a border kept peaceful and stable is security work, not a road.
	r(
		'defense_security',
		'\\b(?:tuyen|duong) bien gioi\\b(?=[^.;]{0,40}\\b(?:hoa binh|on dinh|huu nghi|ben vung)\\b)'
	),
	r(
		'education',
		'\\b(?:giao duc|dao tao|hoc bong|truong (?:hoc|pho thong|dai hoc|cao dang|trung cap|trung hoc|tieu hoc|mam non|dan toc noi tru)|pho thong|language cent(?:re|er)|luu hoc sinh|sinh vien|hoc vien|giao vien|boi duong|nhan luc|nguon nhan luc|day nghe|education|training|scholarships?|students?|universit(?:y|ies)|human resources?|schools?)\\b'
	),
	// "Trường" with a capital inside a sentence names a school ("Bộ trưởng", "tăng trưởng" are lower case).
	r('education', '\\bTruong (?=[A-Z])', true, 'g'),
	// Shared water and natural resources, the environment: a field of its own with no sector of its own
	// ("other"), so an undertaking about it is told apart from the transport one before it.
	r(
		'other',
		'\\b(?:nguon nuoc|tai nguyen (?:thien nhien|nuoc)|moi truong(?! (?:hoa binh|dau tu|kinh doanh|chinh tri|an ninh|phap ly|hoc tap|lam viec|thuan loi|quoc te))|bien doi khi hau|thien tai|water resources|natural resources|environment(?:al)?|climate change|disaster)\\b'
	),
	r(
		'culture_tourism',
		'\\b(?:hoat dong ky niem|ky niem \\d+ nam|Nam [Dd]oan ket|Nam [Hh]uu nghi|anniversary|van hoa|du lich|the thao|nghe thuat|di san|le hoi|bao chi|culture|cultural|tourism|tourists?|sports?|arts|heritage|festival)\\b'
	),
	r(
		'politics_diplomacy',
		'\\b(?:trao doi thong tin|chia se thong tin|tham van|dien dan|tuyen truyen|Uy ban lien Chinh phu|Uy ban Lien Chinh phu|Bo Chinh tri|thoa thuan cap cao|Tuyen bo chung|co che (?:hop tac )?moi|co quan Dang|doan the|ngoai giao|diplomatic|consultations?|multilateral forums?|intergovernmental|joint statement|high-level agreements?|information (?:exchange|sharing)|exchanges? of information|shar(?:e|ing) information)\\b'
	),
	r(
		'politics_diplomacy',
		'\\b(?:Dang|Nha nuoc|Quoc hoi|chinh tri|Dai hoi|nghi quyet|[Pp]arty|[Pp]olitical|[Pp]olitburo|National Assembly)\\b',
		false,
		'g'
	),
	r(
		'digital_telecom',
		'\\b(?:vien thong|chuyen doi so|chinh phu dien tu|chinh phu so|kinh te so|xa hoi so|ha tang so|so hoa|cong nghe thong tin|CNTT|thong tin va truyen thong|buu chinh|cap quang|bang thong rong|internet|ve tinh|Viettel|Unitel|telecom\\w*|digital\\w*|e-government|information technology|ICT|broadband|fibre|fiber|satellite|5G|4G)\\b'
	),
	// Science and technology sits with education and training in both countries' cooperation plans.
	r(
		'education',
		'\\b(?:khoa hoc (?:va )?cong nghe|KH&CN|KHCN|nghien cuu khoa hoc|science(?:,| and) technology|scientific research|scientific and technological|sci-tech)\\b'
	),
	r(
		'other',
		'\\b(?:y te|benh vien|phong kham|tram y te|kham chua benh|tiem chung|vac-?xin|nong nghiep|thuy loi|moi truong|ngan hang|tai chinh|(?:ket noi |dich vu |trien khai )thanh toan|thanh toan (?:ban le|xuyen bien gioi|song phuong|bang ma|qua ma|dien tu|khong dung tien mat)|quet ma|ma (?:QR|VietQR|LaoQR)|health|agricultur\\w*|banking|finance)\\b'
	),
	// English words of fields that real coverage names without "health" or "banking" (issue #12): disease
	// control, hospitals, QR payments and currencies, water and natural resources.
	r(
		'other',
		'\\b(?:medical|medicine|hospitals?|clinics?|diseases?|epidemics?|pandemic|vaccines?|pharmaceuticals?|malaria|dengue|quarantine|payments?|QR|remittances?|currenc(?:y|ies)|environment(?:al)?|(?:water|natural|river) resources)\\b'
	),
	// English: border gates and checkpoints are opened and upgraded (infrastructure, as the docs' place rule
	// says), soldiers' remains are searched for and peacekeepers trained (defence), and schools have teachers.
	r(
		'infrastructure',
		'\\b(?:(?<!national )construction|checkpoints?|border crossings?|border gates?|wharf|wharves|berths?|open(?:ing)? (?:the |a |new |more )?(?:[\\w-]+ ){0,3}?pathways?)\\b'
	),
	r(
		'defense_security',
		'\\b(?:soldiers|troops|peacekeeping|peacekeepers|martyrs|(?:undocumented|illegal|unregistered) (?:migrants?|migration|immigra\\w+)|unregistered marriages|national landmarks?)\\b'
	),
	r('education', '\\b(?:teachers|lecturers|vocational|colleges?)\\b'),
	r('culture_tourism', '\\b(?:UNESCO|World Heritage)\\b'),
	r('investment', '\\b(?:firms|companies|do(?:ing)? business)\\b'),
	r(
		'politics_diplomacy',
		'\\b(?:ASEAN chair\\w*|chair of ASEAN|(?:(?:international|regional|sub-regional|multilateral|global),? (?:and )?)*(?:international|regional|sub-regional|multilateral|global) forums?)\\b'
	)
];

/** Nouns for programmes, agreements and projects: something with a name and an end. */
const PROGRAMME_RE =
	/\b(?:[Dd]e an|[Cc]huong trinh|[Kk]e hoach|[Hh]iep dinh|[Nn]ghi dinh thu|[Tt]hoa thuan|[Tt]uyen bo chung|[Bb]an ghi nho|[Nn]ghi quyet|Chien luoc|chien luoc phat trien|[Dd]u an|[Cc]ong trinh|co che (?:hop tac )?moi|van kien|[Qq]uy hoach|agreements?|programmes?|programs?|plans?|projects?|protocols?|MoUs?|memorand(?:um|a)|roadmap|strateg(?:y|ies)|mechanisms?)\b/g;

/** Words about the relationship itself: on their own they never make a passage checkable. */
const RELATION_RE =
	/\b(?:quan he|doan ket|huu nghi|gan bo|tin cay|gan ket chien luoc|hop tac toan dien|tinh cam|keo son|thuy chung|truyen thong|ties|relations(?:hip)?|friendship|solidarity|comprehensive cooperation|strategic partnership)\b/gi;

const NAMED_AFTER =
	/^ (?:schools?|hospitals?|bridges?|parks?|roads?|houses?|villages?|centres?|centers?)\b/i;

/** Vietnamese puts the name after the thing: "bệnh viện hữu nghị", "trường hữu nghị", "cầu hữu nghị". */
const NAMED_BEFORE = /\b(?:benh vien|truong(?: hoc)?|cau|cong vien|nha|khu|ky tuc xa) $/i;

/**
 * Relationship words, except capitalised ones inside a sentence, which belong to a name: "Trường … Hữu nghị", "Friendship Park" and
 * "Cầu Hữu nghị" are things to build, not talk about the relationship.
 */
function countRelationWords(text: string): number {
	let n = 0;
	RELATION_RE.lastIndex = 0;
	for (let m = RELATION_RE.exec(text); m; m = RELATION_RE.exec(text)) {
		const c = text.charCodeAt(m.index);
		const capital = c >= 65 && c <= 90;
		// Mid-sentence capitals mark a name in Vietnamese and English alike.
		if (capital && m.index > 0 && !/[.!?:]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index)))
			continue;
		// "a friendship school / hospital / bridge", "bệnh viện hữu nghị": the thing to build is named after the relationship.
		if (NAMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
		if (NAMED_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
		n++;
	}
	return n;
}

export interface SectorProfile {
	sector: Sector;
	/** Number of distinct sectors mentioned. */
	breadth: number;
	/** Concrete sector hits (politics words excluded). */
	concreteHits: number;
	programme: boolean;
	/** Relationship words ("quan hệ hữu nghị", "ties"). */
	relation: number;
}

/**
 * One scan instead of one per rule (gate.ts): two dozen passes over every candidate passage were
 * a sixth of the engine's time.
 */
const ANY_RULE = patternSet(RULES.map((rule) => rule.re));

/** How often each rule matches `text`: exactly `text.match(rule.re)?.length ?? 0`. */
function ruleHits(text: string): number[] {
	const hits = new Array<number>(RULES.length).fill(0);
	eachMatch(ANY_RULE, text, (i) => hits[i]!++);
	return hits;
}

export function profileSectors(text: string): SectorProfile {
	const counts = new Map<Sector, number>();
	let concreteHits = 0;
	const hits = ruleHits(text);
	for (let i = 0; i < RULES.length; i++) {
		const rule = RULES[i]!;
		const n = hits[i]!;
		if (n === 0) continue;
		counts.set(rule.sector, (counts.get(rule.sector) ?? 0) + n * rule.weight);
		if (rule.concrete) concreteHits += n;
	}
	PROGRAMME_RE.lastIndex = 0;
	const programme = PROGRAMME_RE.test(text);
	let sector: Sector = counts.size ? 'politics_diplomacy' : 'other';
	let best = 0;
	let second = 0;
	for (const [s, n] of counts) {
		if (n > best) {
			second = best;
			best = n;
			sector = s;
		} else if (n > second) second = n;
	}
	const breadth = counts.size;
	// A passage that spans many fields at once is a general cooperation framework, unless one
	// field clearly leads (the object of a building verb counts double).
	if (breadth >= 4 && best < 2 * second) sector = 'politics_diplomacy';
	const relation = countRelationWords(text);
	return { sector, breadth, concreteHits, programme, relation };
}
