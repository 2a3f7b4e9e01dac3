/**
 * Numbers that must never appear in the tool: those shared/reference/contacts.md marks obsolete,
 * those under "Obsolete numbers — never show" in shared/reference/country-contacts.md, and the
 * misprinted or conflicting forms it lists ("Never show a misprinted form"). Kept here, digits
 * only, so the list itself is not content.
 *
 * Long numbers are searched for in every file (content, code and the built site). Short codes (3
 * digits, like the Philippines' old 117 — which is Cambodia's current police line) are checked
 * only where they could be shown: as a number of a contact in that country.
 */
export interface ObsoleteNumber {
  readonly digits: string;
  readonly why: string;
  /** Only wrong in this country (short codes that are valid elsewhere). */
  readonly country?: string;
}

export const OBSOLETE_NUMBERS: readonly ObsoleteNumber[] = [
  { digits: '08007832589', why: 'UK: 2011 Metropolitan Police line, 9–5 only' },
  { digits: '03003038151', why: 'UK: old Salvation Army number, replaced on 4 January 2021' },
  { digits: '018005533000', why: 'MX: older form of the national trafficking line (now 800 5533 000)' },
  { digits: '08000116016', why: 'DE: old number of the Hilfetelefon (now 116 016)' },
  { digits: '01802331333', why: 'DE: mid-2000s Diakonie/Caritas line, no replacement stated' },
  { digits: '08001212', why: 'AL: 2006 IOM line that mobiles could not dial (now 116 006)' },
  { digits: '18001567', why: 'VN: earlier hotline (now 111)' },
  { digits: '0800111222', why: 'UG: earlier child helpline (now 116)' },
  { digits: '0800111333', why: 'UG: earlier child helpline (now 116)' },
  { digits: '080023232', why: 'PE: 2006 IOM/Mininter line (now 1818, option 1)' },
  { digits: '08000737283', why: 'ZA: misprint in a 2010 blog (corrected to 08000 73728)' },
  { digits: '270800737283', why: 'ZA: +27 08 007 37283 conflicts with 08000 73728' },
  { digits: '8007283', why: 'AE: derived from the letters of 800SAVE, printed by no source' },
  { digits: '0800209020', why: 'NZ: MBIE 0800 20 90 20 conflicts with 0800 200 008: not shown until one is settled' },
  { digits: '0800200008', why: 'NZ: Employment NZ 0800 200 008 conflicts with 0800 20 90 20: not shown until one is settled' },
  { digits: '066', why: 'MX: emergency number before 911', country: 'MX' },
  { digits: '060', why: 'MX: emergency number before 911', country: 'MX' },
  { digits: '080', why: 'MX: emergency number before 911', country: 'MX' },
  { digits: '117', why: 'PH: "Patrol 117", replaced by 911', country: 'PH' },
];

const digitsOf = (text: string) => text.replace(/[\s\-().]/g, '');

/**
 * Misprinted forms whose digits are those of a real number, grouped wrongly: the reference's
 * "1800 666 666" for Ireland's Childline 1800 66 66 66. Only the printed form is forbidden.
 */
export const MISPRINTED_FORMS: readonly { readonly text: RegExp; readonly why: string }[] = [
  { text: /1800[\s-]666[\s-]666/, why: 'IE: breakingnews.ie misprint of Childline 1800 66 66 66' },
];

/** Long obsolete numbers (and misprinted forms) in a text, in any common spelling (spaces, dashes, +44). */
export function findObsoleteNumbers(text: string): string[] {
  const digits = digitsOf(text);
  const misprints = MISPRINTED_FORMS.filter((m) => m.text.test(text)).map((m) => m.text.source);
  return [...misprints, ...OBSOLETE_NUMBERS.filter((n) => !n.country)
    .filter(({ digits: d }) => digits.includes(d) || (d.startsWith('0') && (digits.includes(`+44${d.slice(1)}`) || digits.includes(`44${d.slice(1)}`))))
    .map((n) => n.digits)];
}

/** Whether a contact of `country` shows an obsolete short code. */
export const isObsoleteShortCode = (country: string | undefined, digits: string) =>
  OBSOLETE_NUMBERS.some((n) => n.country === country && n.country !== undefined && n.digits === digits);
