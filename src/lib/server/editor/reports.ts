/**
 * "Report an error": a reader's note about an item or an article becomes a proposal of kind
 * 'report' in the editors' queue. No account and no CAPTCHA; instead a honeypot field (a bot
 * fills every input, a person never sees this one) and counters in the database
 * (`login_attempts`, keys 'report:…'), so the limit holds across every app instance and restart.
 */
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { articles, commitments, proposals } from '../db/schema';
import { countAttempt, type LimitRule } from '../auth/rate-limit';

const MINUTE = 60_000;
/** One address: five reports an hour, then a wait that doubles from ten minutes. */
export const REPORT_ADDRESS_LIMIT: LimitRule = {
	freeAttempts: 5,
	firstLockMs: 10 * MINUTE,
	maxLockMs: 24 * 60 * MINUTE,
	forgetAfterMs: 60 * MINUTE
};
/** Everyone together: a flood from many addresses still cannot bury the queue. */
export const REPORT_SITE_LIMIT: LimitRule = {
	freeAttempts: 200,
	firstLockMs: 10 * MINUTE,
	maxLockMs: 6 * 60 * MINUTE,
	forgetAfterMs: 60 * MINUTE
};

export const NOTE_MIN = 10;
export const NOTE_MAX = 2000;

export const ReportForm = z.object({
	target: z.enum(['item', 'article']),
	id: z.coerce.number().int().positive().max(2_147_483_647),
	note: z.string().trim().min(NOTE_MIN).max(NOTE_MAX),
	// The honeypot: hidden from people, so anything in it came from a bot.
	website: z.string().max(500).default('')
});
export type Report = z.infer<typeof ReportForm>;

export type ReportResult =
	{ ok: true } | { ok: false; reason: 'limited'; retryAt: Date } | { ok: false; reason: 'gone' };

export async function submitReport(
	db: Db,
	report: Report,
	ip: string,
	now = new Date()
): Promise<ReportResult> {
	// A bot is told it worked, so it does not try again differently; nothing is stored or counted.
	if (report.website.trim() !== '') return { ok: true };
	for (const [key, rule] of [
		[`report:ip:${ip}`, REPORT_ADDRESS_LIMIT],
		['report:site', REPORT_SITE_LIMIT]
	] as const) {
		const gate = await countAttempt(db, key, rule, now);
		if (!gate.allowed) return { ok: false, reason: 'limited', retryAt: gate.retryAt };
	}
	return db.transaction(async (tx): Promise<ReportResult> => {
		if (report.target === 'item') {
			const [item] = await tx
				.select({ id: commitments.id })
				.from(commitments)
				.where(eq(commitments.id, report.id));
			if (!item) return { ok: false, reason: 'gone' };
			await tx.insert(proposals).values({
				kind: 'report',
				commitmentId: item.id,
				payload: { note: report.note, target: 'item' }
			});
		} else {
			const [article] = await tx
				.select({ id: articles.id, title: articles.title })
				.from(articles)
				.where(eq(articles.id, report.id));
			if (!article) return { ok: false, reason: 'gone' };
			await tx.insert(proposals).values({
				kind: 'report',
				payload: {
					note: report.note,
					target: 'article',
					articleId: article.id,
					articleTitle: article.title
				}
			});
		}
		return { ok: true };
	});
}
