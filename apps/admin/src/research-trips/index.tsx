import { Box } from '@mui/material';
import { DateInput, Labeled, ReferenceField, SearchInput, TabbedShowLayout, TextField, type ResourceProps } from 'react-admin';
import { Focus, ServiceArea, TripMethod, type ResearchTrip } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { multiline, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { TripDeeds } from './TripDeeds';
import { TripInputs } from './TripInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="serviceArea" source="serviceArea" values={ServiceArea} />,
  <EnumInput key="method" source="method" values={TripMethod} />,
  <EnumInput key="focus" source="focus" values={Focus} />,
  <DateInput key="startDate_gte" source="startDate_gte" />,
  <DateInput key="startDate_lte" source="startDate_lte" />,
];

const TripList = () => (
  <RecordList<ResearchTrip>
    filters={filters}
    sort={{ field: 'startDate', order: 'DESC' }}
    phone={(trip, locale) => ({
      primary: trip.topic,
      secondary: `${formatDay(trip.startDate, locale)} · ${trip.destination}`,
      tertiary: labelOf(ServiceArea, trip.serviceArea, locale),
    })}
  >
    <DayField source="startDate" />
    <TextField source="topic" />
    <TextField source="destination" />
    <EnumField source="method" values={TripMethod} />
    <EnumField source="serviceArea" values={ServiceArea} />
    <EnumField source="focus" values={Focus} emptyText="—" />
    <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
  </RecordList>
);

const TripShow = () => (
  <RecordShow
    tabs={[
      <TabbedShowLayout.Tab key="deeds" label="app.trips.tab_deeds" path="deeds">
        <TripDeeds />
      </TabbedShowLayout.Tab>,
    ]}
  >
    <TextField source="topic" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="startDate"><DayField source="startDate" /></Labeled>
      <Labeled source="endDate"><DayField source="endDate" /></Labeled>
      <Labeled source="destination"><TextField source="destination" /></Labeled>
      <Labeled source="method"><EnumField source="method" values={TripMethod} /></Labeled>
      <Labeled source="serviceArea"><EnumField source="serviceArea" values={ServiceArea} /></Labeled>
      <Labeled source="focus"><EnumField source="focus" values={Focus} emptyText="—" /></Labeled>
      <Labeled source="leader"><TextField source="leader" emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
    </Box>
    <Labeled source="participants"><TextField source="participants" emptyText="—" /></Labeled>
    <Labeled source="findings"><TextField source="findings" emptyText="—" sx={multiline} /></Labeled>
    <Labeled source="suggestions"><TextField source="suggestions" emptyText="—" sx={multiline} /></Labeled>
    <Box sx={showGrid}>
      <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
  </RecordShow>
);

const researchTrips: Omit<ResourceProps, 'name'> = {
  list: TripList,
  create: () => <RecordCreate redirect="show"><TripInputs /></RecordCreate>,
  edit: () => <RecordEdit><TripInputs /></RecordEdit>,
  show: TripShow,
};
export default researchTrips;
