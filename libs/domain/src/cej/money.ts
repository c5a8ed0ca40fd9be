/**
 * Exact decimal arithmetic for money and rule parameters: amounts are strings ("552.29") read into integers at a
 * fixed scale (cents for money), computed with BigInt, and written back as strings. No float ever touches a euro.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Whether the text is a plain decimal number ("600", "347.3", "0.8000"). */
export function isDecimal(value: unknown): value is string {
  return typeof value === 'string' && DECIMAL.test(value);
}

/** Reads a decimal string as an integer scaled by 10^scale; refuses more decimals than the scale holds (no silent rounding). */
export function parseScaled(value: string | number, scale: number): bigint {
  const text = typeof value === 'number' ? String(value) : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) throw new Error(`Not a decimal number: ${value}`);
  const [, sign, whole, fraction = ''] = match;
  const trimmed = fraction.replace(/0+$/, '');
  if (trimmed.length > scale) throw new Error(`More than ${scale} decimals: ${value}`);
  const digits = BigInt(whole + fraction.padEnd(scale, '0').slice(0, scale));
  return sign === '-' ? -digits : digits;
}

/** Euros as a string → cents. */
export const toCents = (euros: string | number): bigint => parseScaled(euros, 2);

/** An integer scaled by 10^scale → its decimal string with exactly `scale` decimals. */
export function formatScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale);
  return `${negative ? '-' : ''}${whole}${scale > 0 ? `.${fraction}` : ''}`;
}

/** Cents → "347.30". */
export const formatCents = (cents: bigint): string => formatScaled(cents, 2);

/** a / b rounded half away from zero (the way amounts are rounded to the cent). */
export function divRound(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new Error('Division by zero');
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const quotient = (absA * 2n + absB) / (absB * 2n);
  return negative ? -quotient : quotient;
}

export const maxBig = (a: bigint, b: bigint): bigint => (a > b ? a : b);
export const minBig = (a: bigint, b: bigint): bigint => (a < b ? a : b);
export const pow10 = (n: number): bigint => 10n ** BigInt(n);
