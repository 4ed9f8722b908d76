import type { ResourceProps } from 'react-admin';
import { OrgCreate } from './OrgCreate';
import { OrgEdit } from './OrgEdit';
import { OrgList } from './OrgList';
import { OrgShow } from './OrgShow';

const orgs: Omit<ResourceProps, 'name'> = {
  list: OrgList,
  create: OrgCreate,
  edit: OrgEdit,
  show: OrgShow,
};

export default orgs;
