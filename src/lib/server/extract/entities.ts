/**
 * Finds named projects and programmes in folded text: first the registry's aliases, then a
 * generic detector for unnamed-but-specific phrases ("cảng Vũng Áng", "nhà máy thủy điện
 * Nam Ngum", "Vientiane–Boten railway", "Kế hoạch … giai đoạn 2021-2025") whose slug is built
 * from the folded name. Route endpoints are sorted so either word order gives one slug.
 * All scans are linear: type words are found first, names are read from there a few tokens at a time.
 */
import { asciiLower } from './cues';
import { foldKey, slugify } from './fold';
import { placeKey } from './places';
import { ENTITY_REGISTRY, type EntityKind, type RegistryEntity } from './registry';
import type { Sector } from './types';

export interface EntityMatch {
	slug: string;
	kind: EntityKind;
	sector: Sector;
	start: number;
	end: number;
	name_vi: string | null;
	name_en: string | null;
}

function aliasPattern(alias: string): string {
	return foldKey(alias)
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\s*-\s*/g, '\\s*-\\s*')
		.replace(/(\d) (?=[a-z])/g, '$1\\s*')
		.replace(/ /g, '\\s+');
}

const BY_ALIAS = new Map<string, RegistryEntity>();
for (const e of ENTITY_REGISTRY)
	for (const a of e.aliases)
		BY_ALIAS.set(
			foldKey(a)
				.replace(/\s*-\s*/g, '-')
				.replace(/\s+/g, ' '),
			e
		);
const firstWord = (k: string): string => k.split(/[\s-]/)[0]!;
/** Aliases grouped by first word; each group is tried only where its first word occurs. */
const groups = new Map<string, string[]>();
for (const key of [...BY_ALIAS.keys()].sort((a, b) => b.length - a.length)) {
	const w = firstWord(key);
	groups.set(w, [...(groups.get(w) ?? []), aliasPattern(key)]);
}
const ALIAS_AT = new Map(
	[...groups].map(([w, pats]) => [w, new RegExp(`(?:${pats.join('|')})(?![a-z0-9])`, 'y')])
);
const ALIAS_GATE = new RegExp(
	`(?<![a-z0-9])(?:${[...groups.keys()]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|')})(?![a-z0-9])`,
	'g'
);

interface GenericType {
	slug: string;
	kind: EntityKind;
	sector: Sector;
	en: string;
	route: boolean;
}

const T = (
	slug: string,
	kind: EntityKind,
	sector: Sector,
	en: string,
	route = false
): GenericType => ({ slug, kind, sector, en, route });
const EXPRESSWAY = T('expressway', 'expressway', 'infrastructure', 'expressway', true);
const RAILWAY = T('railway', 'railway', 'infrastructure', 'railway', true);
const PORT = T('port', 'port', 'infrastructure', 'port');
const DRY_PORT = T('dry-port', 'dry_port', 'infrastructure', 'dry port');
const HYDRO = T('hydropower', 'power_plant', 'energy', 'hydropower plant');
const THERMAL = T('thermal-power', 'power_plant', 'energy', 'thermal power plant');
const WIND = T('wind-power', 'power_plant', 'energy', 'wind power project');
const SOLAR = T('solar-power', 'power_plant', 'energy', 'solar power project');
const POWER = T('power-plant', 'power_plant', 'energy', 'power plant');
const LINE = T('transmission-line', 'transmission_line', 'energy', 'transmission line', true);
const GATE = T('border-gate', 'border_gate', 'trade', 'border gate', true);
const ZONE = T('economic-zone', 'economic_zone', 'investment', 'economic zone');
const PARK = T('industrial-park', 'industrial_park', 'investment', 'industrial park');
const AIRPORT = T('airport', 'airport', 'infrastructure', 'airport');
const BRIDGE = T('bridge', 'bridge', 'infrastructure', 'bridge');
const MINE = T('coal-mine', 'mine', 'energy', 'coal mine');

/** Vietnamese: the type word comes first and the name follows. */
const VI_TYPES: [string, GenericType][] = [
	['duong cao toc', EXPRESSWAY],
	['cao toc', EXPRESSWAY],
	['duong sat', RAILWAY],
	['cang can', DRY_PORT],
	['cang bien', PORT],
	['cang', PORT],
	['nha may thuy dien', HYDRO],
	['thuy dien', HYDRO],
	['nha may nhiet dien', THERMAL],
	['nhiet dien', THERMAL],
	['nha may dien gio', WIND],
	['dien gio', WIND],
	['dien mat troi', SOLAR],
	['nha may dien', POWER],
	['duong day(?: truyen tai)?(?: dien)?(?: \\d+\\s*kV)?', LINE],
	['cua khau(?: quoc te| chinh| phu)?', GATE],
	['khu kinh te(?: cua khau)?', ZONE],
	['khu cong nghiep', PARK],
	['san bay(?: quoc te)?', AIRPORT],
	['cau', BRIDGE],
	['mo than', MINE]
];
/** "cầu" is also "yêu cầu", "nhu cầu", "toàn cầu": only a bridge when no such word comes before. */
const VI_SOURCE = (k: string): string =>
	k === 'cau' ? '(?<!(?:yeu|nhu|toan|khau|nguyen|dau|ca|de) )cau' : k;
const VI_TYPE_RE = new RegExp(
	`(?<![A-Za-z])(${VI_TYPES.map(([k]) => VI_SOURCE(k)).join('|')}) (?=[A-Z0-9])`,
	'g'
);

/** English: the name comes first, then the type word. */
const EN_TYPES: [string, GenericType][] = [
	['expressway', EXPRESSWAY],
	['highway', EXPRESSWAY],
	['railway', RAILWAY],
	['railroad', RAILWAY],
	['rail line', RAILWAY],
	['dry port', DRY_PORT],
	['seaport', PORT],
	['port', PORT],
	['hydropower (?:plants?|projects?|dams?)', HYDRO],
	['hydroelectric (?:plants?|projects?|dams?)', HYDRO],
	['thermal power plants?', THERMAL],
	['wind (?:farms?|power projects?|power plants?)', WIND],
	['solar (?:farms?|power projects?|power plants?)', SOLAR],
	['power (?:plants?|projects?|stations?)', POWER],
	['(?:\\d+\\s*kV )?(?:transmission|power) line', LINE],
	['border (?:gates?|checkpoints?|crossings?)', GATE],
	['(?:international )?checkpoints?', GATE],
	['economic zone', ZONE],
	['industrial (?:park|zone)', PARK],
	['airport', AIRPORT],
	['bridge', BRIDGE],
	['coal mine', MINE]
];
const EN_TYPE_RE = new RegExp(
	`(?<=[A-Za-z0-9] )(${EN_TYPES.map(([k]) => k).join('|')})(?![a-z])`,
	'gi'
);

const NAME_TOKEN = /^(?:[A-Z][A-Za-z']*|\d+[A-Za-z]*)$/;
const STOP = new Set([
	'The',
	'A',
	'An',
	'New',
	'This',
	'That',
	'Its',
	'Their',
	'Both',
	'Two',
	'Viet',
	'Lao',
	'Vietnamese',
	'Laotian'
]);
const MAX_NAME_TOKENS = 6;
const PLACE_HEADS = new Set(['Lao']);
const PLACE_TAILS = new Set(['Bao', 'Cai']);
/** Programme names are read whole: "Lao-Vietnam Human Resource Development Programme". */
const PROGRAMME_STOP = new Set([
	'The',
	'A',
	'An',
	'This',
	'That',
	'Its',
	'Their',
	'Both',
	'Two',
	'New',
	'Under',
	'Of',
	'For',
	'With',
	'In'
]);

const compiled = (table: [string, GenericType][]): [RegExp, GenericType][] =>
	table.map(([k, t]) => [new RegExp(`^${k}$`, 'i'), t]);
const VI_TYPE_TESTS = compiled(VI_TYPES);
const EN_TYPE_TESTS = compiled(EN_TYPES);

function typeOf(table: [RegExp, GenericType][], word: string): GenericType | null {
	for (const [re, t] of table) if (re.test(word)) return t;
	return null;
}

/** Reads name tokens forward from `from`; tokens are joined by spaces or dashes. */
function nameAfter(text: string, from: number): { end: number; name: string } | null {
	const re = /([A-Za-z0-9']+)(\s*-\s*|\s)?/y;
	re.lastIndex = from;
	let end = from;
	let n = 0;
	let m: RegExpExecArray | null;
	while (n < MAX_NAME_TOKENS && (m = re.exec(text)) !== null && NAME_TOKEN.test(m[1]!)) {
		end = m.index + m[1]!.length;
		n++;
		if (!m[2]) break;
	}
	const name = text.slice(from, end);
	return n && /[A-Z]/.test(name.replace(/\d+\s*kV/gi, '')) ? { end, name } : null;
}

/** Reads name tokens backward from `to` (exclusive). */
function nameBefore(
	text: string,
	to: number,
	stop: ReadonlySet<string> = STOP,
	max = MAX_NAME_TOKENS
): { start: number; name: string } | null {
	let start = to;
	let i = to;
	for (let n = 0; n < max; n++) {
		let j = i;
		while (j > 0 && /[\s-]/.test(text.charAt(j - 1))) j--;
		let k = j;
		while (k > 0 && /[A-Za-z0-9']/.test(text.charAt(k - 1))) k--;
		const token = text.slice(k, j);
		if (!NAME_TOKEN.test(token)) break;
		// "Lao Bao", "Lao Cai": place names that begin with a word we otherwise drop as an adjective.
		if (
			stop.has(token) &&
			!(
				PLACE_HEADS.has(token) &&
				PLACE_TAILS.has(/^[A-Za-z]+/.exec(text.slice(i, i + 12))?.[0] ?? '')
			)
		)
			break;
		start = k;
		i = k;
	}
	const name = text.slice(start, to).trim();
	return start < to && /[A-Z]/.test(name.replace(/\d+\s*kV/gi, '')) ? { start, name } : null;
}

/** A place's slug: one per place whatever its spelling ("Viêng Chăn", "Vientiane"), else the name's own. */
function placeSlug(name: string): string {
	return placeKey(name);
}

/** The stops of a route name, parentheses dropped: "Viêng Chăn - Pắc San - Thanh Thuỷ (Nghệ An) - Hà Nội". */
function routeStops(name: string): string[] {
	return name
		.replace(/\s*\([^()]*\)/g, '')
		.split(/\s*-\s*/)
		.map((x) => x.trim())
		.filter(Boolean);
}

/** Registry routes with their two ends (place slugs), for a route named another way. */
const ROUTES: { e: RegistryEntity; a: Set<string>; b: Set<string> }[] = ENTITY_REGISTRY.filter(
	(e) => e.ends
).map((e) => ({
	e,
	a: new Set(e.ends![0].map(placeSlug)),
	b: new Set(e.ends![1].map(placeSlug))
}));

/** The registry route of this kind whose ends these are, in either order. */
function registryRoute(kind: EntityKind, x: string, y: string): RegistryEntity | undefined {
	return ROUTES.find(
		(r) => r.e.kind === kind && ((r.a.has(x) && r.b.has(y)) || (r.a.has(y) && r.b.has(x)))
	)?.e;
}

/** A route's two ends, as place slugs, when its name lists two stops or more. */
function routeEnds(name: string): [string, string] | null {
	const stops = routeStops(name);
	return stops.length >= 2 ? [placeSlug(stops[0]!), placeSlug(stops[stops.length - 1]!)] : null;
}

function genericSlug(type: GenericType, name: string): string {
	// A route is named by its two ends, whatever stops are listed between them.
	const ends = type.route ? routeEnds(name) : null;
	if (ends) return `${ends.sort().join('-')}-${type.slug}`;
	return `${placeSlug(name)}-${type.slug}`;
}

function generic(type: GenericType, start: number, end: number, name: string): EntityMatch {
	const ends = type.route ? routeEnds(name) : null;
	const reg = ends ? registryRoute(type.kind, ends[0], ends[1]) : undefined;
	if (reg)
		return {
			slug: reg.slug,
			kind: reg.kind,
			sector: reg.sector,
			start,
			end,
			name_vi: reg.name_vi,
			name_en: reg.name_en
		};
	return {
		slug: genericSlug(type, name),
		kind: type.kind,
		sector: type.sector,
		start,
		end,
		name_vi: null,
		name_en: `${name} ${type.en}`
	};
}

/** A stop of a route: up to four name tokens, and the province in parentheses after it. */
const ROUTE_STOP =
	/(?:[A-Z][A-Za-z']*|\d+[A-Za-z]*)(?: (?:[A-Z][A-Za-z']*|\d+[A-Za-z]*)){0,3}(?:\s*\([^()\n]{1,30}\))?/y;
const ROUTE_DASH = /\s*-\s*/y;
/** Most stops read in one route name. */
const MAX_STOPS = 8;

/**
 * A route named by three stops or more ("đường cao tốc Viêng Chăn – Pắc San – Thanh Thuỷ (Nghệ An)
 * – Hà Nội"): read to its last stop, so that its ends are known. Shorter names are read as before.
 */
function routeAfter(text: string, from: number): { end: number; name: string } | null {
	let at = from;
	let end = from;
	let stops = 0;
	while (stops < MAX_STOPS) {
		ROUTE_STOP.lastIndex = at;
		const m = ROUTE_STOP.exec(text);
		if (!m) break;
		end = m.index + m[0].length;
		stops++;
		ROUTE_DASH.lastIndex = end;
		const d = ROUTE_DASH.exec(text);
		if (!d) break;
		at = d.index + d[0].length;
	}
	return stops >= 3 ? { end, name: text.slice(from, end) } : null;
}

const PROGRAMME_RE =
	/\b(De an|Nghi dinh thu|Ke hoach|Chien luoc|Chuong trinh|Hiep dinh|Thoa thuan|Ban ghi nho|Quy hoach)\b([^;.\n]{3,160}?)\s*giai doan ((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)/g;
/** English: "<Capitalised Name> Programme for 2026-2030", "… Plan (2021-2025)". */
const EN_PROGRAMME_RE =
	/\b(Programme|Program|Plan|Strategy|Scheme|Project|Protocol|Agreement|Roadmap|Master Plan)\s+(?:for\s+|in\s+|of\s+|from\s+)?(?:the\s+)?(?:period\s+)?\(?((?:19|20)\d\d)\s*(?:-|to)\s*((?:19|20)\d\d)\)?/g;
const SESSION_RE =
	/\b(?:Ky hop (?:lan thu |thu )?(\d+)\s+(?:cua\s+)?Uy ban [Ll]ien [Cc]hinh phu|(\d+)(?:st|nd|rd|th)\s+(?:meeting|session)\s+of\s+the\s+(?:[A-Za-z-]+\s+){0,3}?Intergovernmental Committee)/g;

/** Every entity mentioned in `text` (folded), longest registry aliases first, without overlaps. */
export function findEntities(text: string, lowered?: string): EntityMatch[] {
	const found: EntityMatch[] = [];
	const taken = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);
	const add = (m: EntityMatch): void => {
		if (!taken(m.start, m.end)) found.push(m);
	};
	let m: RegExpExecArray | null;
	SESSION_RE.lastIndex = 0;
	while ((m = SESSION_RE.exec(text)) !== null) {
		const n = m[1] ?? m[2];
		add({
			slug: `vn-la-intergovernmental-committee-session-${n}`,
			kind: 'mechanism',
			sector: 'politics_diplomacy',
			start: m.index,
			end: m.index + m[0].length,
			name_vi: null,
			name_en: `Session ${n} of the Vietnam–Laos Intergovernmental Committee`
		});
	}
	ALIAS_GATE.lastIndex = 0;
	const lower = lowered ?? asciiLower(text);
	let g: RegExpExecArray | null;
	while ((g = ALIAS_GATE.exec(lower)) !== null) {
		const at = ALIAS_AT.get(g[0])!;
		at.lastIndex = g.index;
		m = at.exec(lower);
		if (!m) continue;
		const e = BY_ALIAS.get(m[0].replace(/\s*-\s*/g, '-').replace(/\s+/g, ' '));
		if (e)
			add({
				slug: e.slug,
				kind: e.kind,
				sector: e.sector,
				start: m.index,
				end: m.index + m[0].length,
				name_vi: e.name_vi,
				name_en: e.name_en
			});
		ALIAS_GATE.lastIndex = m.index + m[0].length;
	}
	PROGRAMME_RE.lastIndex = 0;
	while ((m = PROGRAMME_RE.exec(text)) !== null) {
		const name = `${m[1]}${m[2]}`.trim();
		add({
			slug: `${slugify(name)}-${m[3]}-${m[4]}`,
			kind: 'programme',
			sector: 'other',
			start: m.index,
			end: m.index + m[0].length,
			name_vi: null,
			name_en: null
		});
	}
	EN_PROGRAMME_RE.lastIndex = 0;
	while ((m = EN_PROGRAMME_RE.exec(text)) !== null) {
		const name = nameBefore(text, m.index, PROGRAMME_STOP, 9);
		if (!name || !/\s|-/.test(name.name)) continue;
		add({
			slug: `${slugify(`${name.name} ${m[1]}`)}-${m[2]}-${m[3]}`,
			kind: 'programme',
			sector: 'other',
			start: name.start,
			end: m.index + m[0].length,
			name_vi: null,
			name_en: `${name.name} ${m[1]} ${m[2]}–${m[3]}`
		});
	}
	VI_TYPE_RE.lastIndex = 0;
	while ((m = VI_TYPE_RE.exec(text)) !== null) {
		const type = typeOf(VI_TYPE_TESTS, m[1]!);
		const from = m.index + m[0].length;
		const name = type && ((type.route && routeAfter(text, from)) || nameAfter(text, from));
		if (type && name) add(generic(type, m.index, name.end, name.name));
	}
	EN_TYPE_RE.lastIndex = 0;
	while ((m = EN_TYPE_RE.exec(text)) !== null) {
		const type = typeOf(EN_TYPE_TESTS, m[1]!);
		const name = type && nameBefore(text, m.index);
		if (type && name) add(generic(type, name.start, m.index + m[1]!.length, name.name));
	}
	return found.sort((a, b) => a.start - b.start);
}

export { ENTITY_REGISTRY };
