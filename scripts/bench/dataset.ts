/**
 * A synthetic but realistic tracker for benchmarks: articles built from the seed texts,
 * commitments with Vietnamese titles, mentions that quote their article exactly, a status
 * history per item and decades of trade figures. Written straight through the schema so it
 * follows every migration.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/lib/server/db/client';
import {
	articles,
	commitmentEntities,
	commitments,
	entities,
	mentions,
	statusEvents,
	tradeObservations
} from '../../src/lib/server/db/schema';
import { parseArticle } from '../../src/lib/server/ingest/parse';
import { foldLower } from '../../src/lib/server/extract/fold';
import { refreshLinkTerms } from '../../src/lib/server/track/link-terms';

export interface DatasetSize {
	articles: number;
	commitments: number;
	mentions: number;
	entities: number;
	tradeYears: number;
}

export const FULL_SIZE: DatasetSize = {
	articles: 2_000,
	commitments: 10_000,
	mentions: 50_000,
	entities: 200,
	tradeYears: 30
};

const SECTORS = [
	'trade',
	'investment',
	'infrastructure',
	'energy',
	'education',
	'defense_security',
	'culture_tourism',
	'politics_diplomacy',
	'other'
] as const;
const STATUS_PATH = [
	'announced',
	'in_progress',
	'achieved',
	'stalled',
	'partially_achieved',
	'missed',
	'cancelled',
	'needs_clarification'
] as const;
const PROJECT_WORDS = [
	'Cao tốc',
	'Đường sắt',
	'Cảng',
	'Nhà máy thủy điện',
	'Đường dây 500 kV',
	'Khu công nghiệp',
	'Cửa khẩu',
	'Trường hữu nghị',
	'Bệnh viện',
	'Chương trình học bổng'
];
const PLACES = [
	'Vũng Áng',
	'Viêng Chăn',
	'Hà Nội',
	'Savannakhet',
	'Lào Cai',
	'Đắk Lắk',
	'Xiêng Khoảng',
	'Hủa Phăn',
	'Quảng Trị',
	'Champasak',
	'Nghệ An',
	'Bolikhamxay'
];

/** Small deterministic PRNG so two runs build the same dataset. */
function random(seed: number): () => number {
	let s = seed >>> 0;
	return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

async function insertInBatches<T>(
	rows: T[],
	insert: (batch: T[]) => Promise<unknown>,
	size = 1_000
): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

function isoDay(year: number, dayOfYear: number): string {
	return new Date(Date.UTC(year, 0, 1 + dayOfYear)).toISOString().slice(0, 10);
}

export async function generateDataset(db: Db, size: DatasetSize = FULL_SIZE): Promise<void> {
	const rand = random(42);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
	const seedDir = path.resolve('seeds');
	const seedTexts = readdirSync(seedDir)
		.sort()
		.map((f) => readFileSync(path.join(seedDir, f), 'utf8'));

	const articleRows = Array.from({ length: size.articles }, (_, i) => {
		const parsed = parseArticle(seedTexts[i % seedTexts.length]!, `bench-${i}.txt`);
		return {
			source: `bench-${i}.txt`,
			title: `${parsed.title} (${i + 1})`,
			publishedOn: isoDay(
				1996 + Math.floor((i / size.articles) * size.tradeYears),
				Math.floor(rand() * 360)
			),
			dateSource: 'header',
			language: parsed.language,
			rawText: parsed.raw,
			cleanText: parsed.clean,
			blocks: parsed.blocks,
			// Each synthetic copy stands for a different story, so it needs its own hash.
			contentHash: `${parsed.contentHash}-${i}`,
			extractedAt: new Date()
		};
	});
	const articleIds: { id: number; raw: string; blocks: { start: number; end: number }[] }[] = [];
	await insertInBatches(
		articleRows,
		async (batch) => {
			const ids = await db.insert(articles).values(batch).returning({ id: articles.id });
			ids.forEach((r, j) =>
				articleIds.push({ id: r.id, raw: batch[j]!.rawText, blocks: batch[j]!.blocks })
			);
		},
		200
	);

	const entityRows = Array.from({ length: size.entities }, (_, i) => {
		const name = `${pick(PROJECT_WORDS)} ${pick(PLACES)} – ${pick(PLACES)} ${i + 1}`;
		return {
			slug: `bench-entity-${i + 1}`,
			kind: 'project',
			nameVi: name,
			nameEn: `Project ${i + 1}`
		};
	});
	const entityIds = (
		await db.insert(entities).values(entityRows).returning({ id: entities.id })
	).map((r) => r.id);

	const commitmentRows = Array.from({ length: size.commitments }, (_, i) => {
		const title = `${pick(['Đẩy nhanh', 'Hoàn thành', 'Triển khai', 'Phấn đấu đạt', 'Tiếp tục thực hiện'])} ${pick(PROJECT_WORDS)} ${pick(PLACES)} ${i + 1}`;
		const year = 1996 + Math.floor(rand() * (size.tradeYears + 5));
		return {
			title,
			titleEn: null,
			searchText: foldLower(title),
			sector: pick(SECTORS),
			kind: pick(['target', 'project', 'programme', 'policy'] as const),
			targetValue: rand() < 0.3 ? String(Math.floor(rand() * 100) * 100_000_000) : null,
			unit: 'USD',
			targetYear: year,
			deadline: rand() < 0.5 ? isoDay(year, 364) : null
		};
	});
	const commitmentIds: number[] = [];
	await insertInBatches(commitmentRows, async (batch) => {
		const ids = await db.insert(commitments).values(batch).returning({ id: commitments.id });
		ids.forEach((r) => commitmentIds.push(r.id));
	});

	await insertInBatches(commitmentIds, (batch) =>
		db
			.insert(commitmentEntities)
			.values(batch.map((id) => ({ commitmentId: id, entityId: pick(entityIds) })))
			.onConflictDoNothing()
	);

	// One heavily cited item so a "commitment page with 20 mentions" exists at a known id.
	const mentionRows = Array.from({ length: size.mentions }, (_, i) => {
		const article = i < 20 ? articleIds[i]! : pick(articleIds);
		const block = pick(article.blocks);
		const end = Math.min(block.end, block.start + 120 + Math.floor(rand() * 120));
		return {
			commitmentId: i < 20 ? commitmentIds[0]! : pick(commitmentIds),
			articleId: article.id,
			quote: article.raw.slice(block.start, end),
			start: block.start,
			end,
			novelty: pick(['new', 'reaffirmed', 'unclear'] as const),
			confidence: 0.5 + rand() / 2,
			cues: ['pledge'],
			extracted: {},
			linkReason: { rule: 'bench' }
		};
	});
	await insertInBatches(mentionRows, (batch) =>
		db.insert(mentions).values(batch).onConflictDoNothing()
	);

	const eventRows = commitmentIds.flatMap((id, i) => {
		// Two steps at most after the start year, kept in the past: events take effect by today.
		const year = 1996 + (i % (size.tradeYears - 2));
		const steps = 1 + (i % 3);
		return Array.from({ length: steps }, (_, k) => ({
			commitmentId: id,
			fromStatus: k === 0 ? null : STATUS_PATH[k - 1]!,
			toStatus: STATUS_PATH[k]!,
			reason: k === 0 ? 'First mentioned' : 'Later article reports progress',
			effectiveOn: isoDay(year + k, 100),
			createdAt: new Date(Date.UTC(year + k, 3, 10))
		}));
	});
	await insertInBatches(eventRows, (batch) => db.insert(statusEvents).values(batch));

	const tradeRows = Array.from({ length: size.tradeYears }, (_, i) => i).flatMap((i) => {
		const year = 1996 + i;
		const value = BigInt(Math.round(100_000_000 * 1.09 ** i));
		return [0, 1].map((k) => {
			const article = articleIds[(i * 7 + k) % articleIds.length]!;
			const block = article.blocks[0]!;
			return {
				articleId: article.id,
				year,
				valueUsd: String(value + BigInt(k) * 1_000_000n),
				period: 'full_year',
				isEstimate: k === 1,
				growthPct: '9',
				quote: article.raw.slice(block.start, block.start + 60),
				start: block.start,
				end: block.start + 60
			};
		});
	});
	await db.insert(tradeObservations).values(tradeRows).onConflictDoNothing();
	// Items imported or edited have their link terms (a live tracker has them all but the last article's).
	await refreshLinkTerms(db);
	// A live database has planner statistics (autovacuum); a bulk load must gather its own.
	await db.execute(sql`analyze`);
}
