import {
	isAgencyTag,
	isCaption,
	isHeadlineLike,
	isKeywordChrome,
	isProse,
	isRelatedMarker,
	menuLineIndexes
} from './chrome';
import { wordCount, type Line } from './lines';
import { isSourceLine } from './provenance';
import type { Block } from './types';

/** How far above the first paragraph a headline may sit (byline, breadcrumb in between). */
const HEADLINE_LOOKBACK = 6;

export interface BodyBounds {
	/** Index of the first body line (the headline when one was found). */
	first: number;
	/** Index of the headline line, or -1. */
	headline: number;
	/** Index one past the last body line. */
	end: number;
}

/**
 * Where the story starts and stops inside the page. Everything above the headline is
 * masthead and menu; everything from a related-stories marker in the second half on is
 * other stories and paywall.
 */
export function findBody(lines: Line[], from: number): BodyBounds {
	const firstProse = lines.findIndex((l, i) => i >= from && isProse(l));
	if (firstProse === -1) return { first: from, headline: -1, end: lines.length };

	let headline = -1;
	for (let i = firstProse - 1; i >= Math.max(from, firstProse - HEADLINE_LOOKBACK); i--) {
		if (isHeadlineLike(lines[i]!)) {
			headline = i;
			break;
		}
	}
	const first =
		headline === -1 ? Math.max(from, firstProseBlockStart(lines, firstProse, from)) : headline;
	const lastOffset = lines[lines.length - 1]!.end;
	const bodyStartOffset = lines[first]!.start;
	const midpoint = bodyStartOffset + (lastOffset - bodyStartOffset) / 2;
	let end = lines.length;
	for (let i = first; i < lines.length; i++) {
		if (isRelatedMarker(lines[i]!) && lines[i]!.start >= midpoint) {
			end = i;
			break;
		}
	}
	return { first, headline, end };
}

/** Without a headline, the body begins with the paragraph group holding the first prose line. */
function firstProseBlockStart(lines: Line[], firstProse: number, from: number): number {
	let i = firstProse;
	while (i > from && lines[i - 1]!.trimmed !== '' && !isKeywordChrome(lines[i - 1]!)) i--;
	return i;
}

/**
 * The kept body paragraphs, as raw ranges. Within the body we drop chrome lines, photo
 * captions, lines that repeat back to back (a caption rendered twice), later copies of
 * a repeated paragraph, and the headlines that follow an early related-stories marker.
 */
export function keptBlocks(lines: Line[], bounds: BodyBounds): Block[] {
	const menu = menuLineIndexes(lines);
	const seen = new Set<string>();
	const blocks: Block[] = [];
	let inRelatedList = false;

	for (let i = bounds.first; i < bounds.end; i++) {
		const line = lines[i]!;
		if (line.trimmed === '') continue;
		if (isRelatedMarker(line)) {
			inRelatedList = true;
			continue;
		}
		if (inRelatedList) {
			if (!isProse(line) || /^\(.{2,20}\)\s*[-–—]/.test(line.trimmed)) continue;
			inRelatedList = false;
		}
		if (i !== bounds.headline && isChromeLine(lines, i, menu)) continue;
		if (seen.has(line.trimmed)) continue;
		seen.add(line.trimmed);
		blocks.push({ start: line.trimStart, end: line.trimEnd });
	}
	return blocks;
}

function isChromeLine(lines: Line[], i: number, menu: Set<number>): boolean {
	const line = lines[i]!;
	if (
		menu.has(i) ||
		isKeywordChrome(line) ||
		isCaption(line) ||
		isAgencyTag(line.trimmed) ||
		isSourceLine(line.trimmed)
	)
		return true;
	return repeatsNeighbour(lines, i);
}

/** Captions are often printed twice in a row (image alt text, then the caption itself). */
function repeatsNeighbour(lines: Line[], i: number): boolean {
	const text = lines[i]!.trimmed;
	if (wordCount(text) > 60) return false;
	const neighbour = (step: number) => {
		for (let j = i + step; j >= 0 && j < lines.length; j += step) {
			if (lines[j]!.trimmed !== '') return lines[j]!.trimmed;
		}
		return null;
	};
	return neighbour(-1) === text || neighbour(1) === text;
}

export function joinBlocks(raw: string, blocks: Block[]): string {
	return blocks.map((b) => raw.slice(b.start, b.end)).join('\n\n');
}

/** Maps an offset in the clean text back to the raw text (blocks are joined by two newlines). */
export function cleanToRaw(blocks: Block[], cleanOffset: number): number {
	let cleanStart = 0;
	for (const block of blocks) {
		const length = block.end - block.start;
		if (cleanOffset <= cleanStart + length)
			return block.start + Math.max(0, cleanOffset - cleanStart);
		cleanStart += length + 2;
	}
	const last = blocks[blocks.length - 1];
	return last ? last.end : 0;
}

/** Maps a raw offset into the clean text, or null when it falls in removed chrome. */
export function rawToClean(blocks: Block[], rawOffset: number): number | null {
	let cleanStart = 0;
	for (const block of blocks) {
		if (rawOffset >= block.start && rawOffset <= block.end)
			return cleanStart + rawOffset - block.start;
		cleanStart += block.end - block.start + 2;
	}
	return null;
}
