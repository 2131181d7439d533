/**
 * Exact decimal arithmetic on decimal strings: the numbers extraction writes ("1640000000",
 * "12.5") and PostgreSQL returns ("1640000000.00"). Points are moved by shifting digits in the
 * string; money is compared and summed as scaled BigInts; only the final, displayed percentages
 * become floats. The one decimal module: extraction, search keys, the trade series and the
 * charts' display all use it, and it runs in the browser too.
 */
/** Exact decimal shift of `int.frac` by 10^exp: ("1", "64", 9) → "1640000000", ("5", "", -3) → "0.005". */
export function scaleDecimal(int: string, frac: string, exp: number): string {
	let digits = int + frac;
	let point = int.length + exp;
	if (point > digits.length) digits = digits.padEnd(point, '0');
	if (point < 0) {
		digits = '0'.repeat(-point) + digits;
		point = 0;
	}
	let whole = digits.slice(0, point).replace(/^0+/, '') || '0';
	const fraction = digits.slice(point).replace(/0+$/, '');
	if (whole === '') whole = '0';
	return fraction ? `${whole}.${fraction}` : whole;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Moves the decimal point of an exact decimal string `places` to the left. */
export function shiftDecimalLeft(value: string, places: number): string {
	if (!DECIMAL.test(value)) throw new Error(`not a decimal number: ${value}`);
	const negative = value.startsWith('-');
	const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
	return `${negative ? '-' : ''}${scaleDecimal(whole, fraction, -places)}`;
}

const SCALE = 6;
const FACTOR = 10n ** BigInt(SCALE);

/** "12.5" → 12500000n (6 decimal places); more places are truncated toward zero. */
export function toScaled(value: string): bigint {
	const m = /^(-)?(\d*)(?:\.(\d*))?$/.exec(value.trim());
	if (!m || (m[2] === '' && !m[3]))
		throw new Error(`not a decimal number: ${JSON.stringify(value)}`);
	const whole = BigInt(m[2] || '0');
	const frac = BigInt(((m[3] ?? '') + '0'.repeat(SCALE)).slice(0, SCALE));
	const abs = whole * FACTOR + frac;
	return m[1] ? -abs : abs;
}

export function fromScaled(v: bigint): string {
	const neg = v < 0n;
	const abs = neg ? -v : v;
	const whole = abs / FACTOR;
	const frac = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
	return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Canonical form: "2200000000.00" → "2200000000", so equal amounts compare equal as strings. */
export function normalizeDecimal(value: string): string {
	return fromScaled(toScaled(value));
}

export function compareDecimal(a: string, b: string): number {
	const x = toScaled(a);
	const y = toScaled(b);
	return x < y ? -1 : x > y ? 1 : 0;
}

export function decimalEquals(a: string | null, b: string | null): boolean {
	if (a === null || b === null) return a === b;
	return compareDecimal(a, b) === 0;
}

/** `part / whole * 100` rounded to 0.1, computed on integers so 2.2 bn / 5 bn is exactly 44. */
export function percentOf(part: string, whole: string): number | null {
	const w = toScaled(whole);
	if (w === 0n) return null;
	const tenthsTimes = (toScaled(part) * 2000n) / w; // 1000 × 2, for rounding half up
	return Number((tenthsTimes + (tenthsTimes >= 0n ? 1n : -1n)) / 2n) / 10;
}

/** Growth from `from` to `to` in percent, rounded to 0.1. */
export function growthPct(from: string, to: string): number | null {
	const p = percentOf(to, from);
	return p === null ? null : Math.round((p - 100) * 10) / 10;
}

/** Compound yearly growth needed to go from `from` to `to` in `years` years, in percent (display only). */
export function requiredYearlyGrowthPct(from: string, to: string, years: number): number | null {
	if (years <= 0) return null;
	const ratio = Number(toScaled(to)) / Number(toScaled(from));
	if (!Number.isFinite(ratio) || ratio <= 0) return null;
	return Math.round((Math.pow(ratio, 1 / years) - 1) * 1000) / 10;
}
