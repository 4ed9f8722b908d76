import { Box } from '@mui/material';
import {
  ChipField,
  DateInput,
  Labeled,
  NumberField,
  NumberInput,
  ReferenceArrayField,
  ReferenceField,
  required,
  SearchInput,
  SingleFieldList,
  TextField,
  TextInput,
  type ResourceProps,
} from 'react-admin';
import { PAPER_RULES, PaperAward, PaperDimension, type Paper } from '@wb/contracts';
import { labelOf } from '../common/choices';
import { DateTimeField, DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';
import { EnumInput } from '../common/EnumInput';
import { formGrid, showGrid } from '../common/formGrid';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { RecordList } from '../common/RecordList';
import { RecordShow } from '../common/RecordShow';
import { MembersInput } from '../common/ReferenceInputs';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

const thisYear = new Date().getFullYear();

const PaperInputs = () => {
  const firstAuthorFits = useRuleValidator(PAPER_RULES, 'authors');
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="title" validate={required()} />
      <Box sx={formGrid}>
        <TextInput source="authors" validate={[required(), firstAuthorFits]} helperText="resources.papers.fields.authors_help" />
        <TextInput source="authorUnit" />
        <OrgTreeInput source="orgId" validate={required()} />
        <NumberInput source="year" min={2000} max={2100} step={1} validate={required()} />
        <DateInput source="submittedDate" validate={calendarDate} />
        <EnumInput source="dimension" values={PaperDimension} validate={required()} />
        <EnumInput source="award" values={PaperAward} validate={required()} />
      </Box>
      <MembersInput source="authorMemberIds" />
    </Box>
  );
};

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <OrgTreeInput key="orgId" source="orgId" alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn />,
  <EnumInput key="dimension" source="dimension" values={PaperDimension} />,
  <EnumInput key="award" source="award" values={PaperAward} />,
];

const PaperList = () => (
  <RecordList<Paper>
    filters={filters}
    sort={{ field: 'year', order: 'DESC' }}
    phone={(paper, locale) => ({
      primary: paper.title,
      secondary: `${paper.year} · ${paper.authors}`,
      tertiary: `${labelOf(PaperDimension, paper.dimension, locale)} · ${labelOf(PaperAward, paper.award, locale)}`,
    })}
  >
    <NumberField source="year" options={{ useGrouping: false }} />
    <TextField source="title" />
    <TextField source="authors" sortable={false} />
    <EnumField source="dimension" values={PaperDimension} />
    <EnumField source="award" values={PaperAward} />
    <TextField source="authorUnit" />
  </RecordList>
);

const PaperShow = () => (
  <RecordShow>
    <TextField source="title" variant="h6" />
    <Box sx={showGrid}>
      <Labeled source="authors"><TextField source="authors" /></Labeled>
      <Labeled source="authorUnit"><TextField source="authorUnit" emptyText="—" /></Labeled>
      <Labeled source="year"><NumberField source="year" options={{ useGrouping: false }} /></Labeled>
      <Labeled source="submittedDate"><DayField source="submittedDate" /></Labeled>
      <Labeled source="dimension"><EnumField source="dimension" values={PaperDimension} /></Labeled>
      <Labeled source="award"><EnumField source="award" values={PaperAward} /></Labeled>
      <Labeled source="orgId"><ReferenceField source="orgId" reference="orgs" link={false} /></Labeled>
      <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
    </Box>
    <Labeled source="authorMemberIds">
      <ReferenceArrayField source="authorMemberIds" reference="members" emptyText="—">
        <SingleFieldList linkType="show">
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
    </Labeled>
  </RecordShow>
);

const papers: Omit<ResourceProps, 'name'> = {
  list: PaperList,
  create: () => <RecordCreate defaults={{ year: thisYear, award: 'none', authorMemberIds: [] }}><PaperInputs /></RecordCreate>,
  edit: () => <RecordEdit><PaperInputs /></RecordEdit>,
  show: PaperShow,
};
export default papers;
