import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

type Locale = 'vi' | 'en';
type Catalogue = Record<string, string>;

const load = (locale: Locale): Catalogue => {
	const raw = JSON.parse(
		readFileSync(path.resolve(`messages/${locale}.json`), 'utf8')
	) as Catalogue;
	delete raw.$schema;
	// A message with plural variants is a list of selectors and matches: each variant is its text.
	for (const [key, value] of Object.entries(raw as Record<string, unknown>))
		if (typeof value !== 'string')
			raw[key] = (value as { match?: Record<string, string> }[])
				.flatMap((v) => Object.values(v.match ?? {}))
				.join('\n');
	return raw;
};

/** Pieces of a message between its {placeholders}, trimmed of punctuation at the ends. */
function pieces(message: string): string[] {
	return message
		.split(/\{[^}]*\}|\n/)
		.map((p) => p.trim().replace(/^[\s,.:;·—–()"“”']+|[\s,.:;·—–()"“”']+$/g, ''))
		.filter(Boolean);
}

/**
 * The strings that betray the other language on a page read in `locale`: pieces of the other
 * catalogue's messages that differ between the two languages, at least two words and 10
 * characters long, and found nowhere in this language's own catalogue (so "Email" or "CSV", the
 * same in both, never count).
 */
export function foreignPieces(locale: Locale): string[] {
	const own = load(locale);
	const other = load(locale === 'vi' ? 'en' : 'vi');
	const ownText = Object.values(own).join('\n');
	const found = new Set<string>();
	for (const [key, value] of Object.entries(other)) {
		if (own[key] === value) continue;
		for (const p of pieces(value))
			if (p.length >= 10 && /\S\s+\S/.test(p) && !ownText.includes(p)) found.add(p);
	}
	return [...found];
}

/**
 * The page's own-language text as a reader meets it: text nodes and the words in placeholders,
 * labels and titles, leaving out anything inside an element whose `lang` differs from the page's
 * (quotes and titles kept in their own language).
 */
export async function ownLanguageText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		const foreign = (el: Element | null) => {
			const marked = el?.closest('[lang]');
			return !!marked && marked.getAttribute('lang') !== pageLang;
		};
		const out: string[] = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			// <code> holds identifiers (export columns, values) that are the same in both languages.
			if (!el || el.closest('script,style,noscript,template,code') || foreign(el)) continue;
			const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (text) out.push(text);
		}
		for (const el of document.body.querySelectorAll('[placeholder],[aria-label],[title],[alt]')) {
			if (foreign(el)) continue;
			for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
				const v = el.getAttribute(a);
				if (v) out.push(v);
			}
		}
		return out;
	});
}

/** Raw identifiers no reader should see: snake_case codes and dotted audit actions. */
const RAW_KEY =
	/(?<![\w@/.-])(?:[a-z]+_[a-z_]+|(?:status|item|proposal|article|commitment|entity|user|trade|import)\.[a-z_]+)(?![\w@/-])/;

/** Words that only English sentences are made of; two of them in a text of four words or more is English. */
const ENGLISH_GLUE = new Set(
	'the of and by an is was were from with to for not it has have into as that this its be are'.split(
		' '
	)
);
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
function looksEnglish(text: string): boolean {
	if (VIETNAMESE.test(text)) return false;
	const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
	return words.length >= 4 && words.filter((w) => ENGLISH_GLUE.has(w)).length >= 2;
}

export interface LanguageFinding {
	kind: 'foreign' | 'raw-key' | 'english' | 'unmarked';
	found: string;
	in: string;
}

/**
 * On an English page, Vietnamese words (a title, a quote, a cue word, a name) that no element marks
 * lang="vi": a screen reader reads them with English sounds, and a reader cannot tell them from
 * the page's own words. Each is reported with the text node it is in.
 */
export async function unmarkedVietnamese(page: Page): Promise<LanguageFinding[]> {
	const texts = await page.evaluate(() => {
		const VI = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
		const out: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const el = n.parentElement;
			if (!el || el.closest('script,style,noscript,template')) continue;
			const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
			if (text && VI.test(text) && el.closest('[lang]')?.getAttribute('lang') !== 'vi')
				out.push(text);
		}
		return out;
	});
	return texts.map((t) => ({
		kind: 'unmarked' as const,
		found: t.slice(0, 80),
		in: t.slice(0, 200)
	}));
}

/** What on the page is in the wrong language or is a raw code, with the text it was seen in. */
export async function scanPage(page: Page, locale: Locale): Promise<LanguageFinding[]> {
	return [
		...scanTexts(await ownLanguageText(page), locale),
		...(locale === 'en' ? await unmarkedVietnamese(page) : [])
	];
}

/** The same for texts read some other way (a feed's titles and summaries). */
export function scanTexts(texts: string[], locale: Locale): LanguageFinding[] {
	const joined = texts.join('\n');
	const findings: LanguageFinding[] = [];
	for (const p of foreignPieces(locale)) {
		if (!joined.includes(p)) continue;
		findings.push({ kind: 'foreign', found: p, in: texts.find((t) => t.includes(p)) ?? p });
	}
	for (const t of texts) {
		const raw = RAW_KEY.exec(t);
		if (raw) findings.push({ kind: 'raw-key', found: raw[0], in: t.slice(0, 200) });
		// Catalogue pieces miss what was never in a catalogue: sentences stored in English.
		if (locale === 'vi' && looksEnglish(t))
			findings.push({ kind: 'english', found: t.slice(0, 120), in: t.slice(0, 200) });
	}
	return findings;
}
