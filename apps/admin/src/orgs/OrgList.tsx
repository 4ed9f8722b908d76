import { List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { OrgType } from '@wb/contracts';
import { ListActions } from '../common/ListActions';
import { RecyclableDatagrid } from '../trash/RecyclableLists';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <EnumInput key="type" source="type" values={OrgType} />];

export const OrgList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'id', order: 'ASC' }}
    perPage={50}
    exporter={false}
  >
    <RecyclableDatagrid rowClick="show">
      <TextField source="name" />
      <EnumField source="type" values={OrgType} />
      <ReferenceField source="parentId" reference="orgs" link={false} emptyText="—" />
    </RecyclableDatagrid>
  </List>
);
