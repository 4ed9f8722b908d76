import { Box } from '@mui/material';
import { FunctionField, Labeled, ReferenceField, TabbedShowLayout, TextField, useLocaleState } from 'react-admin';
import { Education, ethnicityLabel, Gender, Occupation, PoliticalStatus, SocietyRole, type Member } from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import { DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';
import { EnumListField } from '../common/EnumListField';
import { showGrid } from '../common/formGrid';
import { RecordShow } from '../common/RecordShow';
import { MemberWork } from './MemberWork';

const Ethnicity = () => {
  const [locale] = useLocaleState();
  return <FunctionField<Member> render={(member) => ethnicityLabel(member.ethnicity, toContractLocale(locale)) || '—'} />;
};

/** The member's page: who they are, and their party work under 工作记录. */
export const MemberShow = () => (
  <RecordShow
    tabs={[
      <TabbedShowLayout.Tab key="work" label="app.members.tab_work" path="work">
        <MemberWork />
      </TabbedShowLayout.Tab>,
    ]}
  >
    <TextField source="name" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="gender"><EnumField source="gender" values={Gender} /></Labeled>
      <Labeled source="birthDate"><DayField source="birthDate" /></Labeled>
      <Labeled source="ethnicity"><Ethnicity /></Labeled>
      <Labeled source="education"><EnumField source="education" values={Education} emptyText="—" /></Labeled>
      <Labeled source="politicalStatus"><EnumField source="politicalStatus" values={PoliticalStatus} /></Labeled>
      <Labeled source="joinedPartyDate"><DayField source="joinedPartyDate" /></Labeled>
      <Labeled source="occupation"><EnumField source="occupation" values={Occupation} emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="unit"><TextField source="unit" emptyText="—" /></Labeled>
      <Labeled source="position"><TextField source="position" emptyText="—" /></Labeled>
      <Labeled source="societyRoles"><EnumListField source="societyRoles" values={SocietyRole} /></Labeled>
      <Labeled source="phone"><TextField source="phone" emptyText="—" /></Labeled>
    </Box>
  </RecordShow>
);
