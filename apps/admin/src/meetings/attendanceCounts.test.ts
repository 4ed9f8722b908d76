import { describe, expect, it } from 'vitest';
import { countsFollow, countsOf, fillFromMembers } from './attendanceCounts';

describe('attendance helpers', () => {
  it('counts everyone listed as expected and those present as attended', () => {
    expect(countsOf([{ status: 'present' }, { status: 'leave' }, { status: 'absent' }, { status: 'present' }])).toEqual({ expectedCount: 4, attendedCount: 2 });
    expect(countsOf([])).toEqual({ expectedCount: 0, attendedCount: 0 });
  });

  it('fills in the members not yet listed, as present, keeping what was marked', () => {
    const rows = [{ memberId: 2, status: 'leave' as const, reason: '出差' }];
    expect(fillFromMembers(rows, [1, 2, 3])).toEqual([
      { memberId: 2, status: 'leave', reason: '出差' },
      { memberId: 1, status: 'present', reason: null },
      { memberId: 3, status: 'present', reason: null },
    ]);
  });

  it('lets the counts follow until someone types other numbers', () => {
    expect(countsFollow({}, null)).toBe(true);
    expect(countsFollow({ expectedCount: 3, attendedCount: 2 }, { expectedCount: 3, attendedCount: 2 })).toBe(true);
    expect(countsFollow({ expectedCount: 40, attendedCount: 2 }, { expectedCount: 3, attendedCount: 2 })).toBe(false);
    expect(countsFollow({ expectedCount: 40, attendedCount: 38 }, null)).toBe(false);
  });
});
