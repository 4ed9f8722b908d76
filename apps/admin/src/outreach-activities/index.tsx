import { Box } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import {
  DateInput,
  Labeled,
  minValue,
  NumberField,
  NumberInput,
  ReferenceField,
  required,
  SearchInput,
  TextField,
  TextInput,
  useDataProvider,
  type ResourceProps,
} from 'react-admin';
import { OutreachAudience, OutreachVenue, type OutreachActivity } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { labelOf } from '../common/choices';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { formGrid, multiline, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { calendarDate } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

/** Free text, with the aspects already in use offered as the browser's own suggestions. */
const AspectInput = () => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data = [] } = useQuery({ queryKey: ['outreach-activities', 'aspects'], queryFn: () => dataProvider.getOutreachAspects().then((r) => r.data) });
  return (
    <>
      <TextInput source="aspect" validate={required()} slotProps={{ htmlInput: { list: 'outreach-aspects', autoComplete: 'off' } }} />
      <datalist id="outreach-aspects">
        {data.map((aspect) => (
          <option key={aspect} value={aspect} />
        ))}
      </datalist>
    </>
  );
};

const OutreachInputs = () => (
  <Box sx={{ width: '100%' }}>
    <TextInput source="title" validate={required()} />
    <Box sx={formGrid}>
      <DateInput source="date" validate={[required(), calendarDate]} />
      <EnumInput source="venue" values={OutreachVenue} validate={required()} />
      <AspectInput />
      <NumberInput source="items" min={1} step={1} validate={[required(), minValue(1)]} />
      <EnumInput source="audience" values={OutreachAudience} validate={required()} />
      <NumberInput source="participants" min={0} step={1} validate={minValue(0)} />
      <OrgTreeInput source="orgId" validate={required()} />
    </Box>
    <TextInput source="materials" multiline minRows={2} />
  </Box>
);

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="venue" source="venue" values={OutreachVenue} />,
  <EnumInput key="audience" source="audience" values={OutreachAudience} />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const OutreachList = () => (
  <RecordList<OutreachActivity>
    filters={filters}
    sort={{ field: 'date', order: 'DESC' }}
    phone={(activity, locale) => ({
      primary: activity.title,
      secondary: `${formatDay(activity.date, locale)} · ${labelOf(OutreachVenue, activity.venue, locale)} · ${activity.aspect}`,
      tertiary: `${activity.items}`,
    })}
  >
    <DayField source="date" />
    <TextField source="title" />
    <EnumField source="venue" values={OutreachVenue} />
    <TextField source="aspect" />
    <NumberField source="items" />
    <EnumField source="audience" values={OutreachAudience} />
    <NumberField source="participants" emptyText="—" />
  </RecordList>
);

const OutreachShow = () => (
  <RecordShow>
    <TextField source="title" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="date"><DayField source="date" /></Labeled>
      <Labeled source="venue"><EnumField source="venue" values={OutreachVenue} /></Labeled>
      <Labeled source="aspect"><TextField source="aspect" /></Labeled>
      <Labeled source="items"><NumberField source="items" /></Labeled>
      <Labeled source="audience"><EnumField source="audience" values={OutreachAudience} /></Labeled>
      <Labeled source="participants"><NumberField source="participants" emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
    <Labeled source="materials"><TextField source="materials" emptyText="—" sx={multiline} /></Labeled>
  </RecordShow>
);

const outreachActivities: Omit<ResourceProps, 'name'> = {
  list: OutreachList,
  create: () => <RecordCreate defaults={{ items: 1 }}><OutreachInputs /></RecordCreate>,
  edit: () => <RecordEdit><OutreachInputs /></RecordEdit>,
  show: OutreachShow,
};
export default outreachActivities;
