import { ATTACHABLE } from '@wb/contracts';
import { DerivedValue } from '../common/list-query';

/**
 * A list row's paperclip: how many files the record has (deleted files not counted), read in the
 * page's own statement. None for resources that take no files.
 */
export function attachmentCount(resource: string): DerivedValue[] {
  if (!ATTACHABLE.includes(resource)) return [];
  // the resource is a list spec's constant (letters and dashes), never input
  if (!/^[a-z-]+$/.test(resource)) throw new Error(`not a resource name: ${resource}`);
  return [{ property: 'attachmentCount', sql: (alias) => `SELECT COUNT(*) FROM attachments a WHERE a.resource = '${resource}' AND a.recordId = ${alias}.id AND a.deletedAt IS NULL` }];
}
