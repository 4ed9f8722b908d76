import { EntityManager } from 'typeorm';
import { REPORT_PHOTO_RESOURCES, ReportPhotoGroup } from '@wb/contracts';
import { inOrgs, Period, TOTAL_SOURCES, unionAll } from './annual-sql';

/** What names an activity in the report, per table; its date is the one the year's totals count it by. */
const TITLE_COLUMN: Record<string, string> = {
  meetings: 'topic',
  research_trips: 'topic',
  deeds: 'title',
  volunteer_services: 'title',
  outreach_activities: 'title',
};

interface PhotoRow {
  resource: string;
  recordId: number | string;
  title: string;
  day: string;
  id: number | string;
  fileName: string;
  width: number | string | null;
  height: number | string | null;
  sha256: string;
}

/**
 * The photos chosen for the year-end report (`inReport`), grouped under the activity of the org's
 * subtree and period they belong to, in date order: one statement for every kind of activity.
 */
export async function reportPhotoGroups(manager: EntityManager, orgIds: readonly number[], period: Period): Promise<ReportPhotoGroup[]> {
  const statement = unionAll(
    REPORT_PHOTO_RESOURCES.map((resource) => {
      const table = resource.replace(/-/g, '_');
      const date = TOTAL_SOURCES.find((source) => source.table === table)!.placedBy;
      return {
        sql:
          `SELECT '${resource}' AS resource, t.id AS recordId, t.${TITLE_COLUMN[table]} AS title, t.${date} AS day, ` +
          'a.id AS id, a.fileName AS fileName, a.width AS width, a.height AS height, a.sha256 AS sha256 ' +
          `FROM ${table} t JOIN attachments a ON a.resource = '${resource}' AND a.recordId = t.id ` +
          "AND a.deletedAt IS NULL AND a.inReport = 1 AND a.kind = 'image' " +
          `WHERE ${inOrgs('t', orgIds)} AND t.${date} >= ? AND t.${date} <= ?`,
        params: [period.start, period.end],
      };
    }),
  );
  const rows: PhotoRow[] = await manager.query(`${statement.sql}\nORDER BY day, resource, recordId, id`, statement.params);
  const groups = new Map<string, ReportPhotoGroup>();
  for (const row of rows) {
    const key = `${row.resource}/${row.recordId}`;
    if (!groups.has(key)) groups.set(key, { resource: row.resource, recordId: Number(row.recordId), title: row.title, date: String(row.day).slice(0, 10), photos: [] });
    const size = (value: number | string | null) => (value === null ? null : Number(value));
    groups.get(key)!.photos.push({ id: Number(row.id), fileName: row.fileName, width: size(row.width), height: size(row.height), sha256: row.sha256 });
  }
  return [...groups.values()];
}
