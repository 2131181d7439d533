import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

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
