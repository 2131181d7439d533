/**
 * Turns a file's bytes into article text, or says plainly why it cannot be an article.
 * Checked before parsing, so a bad file never reaches the database.
 */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; reason: string };

export function decodeArticle(bytes: Uint8Array): DecodeResult {
	if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' };
	if (bytes.byteLength > MAX_ARTICLE_BYTES) {
		return { ok: false, reason: tooLargeReason(bytes.byteLength) };
	}
	if (bytes.includes(0))
		return { ok: false, reason: 'the file holds binary data (NUL bytes), not text' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return {
			ok: false,
			reason: 'the file is not valid UTF-8 text; save it as UTF-8 and import it again'
		};
	}
	if (text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
	if (controlCharacterShare(text) > 0.05)
		return { ok: false, reason: 'the file holds binary data (control characters), not text' };
	return { ok: true, text };
}

function controlCharacterShare(text: string): number {
	const sample = text.slice(0, 100_000);
	// eslint-disable-next-line no-control-regex -- counting control characters is what this does
	const controls = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0;
	return controls / sample.length;
}

export function tooLargeReason(bytes: number): string {
	return `the file is ${megabytes(bytes)}, over the ${megabytes(MAX_ARTICLE_BYTES)} limit for one article`;
}

function megabytes(bytes: number): string {
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
