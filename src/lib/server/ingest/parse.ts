import { createHash } from 'node:crypto';
import { isAgencyTag, isCaption, isKeywordChrome } from './chrome';
import { findBody, joinBlocks, keptBlocks } from './clean';
import { splitLines, wordCount, type Line } from './lines';
import { dateFromText, detectLanguage, readHeader, type Header } from './metadata';
import { findProvenance } from './provenance';
import type { Block, ParsedArticle } from './types';

const FALLBACK_TITLE_CHARS = 110;

/**
 * Turns one article file's text into what we store: title, date, language, the cleaned body
 * as raw ranges, and a content hash. Pure but for the calendar: the same text gives the same
 * result, except that a date in the text cannot be the publication date before that day has come.
 */
export function parseArticle(raw: string, source: string): ParsedArticle {
	const header = readHeader(raw);
	const lines = splitLines(raw);
	const firstBodyLine = header ? 1 : 0;
	const bounds = findBody(lines, firstBodyLine);
	const headerTitle =
		header && isRealHeadline(raw.slice(header.titleStart, header.titleEnd)) ? header : null;

	const bodyBlocks = keptBlocks(lines, bounds);
	const blocks: Block[] = headerTitle
		? [
				{ start: headerTitle.titleStart, end: headerTitle.titleEnd },
				...withoutText(raw, bodyBlocks, raw.slice(headerTitle.titleStart, headerTitle.titleEnd))
			]
		: bodyBlocks;
	const clean = joinBlocks(raw, blocks);

	const textDate = header?.date ? null : dateFromText(clean);
	const published = header?.date ?? textDate;
	return {
		raw,
		title: chooseTitle(raw, headerTitle, lines, bounds.headline, blocks) || source,
		published,
		dateSource: header?.date ? 'header' : textDate ? 'text' : 'none',
		language: detectLanguage(clean || raw),
		blocks,
		clean,
		contentHash: hashContent(clean || raw),
		provenance: findProvenance(raw)
	};
}

/** A header title is a headline unless it is chrome (a hotline) or a bare agency tag. */
function isRealHeadline(text: string): boolean {
	const line: Line = {
		start: 0,
		end: text.length,
		text,
		trimmed: text.trim(),
		trimStart: 0,
		trimEnd: text.length
	};
	return wordCount(text) >= 4 && !isKeywordChrome(line) && !isCaption(line) && !isAgencyTag(text);
}

/** The headline often reappears as the first body line; keep it once. */
function withoutText(raw: string, blocks: Block[], text: string): Block[] {
	return blocks.filter((b) => raw.slice(b.start, b.end) !== text.trim());
}

function chooseTitle(
	raw: string,
	header: Header | null,
	lines: Line[],
	headline: number,
	blocks: Block[]
): string {
	if (header) return raw.slice(header.titleStart, header.titleEnd).trim();
	if (headline !== -1) return lines[headline]!.trimmed;
	const first = blocks[0];
	return first ? firstSentence(raw.slice(first.start, first.end)) : '';
}

/** A stand-in headline for stories that have none: the opening sentence, shortened at a word. */
function firstSentence(paragraph: string): string {
	const sentence = paragraph.split(/(?<=[.!?])\s/u)[0] ?? paragraph;
	if (sentence.length <= FALLBACK_TITLE_CHARS) return sentence;
	const cut = sentence.slice(0, FALLBACK_TITLE_CHARS);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Equal for copies of one story whatever the white space or Unicode normal form. */
export function hashContent(text: string): string {
	const normalised = text.normalize('NFC').replace(/\s+/gu, ' ').trim();
	return createHash('sha256').update(normalised).digest('hex');
}
