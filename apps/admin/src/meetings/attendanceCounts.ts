import type { AttendanceStatus } from '@wb/contracts';

export interface AttendanceRow {
  memberId?: number | null;
  status?: AttendanceStatus | null;
  reason?: string | null;
}

export interface Counts {
  expectedCount: number;
  attendedCount: number;
}

/** Expected: everyone listed; attended: those marked present. */
export function countsOf(rows: readonly AttendanceRow[]): Counts {
  return { expectedCount: rows.length, attendedCount: rows.filter((row) => row.status === 'present').length };
}

/**
 * The rows after "fill from the org's members": those already listed keep their status and
 * reason, everyone else is added as present, in the members' order.
 */
export function fillFromMembers(rows: readonly AttendanceRow[], memberIds: readonly number[]): AttendanceRow[] {
  const listed = new Set(rows.map((row) => row.memberId));
  return [...rows, ...memberIds.filter((id) => !listed.has(id)).map((memberId) => ({ memberId, status: 'present' as const, reason: null }))];
}

const sameCounts = (a: Partial<Counts>, b: Counts) => Number(a.expectedCount) === b.expectedCount && Number(a.attendedCount) === b.attendedCount;
const empty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Whether the counts should follow the attendance list: yes while they are empty or still what
 * the list last gave them; no once someone typed other numbers (a meeting with 40 expected and
 * only the absentees listed, say).
 */
export function countsFollow(current: Partial<Counts>, lastDerived: Counts | null): boolean {
  if (empty(current.expectedCount) && empty(current.attendedCount)) return true;
  return lastDerived !== null && sameCounts(current, lastDerived);
}
