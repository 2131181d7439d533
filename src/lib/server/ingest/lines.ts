/** A physical line of the raw file, with its offsets (the line break itself excluded). */
export interface Line {
	start: number;
	end: number;
	text: string;
	/** Text trimmed of surrounding white space; `trimStart`/`trimEnd` locate it in raw. */
	trimmed: string;
	trimStart: number;
	trimEnd: number;
}

export function splitLines(raw: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start <= raw.length) {
		let end = raw.indexOf('\n', start);
		if (end === -1) end = raw.length;
		const lineEnd = end > start && raw[end - 1] === '\r' ? end - 1 : end;
		const text = raw.slice(start, lineEnd);
		const lead = text.length - text.trimStart().length;
		const trimmed = text.trim();
		lines.push({
			start,
			end: lineEnd,
			text,
			trimmed,
			trimStart: start + lead,
			trimEnd: start + lead + trimmed.length
		});
		start = end + 1;
	}
	return lines;
}

export function wordCount(text: string): number {
	const words = text.match(/[\p{L}\p{N}]+/gu);
	return words ? words.length : 0;
}

/** Ends like a sentence: a full stop, question or exclamation mark, possibly inside quotes. */
export function endsLikeSentence(text: string): boolean {
	return /[.!?…:;]["”’»)\]]*$/u.test(text);
}
