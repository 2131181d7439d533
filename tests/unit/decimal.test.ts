/** One decimal module (src/lib/decimal.ts) replaced the digit shifts in format.ts, extract/numbers.ts and track/search.ts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleDecimal, shiftDecimalLeft } from '../../src/lib/decimal';

/** format.ts's shiftDecimalLeft as it was, verbatim. */
function oldShiftDecimalLeft(value: string, places: number): string {
	const negative = value.startsWith('-');
	const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
	const padded = whole.padStart(places + 1, '0');
	const head = padded.slice(0, padded.length - places).replace(/^0+(?=\d)/, '');
	const tail = (padded.slice(padded.length - places) + fraction).replace(/0+$/, '');
	return `${negative ? '-' : ''}${head}${tail ? `.${tail}` : ''}`;
}

/** track/search.ts's number key as it was (stored in search documents), verbatim. */
function oldNumberKey(int: string, frac: string, exp: number): string {
	const shifted = frac.padEnd(exp, '0');
	let whole = (int + shifted.slice(0, exp)).replace(/^0+(?=\d)/, '');
	const rest = shifted.slice(exp).replace(/0+$/, '');
	if (whole === '') whole = '0';
	return rest ? `n${whole}p${rest}` : `n${whole}`;
}

const digits = (min: number, max: number) =>
	fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));

describe('one decimal shift', () => {
	it('moves the point left as the display did', () => {
		fc.assert(
			fc.property(
				fc.boolean(),
				digits(1, 25),
				fc.option(digits(1, 12)),
				fc.nat(15),
				(neg, w, f, p) => {
					const v = `${neg ? '-' : ''}${w}${f ? `.${f}` : ''}`;
					expect(shiftDecimalLeft(v, p)).toBe(oldShiftDecimalLeft(v, p));
				}
			),
			{ numRuns: 5000 }
		);
	});

	it('writes the search keys that stored documents hold', () => {
		fc.assert(
			fc.property(digits(0, 25), digits(0, 25), fc.nat(15), (int, frac, exp) => {
				expect(`n${scaleDecimal(int, frac, exp).replace('.', 'p')}`).toBe(
					oldNumberKey(int, frac, exp)
				);
			}),
			{ numRuns: 5000 }
		);
	});
});
