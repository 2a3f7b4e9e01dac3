import { describe, expect, it } from 'vitest';
import { all, any, N, notN, notY, U, Y, inJurisdiction } from '../../machines/logic';

const at = (answers: Record<string, string>) => ({ answers, jurisdiction: 'US' as const });

describe('three-valued logic', () => {
  it('an atom is open until its fact is answered', () => {
    expect(Y('force')(at({}))).toEqual({ value: null, open: ['force'], support: [] });
    expect(Y('force')(at({ force: 'yes' })).value).toBe(true);
    expect(Y('force')(at({ force: 'unsure' })).value).toBe(false);
    expect(U('force')(at({ force: 'unsure' })).value).toBe(true);
    expect(N('force')(at({ force: 'no' })).value).toBe(true);
    expect(notN('force')(at({ force: 'unsure' })).value).toBe(true);
    expect(notY('force')(at({ force: 'yes' })).value).toBe(false);
  });
  it('all: false as soon as one part is false, open facts only from parts that can still matter', () => {
    expect(all(Y('labor'), Y('force'))(at({ labor: 'no' })).value).toBe(false);
    expect(all(Y('labor'), Y('force'))(at({ labor: 'yes' }))).toEqual({ value: null, open: ['force'], support: [] });
    expect(all(Y('labor'), Y('force'))(at({ labor: 'yes', force: 'yes' }))).toEqual({ value: true, open: [], support: ['labor', 'force'] });
  });
  it('any: true as soon as one part is true, with that part as the reason', () => {
    expect(any(Y('force'), Y('fraud'))(at({ fraud: 'yes' }))).toEqual({ value: true, open: [], support: ['fraud'] });
    expect(any(Y('force'), Y('fraud'))(at({ force: 'no' }))).toEqual({ value: null, open: ['fraud'], support: [] });
    expect(any(Y('force'), Y('fraud'))(at({ force: 'no', fraud: 'unsure' })).value).toBe(false);
  });
  it('a jurisdiction condition is settled from the start', () => {
    expect(inJurisdiction('UK')({ answers: {}, jurisdiction: 'UK' }).value).toBe(true);
    expect(inJurisdiction('UK', 'INTL')({ answers: {}, jurisdiction: 'US' }).value).toBe(false);
  });
});
