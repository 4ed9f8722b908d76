import { describe, expect, it } from 'vitest';
import { changeOf, chooseYear, readNumber, yearOptions } from './reportScope';

describe('report scope', () => {
  it('opens on the year asked for, else the latest year with records up to this one', () => {
    expect(chooseYear(2019, [2021, 2020], '2026-11-28')).toBe(2019);
    expect(chooseYear(undefined, [2027, 2021, 2020], '2026-11-28')).toBe(2021);
    expect(chooseYear(undefined, [], '2026-11-28')).toBe(2026);
  });

  it('offers the years with records, this year and the chosen one, newest first, once each', () => {
    expect(yearOptions([2021, 2020], 2019, '2026-01-02')).toEqual([2026, 2021, 2020, 2019]);
    expect(yearOptions([2026], 2026, '2026-01-02')).toEqual([2026]);
  });

  it('reads only canonical positive integers from the address', () => {
    expect(readNumber('12')).toBe(12);
    expect([readNumber('0'), readNumber('1e3'), readNumber(''), readNumber(null), readNumber('-1')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('states the change from last year', () => {
    expect(changeOf(13, 10)).toEqual({ sign: 'up', amount: 3 });
    expect(changeOf(8, 10)).toEqual({ sign: 'down', amount: 2 });
    expect(changeOf(5, 5)).toEqual({ sign: 'same', amount: 0 });
    expect(changeOf(0, 0)).toBeNull();
  });
});
