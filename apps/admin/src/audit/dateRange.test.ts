import { describe, expect, it } from 'vitest';
import { endOfLocalDay, startOfLocalDay } from './dateRange';

describe('audit date range', () => {
  it('turns a calendar day into the first and last instant of that local day', () => {
    expect(startOfLocalDay('2021-05-01')).toBe(new Date(2021, 4, 1).toISOString());
    expect(endOfLocalDay('2021-05-01')).toBe(new Date(2021, 4, 1, 23, 59, 59, 999).toISOString());
    expect(new Date(endOfLocalDay('2021-05-01')).getTime() - new Date(startOfLocalDay('2021-05-01')).getTime()).toBe(86_399_999);
  });

  it('leaves anything else alone', () => {
    expect(startOfLocalDay('')).toBe('');
    expect(endOfLocalDay('2021-05-01T10:00:00Z')).toBe('2021-05-01T10:00:00Z');
  });
});
