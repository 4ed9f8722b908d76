import { Org } from '../../orgs/org.entity';
import { Reference } from './references';

/** The org a record belongs to (`spec.orgField`): it must exist and lie in the actor's scope. */
export function orgReference(path: string): Reference {
  return { path, target: Org, targetOrgField: 'id', label: '所属组织' };
}
