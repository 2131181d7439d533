/**
 * Semantic keys: what a pledge does to what, with synonyms folded, so that a restatement in
 * other words still meets the item it restates. "trao đổi thông tin", "chia sẻ thông tin" and
 * "exchange information" all give `exchange:information`.
 *
 * A key is an action class followed, within the same clause and a few words, by an object class.
 * Only pairs listed in PAIRS make a key: an action alone ("đẩy mạnh", "promote") or a broad object
 * alone ("hợp tác") says too little to call two sentences the same pledge. The list is kept
 * short on purpose; a wrong key merges two pledges, a missing one only leaves a duplicate for an
 * editor to merge.
 */
import { fold, foldText } from '../extract/fold';

type Phrase = string[];

const p = (...xs: string[]): Phrase[] => xs.map((x) => x.split(' '));

/** Action classes: folded word sequences (Vietnamese syllables, English words). */
const ACTIONS: Record<string, Phrase[]> = {
	exchange: p(
		'trao doi',
		'chia se',
		'exchange',
		'exchanges',
		'exchanging',
		'share',
		'shares',
		'sharing'
	),
	implement: p(
		'trien khai',
		'thuc hien',
		'thuc thi',
		'cu the hoa',
		'hien thuc hoa',
		'implement',
		'implementing',
		'implementation',
		'carry out',
		'carrying out',
		'realise',
		'realize',
		'materialise',
		'materialize',
		'put into practice'
	),
	connect: p(
		'ket noi',
		'bo tro',
		'gan ket',
		'lien ket',
		'connect',
		'connecting',
		'connectivity',
		'complement',
		'complementarity',
		'link',
		'linking',
		'integrate',
		'integration'
	),
	support: p(
		'ung ho',
		'phoi hop',
		'support',
		'supporting',
		'coordinate',
		'coordinating',
		'coordination'
	),
	resolve: p(
		'thao go',
		'giai quyet',
		'xu ly',
		'remove',
		'removing',
		'resolve',
		'resolving',
		'address',
		'addressing',
		'tackle'
	),
	promote: p(
		'thuc day',
		'day manh',
		'promote',
		'promoting',
		'boost',
		'boosting',
		'step up',
		'stepping up'
	)
};

/**
 * What was agreed, named by its outcome: the session's decisions, the commitments, the documents
 * signed. Objects of "implement" like the agreements themselves, but their common syllables (văn,
 * ký, họp, cam) stay content words for the overlap between quotes.
 */
const AGREED_OUTCOMES: Phrase[] = p(
	'ket qua ky hop',
	'quyet dinh tai ky hop',
	'cac quyet dinh tai',
	'cac cam ket',
	'cam ket da dat duoc',
	'van kien quan trong duoc ky ket',
	'van kien duoc ky ket',
	'van kien da ky ket',
	'van kien hop tac da ky',
	'decisions of the session',
	'commitments made',
	'documents signed'
);

/** Object classes. */
const OBJECTS: Record<string, Phrase[]> = {
	information: p('thong tin', 'information'),
	agreements: p(
		'thoa thuan cap cao',
		'thoa thuan da dat duoc',
		'thoa thuan dat duoc',
		'tuyen bo chung',
		'nhan thuc chung',
		'ket qua hoi dam',
		'ket qua cuoc gap',
		'ket qua chuyen tham',
		'high level agreements',
		'agreements reached',
		'joint statement',
		'joint statements',
		'common perceptions'
	),
	economies: p(
		'hai nen kinh te',
		'nen kinh te hai nuoc',
		'two economies',
		'both economies',
		'economies of the two countries'
	),
	// What the two Parties' Politburos agreed or directed: the Party line, apart from the
	// governments' agreements ("thực hiện tốt chỉ đạo của hai Bộ Chính trị").
	politburo: p('bo chinh tri', 'politburo', 'politburos'),
	forums: p('dien dan', 'forum', 'forums'),
	obstacles: p('kho khan', 'vuong mac', 'obstacles', 'bottlenecks', 'difficulties'),
	// Trade and investment named together as one field of cooperation (dashes and commas fold to spaces).
	trade_investment: p(
		'hop tac kinh te thuong mai dau tu',
		'hop tac kinh te thuong mai va dau tu',
		'hop tac thuong mai dau tu',
		'hop tac thuong mai va dau tu',
		'trade and investment cooperation',
		'economic trade and investment cooperation',
		'cooperation in trade and investment',
		'trade investment cooperation'
	)
};

/** The pairs that make a key, and how many words may stand between the action and its object. */
const PAIRS: { action: string; object: string; gap: number }[] = [
	{ action: 'exchange', object: 'information', gap: 2 },
	// Before the agreements: a quote carrying out "the joint statements and the agreements of the two
	// Politburos" mainly says the Party line (its head key); the same position sorts in this order.
	{ action: 'implement', object: 'politburo', gap: 12 },
	{ action: 'implement', object: 'agreements', gap: 12 },
	{ action: 'connect', object: 'economies', gap: 5 },
	{ action: 'support', object: 'forums', gap: 15 },
	{ action: 'resolve', object: 'obstacles', gap: 4 },
	{ action: 'promote', object: 'trade_investment', gap: 1 }
];

/**
 * Pairs that name one pledge in two wordings: connecting and complementing the two economies is how
 * joint statements spell out the economic pillar, "đẩy mạnh hợp tác kinh tế-thương mại-đầu tư, …, tăng
 * cường kết nối hai nền kinh tế", so both give one key, `promote:economy`.
 */
const ONE_PLEDGE: Record<string, string> = {
	'connect:economies': 'promote:economy',
	'promote:trade_investment': 'promote:economy'
};

/** English noun compounds put the object first ("information sharing"). */
const COMPOUNDS: { key: string; phrase: Phrase }[] = [
	...p('information exchange', 'information sharing', 'intelligence sharing').map((phrase) => ({
		key: 'exchange:information',
		phrase
	})),
	...p('economic connectivity').map((phrase) => ({ key: 'connect:economies', phrase }))
];

/**
 * The passive of the joint-statement register: "(the mechanisms) that the high-level leaders of
 * the two countries agreed to implement" carries out a high-level agreement just as "implement the
 * high-level agreements" does. The leaders, then their agreeing, then the action, each within a
 * few words of the one before.
 */
const AGREED_BY_LEADERS: {
	key: string;
	leaders: Phrase[];
	agreed: Phrase[];
	action: string;
	gap: number;
}[] = [
	{
		key: 'implement:agreements',
		leaders: p(
			'lanh dao cap cao',
			'cap cao hai nuoc',
			'cap cao hai dang',
			'high level leaders',
			'top leaders'
		),
		agreed: p('thong nhat', 'nhat tri', 'thoa thuan', 'agreed', 'agreed to'),
		action: 'implement',
		gap: 4
	}
];

function occurrences(ws: string[], phrases: Phrase[]): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	for (let i = 0; i < ws.length; i++)
		for (const ph of phrases)
			if (ph.every((w, k) => ws[i + k] === w)) out.push({ start: i, end: i + ph.length });
	return out;
}

/**
 * Someone else's action that the speaker makes easier: "(Quốc hội sẽ) tạo điều kiện thuận lợi để
 * Chính phủ hai nước triển khai …" pledges support, not the implementing itself, so the action
 * after it makes no key.
 */
const ENABLING: Phrase[] = p(
	'tao dieu kien thuan loi de',
	'tao dieu kien thuan loi cho',
	'tao dieu kien de',
	'tao dieu kien cho',
	'tao thuan loi de',
	'tao thuan loi cho',
	'facilitate',
	'enable',
	'favourable conditions for',
	'favorable conditions for'
);
/** Words an enabling phrase may stand before the action it enables ("để Chính phủ hai nước triển khai"). */
const ENABLING_GAP = 6;

/**
 * A heading glued to the quote's sentence when the page lost its line breaks: a short run of words
 * with no punctuation, then a capitalised opening that never starts a name ("… Việt-Lào 2017 Về định
 * hướng hợp tác …"). What the quote says is the sentence, not the heading.
 */
const GLUED_HEADING =
	/^[^.;:!?\n]{8,140}?[a-z0-9)] {1,3}(?=(?:Ve|Ben canh do|Ngoai ra|Dong thoi|Theo do|Trong do|Tiep theo) [a-z])/;
const HEADING_WORDS = 15;

export function withoutGluedHeading(text: string): string {
	const f = fold(text);
	const m = GLUED_HEADING.exec(f.text);
	if (!m || m[0].trim().split(/\s+/).length > HEADING_WORDS) return text;
	return text.slice(f.toRaw(m[0].length));
}

/** A clause ends at ; . ! ? or a line break (not at a decimal point or a thousands dot). */
function clauses(text: string): string[][] {
	return foldText(text.replace(/_/g, ' '))
		.split(/[;!?\n]|\.(?!\d)/)
		.map((c) =>
			c
				.replace(/[^a-z0-9]+/g, ' ')
				.split(' ')
				.filter(Boolean)
		)
		.filter((c) => c.length > 0);
}

/**
 * The keys a text states, in the order they first appear. The first one is the text's head key:
 * what it mainly says (a long quote often adds further pledges after it).
 */
export function semanticKeys(text: string): string[] {
	const found: { key: string; at: number }[] = [];
	let base = 0;
	for (const ws of clauses(withoutGluedHeading(text))) {
		const enabling = occurrences(ws, ENABLING);
		for (const pair of PAIRS) {
			const objs = occurrences(
				ws,
				pair.object === 'agreements'
					? [...OBJECTS.agreements!, ...AGREED_OUTCOMES]
					: OBJECTS[pair.object]!
			);
			for (const a of occurrences(ws, ACTIONS[pair.action]!)) {
				if (enabling.some((e) => a.start >= e.end && a.start - e.end <= ENABLING_GAP)) continue;
				if (objs.some((o) => o.start >= a.end && o.start - a.end <= pair.gap))
					found.push({ key: `${pair.action}:${pair.object}`, at: base + a.start });
			}
		}
		for (const c of COMPOUNDS)
			for (const o of occurrences(ws, [c.phrase])) found.push({ key: c.key, at: base + o.start });
		// Celebrating a numbered anniversary ("kỷ niệm 55 năm Ngày thiết lập quan hệ ngoại giao", "the 55th
		// anniversary"): the number names the occasion, so it is part of the key.
		const text = ws.join(' ');
		for (const m of text.matchAll(
			/\b(?:ky niem|le ky niem)(?: lan thu)? (\d{1,3}) nam\b|\b(?:va|and) (\d{1,3}) nam (?=ngay)|\b(\d{1,3})(?:st|nd|rd|th) anniversary\b/g
		))
			found.push({
				key: `celebrate:anniversary-${m[1] ?? m[2] ?? m[3]}`,
				at: base + text.slice(0, m.index).split(' ').length - 1
			});
		// A declared year of the two countries' friendship ("Năm Đoàn kết hữu nghị Việt Nam–Lào 2017",
		// "the Vietnam–Laos Solidarity and Friendship Year") is an occasion like an anniversary: its
		// year, when stated, names which one.
		for (const m of text.matchAll(
			/\bnam doan ket huu nghi(?: (?:viet nam|lao))*(?: (\d{4}))?|\b(?:solidarity and friendship|friendship and solidarity) year(?: (\d{4}))?|\byear of (?:solidarity and friendship|friendship and solidarity)(?: (\d{4}))?/g
		)) {
			const at = base + text.slice(0, m.index).split(' ').length - 1;
			found.push({ key: 'celebrate:friendship-year', at });
			const year = m[1] ?? m[2] ?? m[3];
			if (year) found.push({ key: `celebrate:friendship-year-${year}`, at });
		}
		// "The celebrations" ("các hoạt động kỷ niệm", "lễ kỷ niệm") with no number: the occasion the
		// story names elsewhere. Only the generic key, which links within one article (link.ts).
		for (const m of text.matchAll(
			/\b(?:hoat dong|le) ky niem\b(?! (?:lan thu )?\d)|\b(?:the|commemorative) (?:celebrations|activities)\b/g
		))
			found.push({ key: OCCASION, at: base + text.slice(0, m.index).split(' ').length - 1 });
		for (const a of AGREED_BY_LEADERS) {
			const acts = occurrences(ws, ACTIONS[a.action]!);
			const agreed = occurrences(ws, a.agreed);
			for (const l of occurrences(ws, a.leaders)) {
				const g = agreed.find((x) => x.start >= l.end && x.start - l.end <= a.gap);
				if (g && acts.some((x) => x.start >= g.end && x.start - g.end <= 2))
					found.push({ key: a.key, at: base + l.start });
			}
		}
		base += ws.length;
	}
	found.sort((a, b) => a.at - b.at);
	const out: string[] = [];
	for (const f of found) {
		const key = ONE_PLEDGE[f.key] ?? f.key;
		if (!out.includes(key)) out.push(key);
	}
	// Every named occasion is also an occasion, after its own keys, so a bare "the celebrations"
	// finds it (the GIN lookup shares keys) while the head stays what the text names.
	if (out.some((k) => k.startsWith('celebrate:') && k !== OCCASION) && !out.includes(OCCASION))
		out.push(OCCASION);
	return out;
}

/** An occasion to celebrate, whichever: never enough alone outside the article that names it. */
export const OCCASION = 'celebrate:occasion';

/** Words too common in this domain to say two pledges are alike. */
const STOP = new Set(
	(
		'va cac cua cho voi trong tren tai ve de nham la co duoc se da dang nay do nhung mot hai ben nuoc viet nam lao ' +
		'nhat tri thong tiep tuc tang cuong day manh thuc hop tac quan he giua lan nhau muc tieu nhu cung ' +
		'the and of to in on for with at by a an as be will was were is are both two sides countries continue further'
	).split(' ')
);

/** The words of the key phrases: a shared key is counted once, as a key, not again as overlap. */
const KEY_WORDS = new Set(
	[...Object.values(ACTIONS), ...Object.values(OBJECTS), ...COMPOUNDS.map((c) => [c.phrase])].flat(
		2
	)
);

/**
 * Folded content words of a text, for the overlap between two quotes beyond their keys: domain
 * stop words and the key phrases' own words are dropped.
 */
export function contentWords(text: string): Set<string> {
	return new Set(
		foldText(text.replace(/_/g, ' '))
			.replace(/[^a-z0-9]+/g, ' ')
			.split(' ')
			.filter((w) => w.length > 1 && !STOP.has(w) && !KEY_WORDS.has(w))
	);
}

/** Words an item's title may open with before its action: "Đẩy mạnh kết nối …", "Tăng cường chia sẻ …". */
export const TITLE_LEAD_WORDS = 2;

/**
 * The action classes a title opens with (within its first few words): "Triển khai hiệu quả các Tuyên
 * bố chung" opens with `implement`; "Thiết lập … các cơ chế mới đã được … thống nhất triển khai" does not.
 */
export function titleActions(title: string): Set<string> {
	const ws = clauses(title)[0] ?? [];
	const out = new Set<string>();
	for (const [action, phrases] of Object.entries(ACTIONS))
		if (occurrences(ws, phrases).some((o) => o.start <= TITLE_LEAD_WORDS)) out.add(action);
	return out;
}
