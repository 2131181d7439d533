/**
 * One project named several ways in one article. A story about a building or a centre names it
 * once or twice ("dự án đầu tư xây dựng Trung tâm đào tạo … của Lào", "nhà Quốc hội mới của Lào")
 * and then says "dự án", "công trình", "the project": the pledges in those sentences ("Dự án được
 * khởi công …", "… sẽ khai thác hiệu quả dự án", "công trình sẽ đi vào vận hành") are about that
 * project, so they name it too, and the entity rule puts them in one item.
 *
 * Only a commitment that names nothing itself takes a referent, and only when its quote uses the
 * bare head noun: singular ("các dự án", "những công trình" are other projects) and not followed by
 * a name of its own ("dự án đường cao tốc …", "dự án xây dựng kho …"). The referent is the last
 * project the article names before the quote (a route, a plant, a port, a building from the
 * registry or the generic detector, or a facility "Trung tâm …", "Bệnh viện …"), else none.
 */
import type { ExtractedCommitment } from '../extract/index';
import { findEntities, fold, PROJECT_KINDS } from '../extract/index';
import { slugify } from '../extract/fold';
import { entityKind, type NewEntityName } from './entities';

/**
 * A facility named by a capitalised head noun and the description that follows, in lower case
 * ("Trung tâm đào tạo cán bộ quản lý khoa học và công nghệ của Lào"): the description runs to a
 * word that ends a noun phrase (của, tại, cho, được, …) or to punctuation.
 */
const FACILITY =
	/(?<![A-Za-z])(Trung tam|Benh vien|Hoc vien|Bao tang|Nha van hoa|Ky tuc xa) ((?:[a-z0-9]+ ?){2,14})/g;
/** Words that end a facility's description, with their diacritics (folding would confuse "trồng" and "trong"). */
const ENDS_NAME = new Set(
	(
		'của tại ở do được từ với cho là sẽ đã đang này vào theo nhằm mà khi thì nên giữa trong ' +
		'ngày tháng năm sau trước hiện hơn gồm có'
	).split(' ')
);

/** The facility's name as written: the head and its description up to a word that ends it ("và" may join two fields). */
function facilityName(raw: string): string | null {
	const ws = raw.replace(/_/g, ' ').split(' ');
	const out: string[] = ws.slice(0, 2);
	for (const w of ws.slice(2)) {
		if (ENDS_NAME.has(w.toLowerCase()) || !/^[\p{Ll}0-9]+$/u.test(w)) break;
		out.push(w);
	}
	while (out.length > 2 && out[out.length - 1]!.toLowerCase() === 'và') out.pop();
	return out.length >= 4 ? out.join(' ') : null;
}

/** Projects an article names, in order: registry and generic entities of built things, and facilities. */
export function namedProjects(
	raw: string
): { start: number; slug: string; facility: boolean; name: NewEntityName }[] {
	const f = fold(raw);
	const out: { start: number; slug: string; facility: boolean; name: NewEntityName }[] = [];
	for (const e of findEntities(f.text)) {
		// A bare "dự án" / "công trình" stands for a thing built; a corridor is a route for many projects.
		if (!PROJECT_KINDS.has(e.kind) || e.kind === 'corridor') continue;
		const start = f.toRaw(e.start);
		out.push({
			start,
			slug: e.slug,
			facility: false,
			name: {
				slug: e.slug,
				kind: entityKind(e.kind),
				nameVi: e.name_vi ?? raw.slice(start, f.toRaw(e.end)).replace(/_/g, ' '),
				nameEn: e.name_en
			}
		});
	}
	for (const m of f.text.matchAll(FACILITY)) {
		const start = f.toRaw(m.index);
		const written = raw.slice(start, f.toRaw(m.index + m[0].length));
		const name = facilityName(written);
		if (!name) continue;
		const slug = slugify(name);
		out.push({
			start,
			slug,
			facility: true,
			name: { slug, kind: 'project', nameVi: name, nameEn: null }
		});
	}
	return out.sort((a, b) => a.start - b.start);
}

/**
 * "dự án" / "công trình" / "the project" standing alone: not plural, not followed by its own name
 * or by a further noun (a verb, an auxiliary, a demonstrative or punctuation follows).
 */
const BARE =
	/(?<!\b(?:cac|nhung|moi|nhieu|so|mot so|hai|ba|bon|nam|tung|loat|cung) )\b(?:du an|cong trinh)(?= ?(?:[,.;:!?"')\]]|$|(?:nay|do|noi tren|tren|duoc|da|se|dang|theo|la|dung|di vao|hoan thanh|khi|cung|van|nhu|thi)\b))|\bthe (?:project|works)\b(?! (?:of|on|to|for|in)\b)/i;

export function refersBack(quote: string): boolean {
	return BARE.test(fold(quote.replace(/_/g, ' ')).text.toLowerCase());
}

/**
 * For each commitment that names nothing itself: the project it is about, named in its own quote
 * (a facility the engine does not detect) or, when it says only "dự án" / "công trình", the last one
 * the article named before it.
 */
export function referents(
	raw: string,
	commitments: Pick<ExtractedCommitment, 'start' | 'end' | 'quote' | 'entities'>[]
): Map<number, NewEntityName> {
	const out = new Map<number, NewEntityName>();
	if (!commitments.some((c) => c.entities.length === 0)) return out;
	const named = namedProjects(raw);
	if (named.length === 0) return out;
	commitments.forEach((c, i) => {
		if (c.entities.length) return;
		// The engine does not detect facilities: one named in the quote is what it is about.
		const own = named.find((n) => n.facility && n.start >= c.start && n.start < c.end);
		if (own) {
			out.set(i, own.name);
			return;
		}
		if (!refersBack(c.quote)) return;
		const before = named.filter((n) => n.start < c.start);
		const last = before[before.length - 1];
		if (last) out.set(i, last.name);
	});
	return out;
}
