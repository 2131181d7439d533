import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { MAX_ARTICLE_BYTES, tooLargeReason } from './read';
import { importArticle, type ImportOutcome } from './store';

/** Expands the paths given on a command line into article files (folders one level deep), sorted. */
export async function listArticleFiles(paths: string[]): Promise<string[]> {
	const files: string[] = [];
	for (const p of paths) {
		const info = await stat(p);
		if (!info.isDirectory()) {
			files.push(p);
			continue;
		}
		for (const name of (await readdir(p)).filter((n) => !n.startsWith('.')).sort()) {
			const full = path.join(p, name);
			if ((await stat(full)).isFile()) files.push(full);
		}
	}
	return files;
}

/** Imports a file from disk; an oversized file is refused from its size, without reading it. */
export async function importFile(db: Db, file: string): Promise<ImportOutcome> {
	const { size } = await stat(file);
	if (size > MAX_ARTICLE_BYTES) return { outcome: 'error', reason: tooLargeReason(size) };
	return importArticle(db, path.basename(file), await readFile(file));
}
