/**
 * The official yearly trade figures as pages read them: the trade page's series and the editor's
 * table. They are written by track/trade-official.ts (bundled CSV at start, editors' imports).
 */
import { asc, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { officialTradeFigures, type OfficialTradeFigure } from '../db/schema';
import { normalizeDecimal } from '../../decimal';

export interface OfficialPoint {
	year: number;
	valueUsd: string;
	isEstimate: boolean;
	reporter: string;
	source: string;
	url: string;
	retrievedOn: string;
	origin: string;
	/** The change on the year before as the source states it, per cent; null when it states none. */
	growthPct: number | null;
}

/**
 * The official figures known at `asOf`: a year's figure counts once the year is over (the sources
 * were all published after their year ended), so a view of mid-2024 shows up to 2023.
 */
export async function loadOfficialSeries(db: Db, asOf: string): Promise<OfficialPoint[]> {
	const rows = await db
		.select()
		.from(officialTradeFigures)
		.where(sql`${officialTradeFigures.year} < ${Number(asOf.slice(0, 4))}`)
		.orderBy(asc(officialTradeFigures.year));
	return rows.map((r) => ({
		year: r.year,
		valueUsd: normalizeDecimal(r.valueUsd),
		isEstimate: r.status === 'estimate',
		reporter: r.reporter,
		source: r.source,
		url: r.url,
		retrievedOn: r.retrievedOn,
		origin: r.origin,
		growthPct: r.growthPct === null ? null : Number(r.growthPct)
	}));
}

/** Every row, for the editor page and the CSV download of the current table. */
export async function listOfficialFigures(db: Db): Promise<OfficialTradeFigure[]> {
	return db.select().from(officialTradeFigures).orderBy(asc(officialTradeFigures.year));
}
