import { EntityManager } from 'typeorm';
import { ATTACHABLE } from '@wb/contracts';
import { readRows } from '../common/database/entity-rows';

/** How many files each record has (deleted files not counted), in one query: a list page's paperclips. */
export async function attachmentCounts(manager: EntityManager, resource: string, recordIds: number[]): Promise<Map<number, number>> {
  if (!ATTACHABLE.includes(resource) || recordIds.length === 0) return new Map();
  const rows = await readRows(
    manager,
    `SELECT recordId, COUNT(*) AS n FROM attachments WHERE resource = ? AND recordId IN (${recordIds.map(() => '?').join(', ')}) AND deletedAt IS NULL GROUP BY recordId`,
    [resource, ...recordIds],
  );
  return new Map(rows.map((row) => [Number(row.recordId), Number(row.n)]));
}
