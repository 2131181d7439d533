import { describe, expect, it } from 'vitest';
import { normalizeTargetFields, readAmount } from '../../src/lib/server/editor/amounts';

describe('target amounts typed as people write them', () => {
	it('reads scale words, their spellings, units and grouped digits to the exact decimal', () => {
		expect(readAmount('5 tỷ', 'vi')).toEqual({ value: '5000000000', max: null, unit: null });
		expect(readAmount('5 tỉ USD', 'vi')).toEqual({ value: '5000000000', max: null, unit: 'USD' });
		expect(readAmount('5 billion', 'en')?.value).toBe('5000000000');
		expect(readAmount('5.000.000.000', 'vi')?.value).toBe('5000000000');
		expect(readAmount('1,5 tỷ USD', 'vi')?.value).toBe('1500000000');
	});
	it('reads the separator the way the editor’s language does', () => {
		expect(readAmount('12,5', 'vi')?.value).toBe('12.5');
		expect(readAmount('1.500', 'vi')?.value).toBe('1500');
		expect(readAmount('1.5', 'en')?.value).toBe('1.5');
	});
	it('refuses text that is not one amount alone', () => {
		expect(readAmount('5 tỷ và 3 triệu', 'vi')).toBeNull();
		expect(readAmount('about five', 'en')).toBeNull();
		expect(readAmount('  ', 'en')).toBeNull();
	});
	it('fills an empty unit from the amount and leaves unreadable text for the schema to refuse', () => {
		expect(normalizeTargetFields({ targetValue: '5 tỉ USD', unit: '' }, 'vi')).toMatchObject({
			targetValue: '5000000000',
			unit: 'USD'
		});
		expect(normalizeTargetFields({ targetValue: '300 MW', unit: 'km' }, 'en').unit).toBe('km');
		expect(normalizeTargetFields({ targetValue: 'lots', unit: '' }, 'en').targetValue).toBe('lots');
	});
});
