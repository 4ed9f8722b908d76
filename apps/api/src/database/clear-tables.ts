import { EntityManager } from 'typeorm';
import { bumpOrgTreeVersion } from '../common/list-query';
import { Org } from '../orgs/org.entity';
import { FACTS_TABLE } from '../reports/report-facts';
import { ENTITIES } from './entities';

/** Deletes every row (the report's counts too), children first; org parents are unlinked first since MySQL checks each row. */
export async function clearTables(manager: EntityManager): Promise<void> {
  for (const entity of [...ENTITIES].reverse()) {
    if (entity === Org) await manager.query('UPDATE orgs SET parentId = NULL');
    await manager.createQueryBuilder().delete().from(entity).execute();
  }
  await manager.query(`DELETE FROM ${FACTS_TABLE}`);
  await bumpOrgTreeVersion(manager);
}
