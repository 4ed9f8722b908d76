import { EntityManager, In } from 'typeorm';
import { ATTACHABLE } from '@wb/contracts';
import { Attachment } from './attachment.entity';

/** How many files each record has (deleted files not counted), in one query: a list page's paperclips. */
export async function attachmentCounts(manager: EntityManager, resource: string, recordIds: number[]): Promise<Map<number, number>> {
  if (!ATTACHABLE.includes(resource) || recordIds.length === 0) return new Map();
  const rows: { recordId: number | string; n: number | string }[] = await manager
    .getRepository(Attachment)
    .createQueryBuilder('a')
    .select('a.recordId', 'recordId')
    .addSelect('COUNT(*)', 'n')
    .where({ resource, recordId: In(recordIds) })
    .groupBy('a.recordId')
    .getRawMany();
  return new Map(rows.map((row) => [Number(row.recordId), Number(row.n)]));
}
