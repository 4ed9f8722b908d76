import { Box } from '@mui/material';
import { DateInput, FunctionField, Labeled, NumberField, ReferenceField, SearchInput, TextField, type ResourceProps } from 'react-admin';
import { DevelopmentStage, DevelopmentStep, DueState, type DevelopmentRecord } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { DateTimeField, DayField } from '../common/DateFields';
import { formatDay } from '../common/dates';
import { DueChip } from '../common/DueChip';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { multiline, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { OrgTreeInput } from '../orgs/OrgTreeInput';
import { DevelopmentInputs } from './DevelopmentInputs';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <EnumInput key="due" source="due" values={DueState} alwaysOn />,
  <EnumInput key="stage" source="stage" values={DevelopmentStage} />,
  <EnumInput key="nextStep" source="nextStep" values={DevelopmentStep} />,
  <DateInput key="applicationDate_gte" source="applicationDate_gte" />,
  <DateInput key="applicationDate_lte" source="applicationDate_lte" />,
];

const DevelopmentList = () => (
  <RecordList<DevelopmentRecord>
    filters={filters}
    sort={{ field: 'dueDate', order: 'ASC' }}
    phone={(record, locale) => ({
      primary: <ReferenceField record={record} source="memberId" reference="members" link={false} />,
      secondary: [labelOf(DevelopmentStage, record.stage, locale), record.nextStep && labelOf(DevelopmentStep, record.nextStep, locale)].filter(Boolean).join(' → '),
      tertiary: record.dueDate ? <DueChip /> : formatDay(record.applicationDate, locale),
    })}
  >
    <ReferenceField source="memberId" reference="members" link={false} />
    <EnumField source="stage" values={DevelopmentStage} />
    <EnumField source="nextStep" values={DevelopmentStep} emptyText="—" />
    <FunctionField source="dueDate" render={() => <DueChip />} />
    <DayField source="applicationDate" />
    <ReferenceField source="orgId" reference="orgs" link={false} sortable={false} />
  </RecordList>
);

const DevelopmentShow = () => (
  <RecordShow>
    <Box sx={showGrid}>
      <Labeled source="memberId"><ReferenceField source="memberId" reference="members" /></Labeled>
      <Labeled source="stage"><EnumField source="stage" values={DevelopmentStage} /></Labeled>
      <Labeled source="nextStep"><EnumField source="nextStep" values={DevelopmentStep} emptyText="—" /></Labeled>
      <Labeled source="dueDate"><DueChip /></Labeled>
      <Labeled source="applicationDate"><DayField source="applicationDate" /></Labeled>
      <Labeled source="talkDate"><DayField source="talkDate" /></Labeled>
      <Labeled source="activistDate"><DayField source="activistDate" /></Labeled>
      <Labeled source="lastReviewDate"><DayField source="lastReviewDate" /></Labeled>
      <Labeled source="candidateDate"><DayField source="candidateDate" /></Labeled>
      <Labeled source="probationaryDate"><DayField source="probationaryDate" /></Labeled>
      <Labeled source="extensionMonths"><NumberField source="extensionMonths" emptyText="—" /></Labeled>
      <Labeled source="fullMemberDate"><DayField source="fullMemberDate" /></Labeled>
      <Labeled source="introducers"><TextField source="introducers" emptyText="—" /></Labeled>
      <Labeled source="trainingHours"><NumberField source="trainingHours" emptyText="—" /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
    <Labeled source="extensionReason"><TextField source="extensionReason" emptyText="—" /></Labeled>
    <Labeled source="note"><TextField source="note" emptyText="—" sx={multiline} /></Labeled>
  </RecordShow>
);

const developmentRecords: Omit<ResourceProps, 'name'> = {
  list: DevelopmentList,
  create: () => <RecordCreate><DevelopmentInputs /></RecordCreate>,
  edit: () => <RecordEdit><DevelopmentInputs /></RecordEdit>,
  show: DevelopmentShow,
};
export default developmentRecords;
