/**
 * Where an article comes from, as far as its own text says: the outlet that published it,
 * the original URL, and — for texts taken from a dataset rather than a site — the dataset
 * reference. Found from, in order of trust:
 * - a `source:` line (what our corpus files end with): a URL, or `owner/repo@commit:path`;
 * - a `Nguồn:` line naming an outlet or giving a URL;
 * - an agency tag opening a paragraph, "(VTC News) -", "(NLĐO)-", or closing the story, "(TTXVN/Vietnam+)";
 * - a "Theo NLĐO" line;
 * - the URL's host, for known outlets;
 * - failing all that, photo credits that all name one agency ("Ảnh: …/TTXVN"), marked as such.
 */
import { splitLines } from './lines';

/** How the outlet was found: the article page says so beside it. */
export type OutletFrom =
	'source_line' | 'tag' | 'byline' | 'url' | 'credit' | 'markup' | 'editor' | 'none';

export interface Provenance {
	outlet: string | null;
	outletFrom: OutletFrom;
	url: string | null;
	/** `owner/repo@commit:path` when the text came from a dataset that gives no URL. */
	sourceRef: string | null;
}

/** Outlets known by their abbreviations or hosts, written as a reader knows them. */
const KNOWN_OUTLETS: [RegExp, string][] = [
	[/^(nld\.com\.vn|nlđo|nldo|người lao động)$/iu, 'Người Lao Động (NLĐO)'],
	[/^(vtc\.vn|vtc news)$/iu, 'VTC News'],
	[/^(dantri\.com\.vn|dân trí|dan tri)$/iu, 'Dân trí'],
	[/^(vietnamplus\.vn|vietnam\+)$/iu, 'Vietnam+ (TTXVN)'],
	[/^(ttxvn\/vietnam\+)$/iu, 'TTXVN/Vietnam+'],
	[/^(ttxvn|vna|baotintuc\.vn)$/iu, 'TTXVN'],
	[/^(vnexpress\.net|vnexpress)$/iu, 'VnExpress'],
	[/^(tuoitre\.vn|tuổi trẻ)$/iu, 'Tuổi Trẻ'],
	[/^(thanhnien\.vn|thanh niên)$/iu, 'Thanh Niên'],
	[/^(nhandan\.vn|nhân dân)$/iu, 'Nhân Dân'],
	[/^(vov\.vn|vov)$/iu, 'VOV'],
	[/^(baochinhphu\.vn)$/iu, 'Báo Chính phủ'],
	[/^(qdnd\.vn|qđnd)$/iu, 'Quân đội nhân dân'],
	[/^(baomoi\.com)$/iu, 'Báo Mới'],
	[/^(vietnamnews\.vn)$/iu, 'Việt Nam News']
];

export function outletName(found: string): string {
	const trimmed = found.trim().replace(/\s+/g, ' ');
	return KNOWN_OUTLETS.find(([re]) => re.test(trimmed))?.[1] ?? trimmed;
}

const SOURCE_LINE = /^source\s*:\s*(\S+)/i;
const NGUON_LINE = /^ngu[ồô]n\s*:\s*(.{2,200})$/iu;
const THEO_LINE = /^theo\s+([\p{Lu}\p{N}][\p{L}\p{N}+./& -]{1,40}?)\s*\.?$/u;
/** "(VTC News) -", "(NLĐO)-", "(TTXVN/Vietnam+)": a short run of capitalised words in brackets. */
const TAG = /^\(([\p{Lu}\p{N}][\p{L}\p{N}+./& -]{1,30})\)\s*([-–—:]|$)/u;
const CREDIT = /\((?:ảnh|photo)\s*:\s*(?:[^()/]{1,60}\/)?([\p{Lu}][\p{L}+.]{1,20})\)/giu;
const REPO_REF = /^[\w.-]+\/[\w.-]+@[0-9a-f]{7,40}:\S+$/;

export function httpUrl(s: string): string | null {
	try {
		const u = new URL(s);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
	} catch {
		return null;
	}
}

/** Strips the scraper header (" date 2026-01-23 ") so a tag right after it still opens the line. */
function lineTexts(raw: string): string[] {
	return splitLines(raw).map((l, i) =>
		i === 0 ? l.trimmed.replace(/^date\s+\d{4}-\d{2}-\d{2}\s*/, '') : l.trimmed
	);
}

/** Whether a line is a `source:` provenance line rather than article text. */
export function isSourceLine(text: string): boolean {
	return SOURCE_LINE.test(text.trim());
}

export function findProvenance(raw: string): Provenance {
	const lines = lineTexts(raw).filter(Boolean);
	let url: string | null = null;
	let sourceRef: string | null = null;
	let outlet: { name: string; from: OutletFrom } | null = null;
	const take = (name: string, from: OutletFrom) => (outlet ??= { name: outletName(name), from });

	for (const line of lines) {
		const source = SOURCE_LINE.exec(line)?.[1];
		if (source) {
			url ??= httpUrl(source);
			if (!url && REPO_REF.test(source)) sourceRef ??= source;
			continue;
		}
		const nguon = NGUON_LINE.exec(line)?.[1]?.trim();
		if (nguon) {
			const asUrl = httpUrl(nguon.split(/\s/)[0]!);
			if (asUrl) url ??= asUrl;
			else if (nguon.split(/\s+/).length <= 6) take(nguon.replace(/[.;]$/, ''), 'source_line');
		}
	}
	for (const line of lines) {
		const tag = TAG.exec(line);
		// A tag alone on the last lines is a byline; opening a paragraph, the wire's dateline tag.
		if (tag) take(tag[1]!, line.length <= tag[0].length + 1 ? 'byline' : 'tag');
		const theo = THEO_LINE.exec(line);
		if (theo) take(theo[1]!, 'byline');
		if (outlet) break;
	}
	if (!outlet && url) {
		const host = new URL(url).hostname.replace(/^www\./, '');
		const known = outletName(host);
		if (known !== host) take(known, 'url');
	}
	if (!outlet) {
		const credits = [...raw.matchAll(CREDIT)].map((m) => m[1]!.toUpperCase());
		if (credits.length >= 2 && credits.every((c) => c === credits[0])) take(credits[0]!, 'credit');
	}
	return {
		outlet: (outlet as { name: string } | null)?.name ?? null,
		outletFrom: (outlet as { from: OutletFrom } | null)?.from ?? 'none',
		url,
		sourceRef
	};
}
