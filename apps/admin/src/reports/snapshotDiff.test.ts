import { describe, expect, it } from 'vitest';
import { BREAKDOWN_KEYS, TOTAL_KEYS, type AnnualReport } from '@wb/contracts';
import { snapshotChanges } from './snapshotDiff';

const report = (meetings: number, video: number): AnnualReport => {
  const totals = Object.fromEntries(TOTAL_KEYS.map((key) => [key, 0])) as AnnualReport['totals'];
  totals.meetings = meetings;
  const breakdowns = Object.fromEntries(BREAKDOWN_KEYS.map((key) => [key, []])) as unknown as AnnualReport['breakdowns'];
  breakdowns.meetingsByFormat = [{ key: 'video', label: '视频会议', count: video }];
  return { year: 2021, orgId: 1, orgName: '', totals, previous: { totals }, sinceFounding: { recruitments: 0 }, outreachAspects: 0, breakdowns, byOrg: [], compliance: [], development: [] };
};

describe('snapshot changes', () => {
  it('lists the totals and breakdown entries that moved, and nothing else', () => {
    expect(snapshotChanges(report(23, 7), report(23, 7))).toEqual([]);
    expect(snapshotChanges(report(23, 7), report(24, 8))).toEqual([
      { label: '会议', then: 23, now: 24 },
      { label: '会议形式 · 视频会议', then: 7, now: 8 },
    ]);
  });
});
