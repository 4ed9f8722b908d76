import { EntityManager } from 'typeorm';
import { addDays, brokenRules, DataCheck, DEVELOPMENT_RULES, DevelopmentRecord, todayInChina } from '@wb/contracts';
import { subtreeMarker } from '../common/list-query';
import { inOrgs, subtreeOrgIds, yearPeriod } from './annual-sql';

type Row = Record<string, unknown>;

/** Lists are long enough to act on, not to print a thousand lines. */
const LIMIT = 200;
/** A deed not moving for this long, when not finished, has stalled. */
const STALLED_DAYS = 60;

/**
 * What to put right before a year is finalised, each with the record it concerns: meetings with more
 * attending than expected or without minutes, completed deeds without a date, deeds whose progress
 * stalled, development dates that break a rule or a step overdue, and months without any meeting.
 */
export async function dataChecks(manager: EntityManager, orgId: number, year: number): Promise<DataCheck[]> {
  const subtree = `%${subtreeMarker(orgId)}%`;
  const orgIds = await subtreeOrgIds(manager, orgId);
  const { start, end } = yearPeriod(year);
  const today = todayInChina();
  const asOf = end < today ? end : today;
  const checks: DataCheck[] = [];
  const add = (kind: DataCheck['kind'], resource: string | null, row: Row, message: string, date?: string) =>
    checks.push({ kind, resource, recordId: row.id == null ? null : Number(row.id), orgId: Number(row.orgId), message, ...(date ? { date } : {}) });

  const meetings: Row[] = await manager.query(
    `SELECT t.id, t.orgId, t.date, t.topic, t.expectedCount, t.attendedCount, t.minutes FROM meetings t WHERE ${inOrgs('t', orgIds)} AND t.date >= ? AND t.date <= ? AND (t.attendedCount > t.expectedCount OR t.minutes IS NULL OR t.minutes = '') ORDER BY t.date LIMIT ${LIMIT * 2}`,
    [start, end],
  );
  for (const m of meetings) {
    if (Number(m.attendedCount) > Number(m.expectedCount)) add('attended_above_expected', 'meetings', m, `${m.date}「${m.topic}」实到 ${m.attendedCount} 人，多于应到 ${m.expectedCount} 人`);
    if (!m.minutes) add('meeting_without_minutes', 'meetings', m, `${m.date}「${m.topic}」没有会议记录`);
  }

  const deeds: Row[] = await manager.query(
    `SELECT t.id, t.orgId, t.title, t.status, t.completedDate, t.plannedStart, (SELECT MAX(ms.date) FROM deed_milestones ms WHERE ms.deedId = t.id) AS lastMove
     FROM deeds t WHERE ${inOrgs('t', orgIds)} AND t.plannedStart >= ? AND t.plannedStart <= ? ORDER BY t.plannedStart LIMIT ${LIMIT * 2}`,
    [start, end],
  );
  const stalledBefore = addDays(asOf, -STALLED_DAYS);
  for (const d of deeds) {
    if (d.status === 'completed' && !d.completedDate) add('completed_without_date', 'deeds', d, `「${d.title}」已完成但没有完成日期`);
    const lastMove = String(d.lastMove ?? d.plannedStart).slice(0, 10);
    if (d.status !== 'completed' && lastMove < stalledBefore) add('deed_stalled', 'deeds', d, `「${d.title}」自 ${lastMove} 以来没有新的进展`);
  }

  const pipeline: Row[] = await manager.query(
    `SELECT t.*, m.name AS memberName FROM development_records t JOIN members m ON m.id = t.memberId WHERE ${inOrgs('t', orgIds)} AND (t.applicationDate <= ?) AND (t.fullMemberDate IS NULL OR t.fullMemberDate >= ?) LIMIT ${LIMIT * 2}`,
    [end, start],
  );
  for (const p of pipeline) {
    const record = Object.fromEntries(Object.entries(p).map(([key, value]) => [key, value === null ? null : key.endsWith('Date') ? String(value).slice(0, 10) : value])) as unknown as Partial<DevelopmentRecord>;
    for (const rule of brokenRules(DEVELOPMENT_RULES, record)) add('development_out_of_order', 'development-records', p, `${p.memberName}：${rule.message.zh}`);
    if (record.dueDate && record.dueDate < asOf) add('development_overdue', 'development-records', p, `${p.memberName}：${record.dueDate} 到期的下一步尚未完成`);
  }

  const branches: Row[] = await manager.query(
    `SELECT o.id, o.name AS name, o.id AS orgId FROM orgs o WHERE o.deletedAt IS NULL AND o.path LIKE ? AND o.type IN ('party_branch', 'party_group') ORDER BY o.path`,
    [subtree],
  );
  const held: Row[] = await manager.query(
    `SELECT t.orgId AS orgId, SUBSTR(t.date, 6, 2) AS month FROM meetings t WHERE ${inOrgs('t', orgIds)} AND t.date >= ? AND t.date <= ? GROUP BY t.orgId, SUBSTR(t.date, 6, 2)`,
    [start, end],
  );
  const active = new Set(held.map((row) => `${row.orgId}|${row.month}`));
  for (const branch of branches) {
    for (let m = 1; m <= 12; m++) {
      const month = String(m).padStart(2, '0');
      if (`${year}-${month}-01` > asOf) break;
      // opens a new meeting of that branch, dated the first of the month
      if (!active.has(`${branch.id}|${month}`)) add('month_without_meeting', 'meetings', { id: null, orgId: branch.id }, `${branch.name} ${year}年${m}月没有召开任何会议`, `${year}-${month}-01`);
    }
  }
  return checks.slice(0, LIMIT * 4);
}
