import { PARTY_WORK, SOCIETY_WORK } from '@wb/contracts';

/** The resources whose writes the audit log records, in menu order. */
export const AUDITED_RESOURCES: readonly string[] = [...PARTY_WORK, ...SOCIETY_WORK, 'members', 'orgs', 'users'].filter(
  (resource, index, all) => all.indexOf(resource) === index,
);
