/**
 * Numbers from shared/reference/contacts.md marked obsolete: they must never appear anywhere in
 * the tool (content, code or the built site). Kept here, digits only, so the list itself is not
 * content.
 */
export const OBSOLETE_NUMBERS = [
  { digits: '08007832589', why: '2011 Metropolitan Police line, 9–5 only' },
  { digits: '03003038151', why: 'old Salvation Army number, replaced on 4 January 2021' },
] as const;

/** Whether a text contains an obsolete number in any common spelling (spaces, dashes, +44). */
export function findObsoleteNumbers(text: string): string[] {
  const digits = text.replace(/[\s\-().]/g, '');
  return OBSOLETE_NUMBERS.filter(({ digits: d }) => digits.includes(d) || digits.includes(`+44${d.slice(1)}`) || digits.includes(`44${d.slice(1)}`)).map((n) => n.digits);
}
