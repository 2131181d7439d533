import { describe, expect, it } from 'vitest';
import {
	formatDate,
	formatGrowth,
	formatTarget,
	formatUsd,
	titleAmounts
} from '../../src/lib/format';
import { shiftDecimalLeft } from '../../src/lib/decimal';

describe('money and numbers per locale', () => {
	it('writes billions the way each language reads them', () => {
		expect(formatUsd('1640000000', 'vi')).toBe('1,64 tỷ USD');
		expect(formatUsd('1640000000', 'en')).toBe('1.64 bn USD');
		expect(formatUsd('10000000000', 'vi')).toBe('10 tỷ USD');
		expect(formatUsd('350000000', 'en')).toBe('350 m USD');
		expect(formatUsd('350000000', 'vi')).toBe('350 triệu USD');
	});

	it('scales by moving the decimal point, so values beyond float precision stay exact', () => {
		expect(shiftDecimalLeft('12345678901234567891', 9)).toBe('12345678901.234567891');
		expect(shiftDecimalLeft('5000', 9)).toBe('0.000005');
		expect(shiftDecimalLeft('-1500000000.5', 9)).toBe('-1.5000000005');
		expect(formatUsd('9007199254740993000', 'en')).toBe('9,007,199,254.74 bn USD');
	});

	it('formats ranges, percentages and other units', () => {
		expect(formatTarget('8', '10', '%', 'vi')).toBe('8–10%');
		expect(formatTarget('12.5', null, '%', 'vi')).toBe('12,5%');
		expect(formatTarget('1200', null, 'MW', 'vi')).toBe('1.200 MW');
		expect(formatTarget('1000', null, 'scholarships', 'en')).toBe('1,000 scholarships');
		expect(formatTarget(null, null, 'USD', 'en')).toBeNull();
		expect(formatGrowth(-3.14, 'en')).toBe('−3.1%');
		expect(formatGrowth(12.5, 'vi')).toBe('+12,5%');
	});

	it('writes calendar dates without shifting them by the time zone', () => {
		expect(formatDate('2026-01-26', 'vi')).toBe('26/01/2026');
		expect(formatDate('2026-01-01', 'en')).toBe('1 Jan 2026');
		expect(formatDate(null, 'en')).toBe('—');
	});
});

describe('the time of the last update', () => {
	it("is given on Vietnam's clock, the calendar of the as-of date beside it", async () => {
		const { formatDateTime } = await import('../../src/lib/format');
		// 20:30 UTC on 3 March is 03:30 on 4 March in Hanoi: the page's "as of" is already the 4th.
		expect(formatDateTime('2026-03-03T20:30:00.000Z', 'en')).toBe('4 Mar 2026, 03:30 (UTC+7)');
		expect(formatDateTime('2026-03-03T20:30:00.000Z', 'vi')).toMatch(
			/^03:30 4 thg 3, 2026 \(UTC\+7\)$/
		);
	});
});

describe('amounts in our English titles, in the English pages’ style', () => {
	it('rewrites the engine’s "US$10 billion" as the target column writes it, and nothing else', () => {
		expect(titleAmounts('Trade target: US$10 billion', 'en')).toBe('Trade target: 10 bn USD');
		expect(titleAmounts('Trade target: US$1.5 billion by 2030', 'en')).toBe(
			'Trade target: 1.5 bn USD by 2030'
		);
		expect(titleAmounts('Fund of US$350 million', 'en')).toBe('Fund of 350 m USD');
		expect(titleAmounts('Hanoi–Vientiane expressway', 'en')).toBe('Hanoi–Vientiane expressway');
		expect(formatTarget('10000000000', null, 'USD', 'en')).toBe('10 bn USD');
	});
});
