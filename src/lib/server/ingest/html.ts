/**
 * HTML ingestion: a web page (fetched, or saved from a browser) becomes an article.
 *
 * The story's text is taken out by Mozilla's Readability over linkedom, then laid out as plain
 * text — the headline, then one paragraph per block, separated by blank lines. That text is the
 * article's `raw` text, which every quote's offsets point into; the page's HTML is kept beside
 * it, untouched, so a reader can always see where the text came from. The text then goes
 * through the same chrome rules as pasted text (paywall prompts and related-story lists that
 * Readability let through).
 *
 * Metadata is read from the page's own markup first, in this order of trust: JSON-LD
 * `NewsArticle`; then `article:published_time`, `og:title`, `og:site_name` and
 * `<link rel=canonical>`; only then the text itself (dates and bylines, as for text files).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import iconv from 'iconv-lite';
import { findBody, joinBlocks, keptBlocks } from './clean';
import { splitLines } from './lines';
import { dateFromText, detectLanguage, isoDate } from './metadata';
import { hashContent } from './parse';
import { findProvenance, httpUrl, outletName, type Provenance } from './provenance';
import { MAX_ARTICLE_BYTES, tooLargeReason } from './read';
import type { Block, DateSource, ParsedArticle } from './types';

// ---------------------------------------------------------------- charset

export type HtmlDecodeResult =
	{ ok: true; html: string; charset: string } | { ok: false; reason: string };

/** `text/html; charset=windows-1258` → `windows-1258`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
	const m = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
	return m ? m[1]!.toLowerCase() : null;
}

/**
 * `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` among the
 * first bytes. Read as Latin-1, which maps every byte to one character, so the ASCII markup is
 * found whatever the page's real encoding.
 */
export function charsetFromMeta(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
	for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
		const direct = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag);
		if (direct) return direct[1]!.toLowerCase();
	}
	return null;
}

function bomCharset(bytes: Uint8Array): string | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
	return null;
}

/**
 * Decodes a page's bytes. The byte-order mark wins, then the HTTP header, then the page's
 * `<meta>`; with none of them, UTF-8 when the bytes are valid UTF-8 and otherwise
 * windows-1258, the legacy Vietnamese Windows code page (a browser would guess windows-1252
 * and show the tone marks as junk). Decoders come from Node's ICU (WHATWG encodings), so
 * windows-1258, windows-1252, ISO-8859-x and the rest decode as a browser does; windows-1258
 * writes some tone marks as separate combining characters, which `extractArticle` composes (NFC).
 * VISCII and TCVN 5712, which the WHATWG list leaves out, go through iconv-lite.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): HtmlDecodeResult {
	if (bytes.byteLength === 0) return { ok: false, reason: 'the page is empty' };
	if (bytes.byteLength > MAX_ARTICLE_BYTES)
		return { ok: false, reason: tooLargeReason(bytes.byteLength) };
	const declared =
		bomCharset(bytes) ?? charsetFromContentType(contentType) ?? charsetFromMeta(bytes);
	if (declared) {
		let decoder: TextDecoder;
		try {
			decoder = new TextDecoder(declared);
		} catch {
			return decodeLegacyVietnamese(bytes, declared);
		}
		return { ok: true, html: decoder.decode(bytes), charset: decoder.encoding };
	}
	try {
		return {
			ok: true,
			html: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
			charset: 'utf-8'
		};
	} catch {
		return {
			ok: true,
			html: new TextDecoder('windows-1258').decode(bytes),
			charset: 'windows-1258'
		};
	}
}

/**
 * Character sets browsers no longer know but old Vietnamese pages still name: VISCII and TCVN 5712
 * (iconv-lite has both). Anything else unknown is refused with its name, never guessed.
 */
function decodeLegacyVietnamese(bytes: Uint8Array, declared: string): HtmlDecodeResult {
	if (!iconv.encodingExists(declared))
		return {
			ok: false,
			reason: `the page is in the character set “${declared}”, which cannot be decoded here`
		};
	return {
		ok: true,
		html: iconv.decode(Buffer.from(bytes), declared).normalize('NFC'),
		charset: declared.toLowerCase()
	};
}

/** A saved page or a served one: told by its name, or by how its first bytes open. */
export function looksLikeHtml(name: string, bytes: Uint8Array): boolean {
	if (/\.(html?|xhtml)$/i.test(name)) return true;
	const head = new TextDecoder('latin1')
		.decode(bytes.subarray(0, 512))
		.replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
		.trimStart();
	return /^(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head);
}

// ---------------------------------------------------------------- metadata

/** JSON-LD values as sites really write them: strings, objects, or lists of either. */
const LdName = z.union([z.string(), z.object({ name: z.string().optional() }).loose()]);
const LdNode = z
	.object({
		'@type': z
			.union([z.string(), z.array(z.string())])
			.optional()
			.catch(undefined),
		headline: z.string().optional().catch(undefined),
		name: z.string().optional().catch(undefined),
		datePublished: z.string().optional().catch(undefined),
		url: z.string().optional().catch(undefined),
		mainEntityOfPage: z
			.union([z.string(), z.object({ '@id': z.string().optional() }).loose()])
			.optional()
			.catch(undefined),
		publisher: z
			.union([LdName, z.array(LdName)])
			.optional()
			.catch(undefined)
	})
	.loose();
type LdNode = z.infer<typeof LdNode>;

const ARTICLE_TYPES = [
	'NewsArticle',
	'ReportageNews',
	'AnalysisNewsArticle',
	'BackgroundNewsArticle',
	'OpinionNewsArticle',
	'Article',
	'BlogPosting'
];

function ldTypes(node: LdNode): string[] {
	const t = node['@type'];
	return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

/** Every object in the page's JSON-LD scripts, `@graph` lists opened up; broken JSON is skipped. */
function jsonLdNodes(document: Document): LdNode[] {
	const nodes: LdNode[] = [];
	const visit = (value: unknown, depth: number) => {
		if (depth > 4 || value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
		const parsed = LdNode.safeParse(value);
		if (parsed.success) nodes.push(parsed.data);
		visit((value as { '@graph'?: unknown })['@graph'], depth + 1);
	};
	for (const script of document.querySelectorAll(
		'script[type="application/ld+json" i], script[type="application/ld+json"]'
	)) {
		try {
			visit(JSON.parse(script.textContent ?? ''), 0);
		} catch {
			// A page's broken JSON-LD is its problem: the meta tags and the text still count.
		}
	}
	return nodes;
}

/** The article node: a NewsArticle (or a kind of one) first, a plain Article after. */
function articleNode(nodes: LdNode[]): LdNode | null {
	for (const type of ARTICLE_TYPES) {
		const found = nodes.find((n) => ldTypes(n).includes(type));
		if (found) return found;
	}
	return null;
}

function publisherName(node: LdNode): string | null {
	const p = node.publisher;
	const first = Array.isArray(p) ? p[0] : p;
	const name = typeof first === 'string' ? first : first?.name;
	return name?.trim() || null;
}

function metaContent(document: Document, key: string): string | null {
	for (const el of document.querySelectorAll('meta')) {
		const k = el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop');
		if (k?.toLowerCase() === key) {
			const v = el.getAttribute('content')?.trim();
			if (v) return v;
		}
	}
	return null;
}

/**
 * The publication day as written by the publisher: `2025-09-10T06:30:00+07:00` is 10
 * September in Vientiane and Hanoi, whatever day it was in UTC. A site that writes
 * `10/09/2025 06:30` is read like a dateline.
 */
export function dayOf(value: string | null | undefined): string | null {
	if (!value) return null;
	const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
	if (iso) return isoDate(+iso[1]!, +iso[2]!, +iso[3]!);
	return dateFromText(value);
}

/** An http(s) URL, resolved against the page's own address when relative, without its #fragment. */
function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
	if (!value?.trim()) return null;
	try {
		const u = base ? new URL(value.trim(), base) : new URL(value.trim());
		u.hash = '';
		return httpUrl(u.toString());
	} catch {
		return null;
	}
}

export interface PageMetadata {
	title: string | null;
	published: string | null;
	outlet: string | null;
	url: string | null;
}

/** What the page's markup says about itself, each field from the most trusted place that has it. */
export function readPageMetadata(document: Document, pageUrl: string | null): PageMetadata {
	const ld = articleNode(jsonLdNodes(document));
	const mainEntity = ld?.mainEntityOfPage;
	const ldUrl = typeof mainEntity === 'string' ? mainEntity : (mainEntity?.['@id'] ?? ld?.url);
	const canonical = document
		.querySelector('link[rel~="canonical" i], link[rel="canonical"]')
		?.getAttribute('href');
	return {
		title: tidy(ld?.headline ?? ld?.name) ?? tidy(metaContent(document, 'og:title')),
		published:
			dayOf(ld?.datePublished) ??
			dayOf(metaContent(document, 'article:published_time')) ??
			dayOf(metaContent(document, 'datepublished')),
		outlet: (ld && publisherName(ld)) ?? tidy(metaContent(document, 'og:site_name')),
		url:
			absoluteUrl(ldUrl, pageUrl) ??
			absoluteUrl(canonical, pageUrl) ??
			absoluteUrl(metaContent(document, 'og:url'), pageUrl)
	};
}

function tidy(s: string | null | undefined): string | null {
	const t = s?.normalize('NFC').replace(/\s+/g, ' ').trim();
	return t ? t : null;
}

// ---------------------------------------------------------------- text

const BLOCK_TAGS = new Set([
	'ADDRESS',
	'ARTICLE',
	'ASIDE',
	'BLOCKQUOTE',
	'DD',
	'DETAILS',
	'DIV',
	'DL',
	'DT',
	'FIGCAPTION',
	'FIGURE',
	'FOOTER',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'HEADER',
	'HR',
	'LI',
	'MAIN',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'SUMMARY',
	'TABLE',
	'TBODY',
	'TD',
	'TH',
	'THEAD',
	'TR',
	'UL'
]);
const SKIPPED_TAGS = new Set([
	'SCRIPT',
	'STYLE',
	'NOSCRIPT',
	'TEMPLATE',
	'SVG',
	'IFRAME',
	'BUTTON',
	'SELECT',
	'TEXTAREA'
]);

/** A paragraph that is all link text and this short is a link to another story, not prose. */
const LINK_LINE_MAX_WORDS = 25;

/**
 * The text of an element as paragraphs: each block element is its own paragraph, `<br>`
 * breaks a line, and white space inside a paragraph is collapsed as a browser shows it.
 * A short paragraph that is nothing but a link (a related story Readability kept) is dropped.
 */
export function paragraphsOf(root: Node): string[] {
	const paragraphs: string[] = [];
	let current = '';
	let linked = '';
	const flush = () => {
		const allLink = linked.replace(/\s+/gu, '') === current.replace(/\s+/gu, '');
		for (const line of current.split('\n')) {
			const text = line.replace(/\s+/gu, ' ').trim().normalize('NFC');
			if (!text) continue;
			if (allLink && !current.includes('\n') && text.split(' ').length <= LINK_LINE_MAX_WORDS)
				continue;
			paragraphs.push(text);
		}
		current = linked = '';
	};
	const walk = (node: Node, inLink: boolean) => {
		if (node.nodeType === 3) {
			const text = (node.textContent ?? '').replace(/\s+/gu, ' ');
			current += text;
			if (inLink) linked += text;
			return;
		}
		if (node.nodeType !== 1) return;
		const tag = (node as Element).tagName.toUpperCase();
		if (SKIPPED_TAGS.has(tag)) return;
		if (tag === 'BR') {
			current += '\n';
			return;
		}
		const block = BLOCK_TAGS.has(tag);
		if (block) flush();
		for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === 'A');
		if (block) flush();
	};
	walk(root, false);
	flush();
	return paragraphs;
}

/** The page's one `<h1>`, when it has exactly one: the headline as printed. */
function soleHeading(document: Document): string | null {
	const h1s = document.querySelectorAll('h1');
	return h1s.length === 1 ? tidy(h1s[0]!.textContent) : null;
}

export interface ParsedHtmlArticle extends ParsedArticle {
	/** The page as decoded, kept as it came. */
	html: string;
}

/**
 * Turns a decoded page into an article. `pageUrl` is where it was fetched from (null for a
 * saved file), used to resolve a relative canonical link and as the URL of last resort.
 */
export function parseHtmlArticle(
	html: string,
	source: string,
	pageUrl: string | null = null
): ParsedHtmlArticle {
	// Readability rewrites the document it reads, so the markup is read from its own copy first.
	const page = parseHTML(html).document as unknown as Document;
	const meta = readPageMetadata(page, pageUrl);
	const { document } = parseHTML(html);
	const readable = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
	let body: string[] = [];
	if (readable?.content) {
		const { document: content } = parseHTML(
			`<!doctype html><html><body>${readable.content}</body></html>`
		);
		body = paragraphsOf(content.body as unknown as Node);
	}
	if (body.length === 0)
		body = paragraphsOf(
			(parseHTML(html).document.body ?? parseHTML(html).document) as unknown as Node
		);

	// Readability takes the <title> apart at " - ", which Vietnamese headlines use inside ("Việt - Lào").
	const title = meta.title ?? soleHeading(page) ?? tidy(readable?.title) ?? '';
	// The headline is the first paragraph of the text; the page usually prints it again.
	const paragraphs = title ? [title, ...body.filter((p, i) => !(i < 3 && p === title))] : body;
	const raw = paragraphs.join('\n\n');
	const lines = splitLines(raw);
	const end = lines.length > 0 ? findBody(lines, 0).end : 0;
	const blocks: Block[] =
		lines.length > 0 ? keptBlocks(lines, { first: 0, headline: title ? 0 : -1, end }) : [];
	const clean = joinBlocks(raw, blocks);

	const fromText = findProvenance(raw);
	const textDate = meta.published ? null : dateFromText(clean);
	const url = meta.url ?? absoluteUrl(pageUrl, null) ?? fromText.url;
	return {
		raw,
		html,
		title: title || (blocks[0] ? raw.slice(blocks[0].start, blocks[0].end).slice(0, 110) : source),
		published: meta.published ?? textDate,
		dateSource: (meta.published ? 'markup' : textDate ? 'text' : 'none') satisfies DateSource,
		language: detectLanguage(clean || raw),
		blocks,
		clean,
		contentHash: hashContent(clean || raw),
		provenance: provenanceOf(meta, fromText, url)
	};
}

function provenanceOf(meta: PageMetadata, fromText: Provenance, url: string | null): Provenance {
	if (meta.outlet)
		return { outlet: outletName(meta.outlet), outletFrom: 'markup', url, sourceRef: null };
	if (fromText.outlet) return { ...fromText, url, sourceRef: null };
	const host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
	const known = host ? outletName(host) : null;
	if (host && known !== host) return { outlet: known, outletFrom: 'url', url, sourceRef: null };
	return { outlet: null, outletFrom: 'none', url, sourceRef: null };
}
