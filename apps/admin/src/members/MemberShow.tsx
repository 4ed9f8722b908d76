import { ReferenceField, Show, TextField } from 'react-admin';
import { Gender, PoliticalStatus, SocietyRole } from '@wb/contracts';
import { HistoryTabs } from '../audit/HistoryTabs';
import { DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';
import { EnumListField } from '../common/EnumListField';

export const MemberShow = () => (
  <Show>
    <HistoryTabs>
      <TextField source="name" />
      <EnumField source="gender" values={Gender} />
      <DayField source="birthDate" />
      <EnumField source="politicalStatus" values={PoliticalStatus} />
      <ReferenceField source="orgId" reference="orgs" link={false} />
      <TextField source="unit" emptyText="—" />
      <TextField source="position" emptyText="—" />
      <EnumListField source="societyRoles" values={SocietyRole} />
      <TextField source="phone" emptyText="—" />
    </HistoryTabs>
  </Show>
);
