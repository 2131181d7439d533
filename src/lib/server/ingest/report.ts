import type { ImportOutcome } from './types';

/** One line per file, as the import CLI and `npm start` print it. */
export function describeOutcome(file: string, result: ImportOutcome): string {
	switch (result.outcome) {
		case 'added': {
			const a = result.article;
			const date = a.publishedOn ?? 'no date (flagged for an editor)';
			const from = [a.outlet, a.url && a.url !== file ? a.url : null].filter(Boolean).join(', ');
			return `added      ${file}  → article #${a.id} [${a.language}, ${date}] ${a.title}${from ? ` (${from})` : ''}`;
		}
		case 'duplicate':
			return `skipped    ${file}  → ${result.by === 'url' ? 'same URL' : 'same text'} as article #${result.articleId} (${result.title})`;
		case 'error':
			return `error      ${file}  → ${result.reason}`;
	}
}
