import { EntityManager } from 'typeorm';
import { Org } from '../../orgs/org.entity';
import { assertExists } from './crud.service';

/** Every org-owned record must name an existing org. */
export function assertOrgExists(manager: EntityManager, orgId: number): Promise<void> {
  return assertExists(manager, Org, orgId, 'orgId', '所属组织不存在');
}
