/** Digits of a written number, e.g. "1-888-373-7888" → "18883737888". */
export const digitsOf = (written: string): string => written.replace(/\D/g, '');

const COUNTRY_CODES = ['1', '44'];

/**
 * Whether a displayed number is the same number as its dialled form: identical digits, or the
 * national form of an E.164 number (UK "0800…" for +44800…, US without the leading 1).
 */
export function displayMatchesTel(tel: string, display: string): boolean {
  const shown = digitsOf(display);
  if (!tel.startsWith('+')) return shown === tel;
  const international = tel.slice(1);
  if (shown === international) return true;
  const code = COUNTRY_CODES.find((c) => international.startsWith(c));
  if (code === undefined) return false;
  const national = international.slice(code.length);
  return shown === national || shown === `0${national}`;
}
