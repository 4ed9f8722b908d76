import { Box } from '@mui/material';
import {
  ChipField,
  DateInput,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SearchInput,
  SingleFieldList,
  TextField,
  type ResourceProps,
} from 'react-admin';
import type { VolunteerService } from '@wb/contracts';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { multiline, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { MemberInput } from '../common/ReferenceInputs';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { VolunteerInputs } from './VolunteerInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <MemberInput key="memberId" source="memberId" />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const VolunteerList = () => (
  <RecordList<VolunteerService>
    filters={filters}
    sort={{ field: 'date', order: 'DESC' }}
    phone={(service, locale) => ({
      primary: service.title,
      secondary: `${formatDay(service.date, locale)} · ${service.place ?? ''}`,
      tertiary: `${service.participants} · ${service.hours}h`,
    })}
  >
    <DayField source="date" />
    <TextField source="title" />
    <TextField source="place" />
    <NumberField source="participants" />
    <NumberField source="hours" sortable={false} />
    <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
  </RecordList>
);

const VolunteerShow = () => (
  <RecordShow>
    <TextField source="title" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="date"><DayField source="date" /></Labeled>
      <Labeled source="place"><TextField source="place" emptyText="—" /></Labeled>
      <Labeled source="participants"><NumberField source="participants" /></Labeled>
      <Labeled source="hours"><NumberField source="hours" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
    </Box>
    <Labeled source="memberIds">
      <ReferenceArrayField source="memberIds" reference="members" emptyText="—">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
    <Labeled source="description"><TextField source="description" emptyText="—" sx={multiline} /></Labeled>
    <Box sx={showGrid}>
      <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
  </RecordShow>
);

const volunteerServices: Omit<ResourceProps, 'name'> = {
  list: VolunteerList,
  create: () => <RecordCreate defaults={{ memberIds: [] }}><VolunteerInputs /></RecordCreate>,
  edit: () => <RecordEdit><VolunteerInputs /></RecordEdit>,
  show: VolunteerShow,
};
export default volunteerServices;
