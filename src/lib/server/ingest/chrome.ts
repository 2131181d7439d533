import { foldLower } from '../extract/fold';
import { endsLikeSentence, wordCount, type Line } from './lines';

/**
 * Site chrome detection. News pages pasted as text carry menus, hotlines, paywalls,
 * photo captions and related-article lists around the story. These rules look at the
 * shape of a line (length, punctuation, repetition) more than at any one site's wording,
 * because new sources will arrive with menus we have never seen.
 */

const SHORT_LINE_WORDS = 20;

/** Words that, in a short line, mark navigation, account, subscription or payment chrome. */
const CHROME_KEYWORDS =
	/\b(hotline|dang nhap|dang ky|dat mua bao|thanh toan|tai khoan|vip|e-paper|qr ?code|zalo ?pay|zalo|tim kiem|xem them|len dau|lien he|toa soan|quang cao|dieu khoan|chinh sach bao mat|gia han|nguoi duoc tang|tang ban|binh luan|facebook|youtube|twitter|rss|sign in|log in|login|subscribe|subscription|newsletter|cookies?|all rights reserved|copyright|ban quyen|follow us|share this|chia se|buoc \d+)\b/;

const PHONE_NUMBER = /\b0\d{2,3}[.\s]?\d{3}[.\s]?\d{3,4}\b/;

/** "… Ảnh: TTXVN", "(Ảnh: Dương Giang/TTXVN)", "Photo: VNA", "… - Ảnh 3." */
const CAPTION = /(\b(anh|photo|nguon anh|image)\s*:\s*[^.:]{1,80}\)?\.?$)|(-\s*anh\s*\d+\.?$)/;

/** A short line that introduces a list of other stories. */
const RELATED_MARKER =
	/^(tin lien quan|co the ban quan tam|tin cung chuyen muc|bai lien quan|doc them|xem them|tin khac|tin moi|related( news| articles| stories)?|read more|more stories|you may also like|see also)\s*:?$/;

/** "(VTC News) -", "(TTXVN/Vietnam+)", "(NLĐO)-" standing alone. */
const AGENCY_TAG = /^\(?[\p{Lu}\p{N}\s/+.&-]{2,40}( news)?\)?\s*[-–—:]?$/iu;

export function isKeywordChrome(line: Line): boolean {
	const folded = foldLower(line.trimmed);
	if (wordCount(line.trimmed) > SHORT_LINE_WORDS) return false;
	if (PHONE_NUMBER.test(line.trimmed)) return true;
	if (/^icon\b|\bicon\s+\S+\s+icon\b/.test(folded)) return true;
	return CHROME_KEYWORDS.test(folded);
}

export function isCaption(line: Line): boolean {
	return wordCount(line.trimmed) <= 60 && CAPTION.test(foldLower(line.trimmed));
}

export function isRelatedMarker(line: Line): boolean {
	return wordCount(line.trimmed) <= 6 && RELATED_MARKER.test(foldLower(line.trimmed));
}

export function isAgencyTag(text: string): boolean {
	return wordCount(text) <= 5 && AGENCY_TAG.test(text.trim());
}

/** A paragraph of running prose: long enough and punctuated like a sentence. */
export function isProse(line: Line): boolean {
	const words = wordCount(line.trimmed);
	return (words >= 15 && endsLikeSentence(line.trimmed)) || words >= 35;
}

/** Could stand as a headline: a handful of words, no closing full stop, not chrome. */
export function isHeadlineLike(line: Line): boolean {
	const words = wordCount(line.trimmed);
	return (
		words >= 4 &&
		words <= 30 &&
		!/[.:;]$/.test(line.trimmed) &&
		!isKeywordChrome(line) &&
		!isCaption(line) &&
		!isAgencyTag(line.trimmed)
	);
}

/**
 * Indexes of lines that belong to a navigation menu: three or more consecutive short lines,
 * none punctuated like a sentence. A story's own subheadings stand alone between paragraphs.
 */
export function menuLineIndexes(lines: Line[]): Set<number> {
	const menu = new Set<number>();
	let run: number[] = [];
	const flush = () => {
		if (run.length >= 3) run.forEach((i) => menu.add(i));
		run = [];
	};
	lines.forEach((line, i) => {
		const short = line.trimmed !== '' && wordCount(line.trimmed) <= 12;
		if (short && !endsLikeSentence(line.trimmed)) run.push(i);
		else flush();
	});
	flush();
	return menu;
}
