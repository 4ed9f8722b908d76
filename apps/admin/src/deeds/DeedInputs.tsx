import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  DateInput,
  maxValue,
  minValue,
  NumberInput,
  required,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { DEED_RULES, DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { formGrid } from '../common/formGrid';
import { TripInput } from '../common/ReferenceInputs';
import { calendarDate, useRuleValidator } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

const milestoneRow = {
  '& .RaSimpleFormIterator-form': { flexDirection: 'row', flexWrap: 'wrap', columnGap: 1, rowGap: 0 },
  '& .RaSimpleFormIterator-form > .ra-input-date': { flex: '0 0 170px', width: 170 },
  '& .RaSimpleFormIterator-form > .ra-input-progress': { flex: '0 0 110px', width: 110 },
  '& .RaSimpleFormIterator-form > .ra-input-note': { flex: '1 1 200px', width: 'auto' },
};

/** The inputs shared by create and edit; the cross-field rules are the API's own (libs/contracts). */
export const DeedInputs = () => {
  const translate = useTranslate();
  const plannedEnd = useRuleValidator(DEED_RULES, 'plannedEnd');
  const completedDate = useRuleValidator(DEED_RULES, 'completedDate');
  const sourceTrip = useRuleValidator(DEED_RULES, 'sourceTripId');
  const milestones = useRuleValidator(DEED_RULES, 'milestones');
  return (
    <Box sx={{ width: '100%' }}>
      <TextInput source="title" validate={required()} />
      <Box sx={formGrid}>
        <OrgTreeInput source="orgId" validate={required()} />
        <EnumInput source="serviceArea" values={ServiceArea} validate={required()} />
        <EnumInput source="focus" values={Focus} />
        <EnumInput source="source" values={DeedSource} validate={required()} />
        <TripInput source="sourceTripId" validate={sourceTrip} />
        <TextInput source="beneficiaryGroup" />
        <TextInput source="responsible" />
        <DateInput source="plannedStart" validate={[required(), calendarDate]} />
        <DateInput source="plannedEnd" validate={[calendarDate, plannedEnd]} />
        <EnumInput source="status" values={DeedStatus} validate={required()} />
        <DateInput source="completedDate" validate={[calendarDate, completedDate]} />
        <NumberInput source="beneficiaries" min={0} step={1} validate={minValue(0)} />
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 1, fontWeight: 600 }}>
        {translate('resources.deeds.fields.milestones')}
      </Typography>
      <ArrayInput source="milestones" label={false} validate={milestones}>
        <SimpleFormIterator inline disableReordering sx={milestoneRow}>
          <DateInput source="date" validate={[required(), calendarDate]} helperText={false} />
          <NumberInput source="progress" min={0} max={100} step={5} validate={[required(), minValue(0), maxValue(100)]} helperText={false} />
          <TextInput source="note" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      <TextInput source="outcome" multiline minRows={2} />
    </Box>
  );
};
