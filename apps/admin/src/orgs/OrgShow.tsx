import { ReferenceField, Show, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateFields';
import { OrgType } from '@wb/contracts';
import { HistoryTabs } from '../audit/HistoryTabs';
import { EnumField } from '../common/EnumField';

export const OrgShow = () => (
  <Show>
    <HistoryTabs>
      <TextField source="name" />
      <EnumField source="type" values={OrgType} />
      <ReferenceField source="parentId" reference="orgs" link="show" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </HistoryTabs>
  </Show>
);
