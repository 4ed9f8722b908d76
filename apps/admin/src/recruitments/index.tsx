import { DateInput, Labeled, ReferenceField, SearchInput, SimpleShowLayout, TextField, type ResourceProps } from 'react-admin';
import { RecruitmentCategory, type Recruitment } from '@wb/contracts';
import { HistoryTabs } from '../audit/HistoryTabs';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { labelOf } from '../common/choices';
import { multiline, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { RecruitmentInputs } from './RecruitmentInputs';
import { Box } from '@mui/material';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="category" source="category" values={RecruitmentCategory} />,
  <DateInput key="date_gte" source="date_gte" />,
  <DateInput key="date_lte" source="date_lte" />,
];

const RecruitmentList = () => (
  <RecordList<Recruitment>
    filters={filters}
    sort={{ field: 'date', order: 'DESC' }}
    phone={(r, locale) => ({ primary: <ReferenceField record={r} source="memberId" reference="members" link={false} />, secondary: `${formatDay(r.date, locale)} · ${labelOf(RecruitmentCategory, r.category, locale)}`, tertiary: r.sourceUnit })}
  >
    <DayField source="date" />
    <ReferenceField source="memberId" reference="members" link={false} />
    <EnumField source="category" values={RecruitmentCategory} />
    <TextField source="sourceUnit" />
    <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
  </RecordList>
);

const RecruitmentShow = () => (
  <RecordShow>
    <Box sx={showGrid}>
      <Labeled source="memberId"><ReferenceField source="memberId" reference="members" /></Labeled>
      <Labeled source="date"><DayField source="date" /></Labeled>
      <Labeled source="category"><EnumField source="category" values={RecruitmentCategory} /></Labeled>
      <Labeled source="sourceUnit"><TextField source="sourceUnit" emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
    </Box>
    <Labeled source="note"><TextField source="note" emptyText="—" sx={multiline} /></Labeled>
  </RecordShow>
);

const recruitments: Omit<ResourceProps, 'name'> = {
  list: RecruitmentList,
  create: () => <RecordCreate><RecruitmentInputs /></RecordCreate>,
  edit: () => <RecordEdit><RecruitmentInputs /></RecordEdit>,
  show: RecruitmentShow,
};
export default recruitments;
