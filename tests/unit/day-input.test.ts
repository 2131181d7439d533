import { describe, expect, it } from 'vitest';
import { dayForInput, dayFromInput } from '../../src/lib/day-input';
import { StatusChangeSchema } from '../../src/lib/server/editor/fields';

/** #16 "date inputs show day/month/year in Vietnamese": shown so, typed so, stored as ISO. */
describe('days as a Vietnamese reader writes them', () => {
	it('shows a stored day as day/month/year in Vietnamese and as ISO in English', () => {
		expect(dayForInput('2029-12-31', 'vi')).toBe('31/12/2029');
		expect(dayForInput('2029-12-31', 'en')).toBe('2029-12-31');
		expect(dayForInput(null, 'vi')).toBe('');
	});
	it('reads day/month/year and ISO alike, and leaves anything else for the date check', () => {
		expect(dayFromInput('31/12/2029')).toBe('2029-12-31');
		expect(dayFromInput(' 1.2.2030 ')).toBe('2030-02-01');
		expect(dayFromInput('2029-12-31')).toBe('2029-12-31');
		expect(dayFromInput('năm sau')).toBe('năm sau');
	});
	it('the status form stores the typed Vietnamese day as ISO and refuses a day off the calendar', () => {
		const base = {
			toStatus: 'in_progress',
			reason: 'Works began at the site.',
			note: 'Seen there.'
		};
		expect(StatusChangeSchema.parse({ ...base, effectiveOn: '05/03/2026' }).effectiveOn).toBe(
			'2026-03-05'
		);
		expect(StatusChangeSchema.safeParse({ ...base, effectiveOn: '31/13/2026' }).success).toBe(
			false
		);
	});
});
