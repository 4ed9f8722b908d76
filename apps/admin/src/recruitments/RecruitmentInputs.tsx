import { Box } from '@mui/material';
import { DateInput, required, TextInput } from 'react-admin';
import { RecruitmentCategory } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { MemberInput } from '../common/ReferenceInputs';
import { calendarDate } from '../common/validation';
import { formGrid } from '../common/formGrid';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

/** The inputs shared by create and edit. */
export const RecruitmentInputs = () => (
  <Box sx={formGrid}>
    <OrgTreeInput source="orgId" validate={required()} />
    <MemberInput source="memberId" validate={required()} />
    <DateInput source="date" validate={[required(), calendarDate]} />
    <EnumInput source="category" values={RecruitmentCategory} validate={required()} />
    <TextInput source="sourceUnit" />
    <TextInput source="note" multiline sx={{ gridColumn: '1 / -1' }} />
  </Box>
);
