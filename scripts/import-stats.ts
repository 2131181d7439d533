/**
 * npm run import:stats -- <file.csv>
 * Brings official yearly trade figures (later years, corrections) into the database: the same
 * columns as static/data/vn-laos-trade-official.csv. Valid rows are written in one transaction
 * with one audit entry; each refused row is listed with its line and reason. Exits 1 when any
 * row was refused, 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { appDatabase, closeAppDatabase } from '../src/lib/server/db';
import { describeRejection, importOfficialFigures } from '../src/lib/server/track/trade-official';

const Args = z.tuple([z.string().min(1)], {
	message: 'give one CSV file: npm run import:stats -- figures.csv'
});

async function main(): Promise<number> {
	const parsed = Args.safeParse(process.argv.slice(2));
	if (!parsed.success) {
		console.error(parsed.error.issues[0]?.message);
		return 2;
	}
	let text: string;
	try {
		text = readFileSync(parsed.data[0], 'utf8');
	} catch (e) {
		console.error(`cannot read ${parsed.data[0]}: ${e instanceof Error ? e.message : String(e)}`);
		return 2;
	}
	const { db } = await appDatabase();
	const report = await importOfficialFigures(db, text, null);
	const years = (ys: number[]) => (ys.length ? ys.join(', ') : '—');
	console.log(`added     ${report.added.length} year(s): ${years(report.added)}`);
	console.log(`updated   ${report.updated.length} year(s): ${years(report.updated)}`);
	console.log(`unchanged ${report.unchanged.length} year(s): ${years(report.unchanged)}`);
	for (const r of report.rejected) console.log(describeRejection(r));
	if (report.auditId !== null) console.log(`audit entry #${report.auditId}`);
	return report.rejected.length ? 1 : 0;
}

main()
	.then(async (code) => {
		await closeAppDatabase();
		process.exit(code);
	})
	.catch(async (e: unknown) => {
		console.error(`import:stats failed: ${e instanceof Error ? e.message : String(e)}`);
		await closeAppDatabase().catch(() => {});
		process.exit(1);
	});
