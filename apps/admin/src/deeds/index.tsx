import { Box } from '@mui/material';
import {
  ArrayField,
  Datagrid,
  DateInput,
  Labeled,
  NumberField,
  ReferenceField,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  TextField,
  type ResourceProps,
} from 'react-admin';
import { DeedSource, DeedStatus, Focus, ServiceArea, type Deed } from '@wb/contracts';
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
import { DeedInputs } from './DeedInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="status" source="status" values={DeedStatus} alwaysOn />,
  <EnumInput key="serviceArea" source="serviceArea" values={ServiceArea} />,
  <EnumInput key="source" source="source" values={DeedSource} />,
  <EnumInput key="focus" source="focus" values={Focus} />,
  <ReferenceInput key="sourceTripId" source="sourceTripId" reference="research-trips">
    <AutocompleteInput optionText="topic" filterToQuery={(q: string) => (q ? { q } : {})} />
  </ReferenceInput>,
  <DateInput key="plannedStart_gte" source="plannedStart_gte" />,
  <DateInput key="plannedStart_lte" source="plannedStart_lte" />,
];

const DeedList = () => (
  <RecordList<Deed>
    filters={filters}
    sort={{ field: 'plannedStart', order: 'DESC' }}
    phone={(deed, locale) => ({
      primary: deed.title,
      secondary: `${formatDay(deed.plannedStart, locale)} · ${labelOf(ServiceArea, deed.serviceArea, locale)}`,
      tertiary: labelOf(DeedStatus, deed.status, locale),
    })}
  >
    <DayField source="plannedStart" />
    <TextField source="title" />
    <EnumField source="serviceArea" values={ServiceArea} />
    <EnumField source="source" values={DeedSource} />
    <EnumField source="status" values={DeedStatus} />
    <DayField source="completedDate" />
    <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
  </RecordList>
);

const DeedShow = () => (
  <RecordShow>
    <TextField source="title" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="status"><EnumField source="status" values={DeedStatus} /></Labeled>
      <Labeled source="serviceArea"><EnumField source="serviceArea" values={ServiceArea} /></Labeled>
      <Labeled source="focus"><EnumField source="focus" values={Focus} emptyText="—" /></Labeled>
      <Labeled source="source"><EnumField source="source" values={DeedSource} /></Labeled>
      <Labeled source="sourceTripId"><ReferenceField source="sourceTripId" reference="research-trips" emptyText="—" /></Labeled>
      <Labeled source="beneficiaryGroup"><TextField source="beneficiaryGroup" emptyText="—" /></Labeled>
      <Labeled source="responsible"><TextField source="responsible" emptyText="—" /></Labeled>
      <Labeled source="beneficiaries"><NumberField source="beneficiaries" emptyText="—" /></Labeled>
      <Labeled source="plannedStart"><DayField source="plannedStart" /></Labeled>
      <Labeled source="plannedEnd"><DayField source="plannedEnd" /></Labeled>
      <Labeled source="completedDate"><DayField source="completedDate" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
    </Box>
    <ArrayField source="milestones">
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<span>—</span>}>
        <DayField source="date" label="resources.deeds.fields.milestones.date" />
        <NumberField source="progress" label="resources.deeds.fields.milestones.progress" />
        <TextField source="note" label="resources.deeds.fields.milestones.note" emptyText="—" />
      </Datagrid>
    </ArrayField>
    <Labeled source="outcome"><TextField source="outcome" emptyText="—" sx={multiline} /></Labeled>
    <Box sx={showGrid}>
      <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
  </RecordShow>
);

const deeds: Omit<ResourceProps, 'name'> = {
  list: DeedList,
  create: () => <RecordCreate redirect="show" defaults={{ status: 'planned', milestones: [] }}><DeedInputs /></RecordCreate>,
  edit: () => <RecordEdit><DeedInputs /></RecordEdit>,
  show: DeedShow,
};
export default deeds;
