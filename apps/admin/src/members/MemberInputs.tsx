import { Box } from '@mui/material';
import { AutocompleteInput, DateInput, required, SelectArrayInput, TextInput, useLocaleState } from 'react-admin';
import { Education, ETHNIC_MINORITIES, ethnicityLabel, Gender, HAN, Occupation, PHONE_PATTERN, PoliticalStatus, SocietyRole } from '@wb/contracts';
import { useChoices, toContractLocale } from '../common/choices';
import { EnumInput } from '../common/EnumInput';
import { formGrid } from '../common/formGrid';
import { calendarDate } from '../common/validation';
import { OrgTreeInput } from '../orgs/OrgTreeInput';

const phone = (value: unknown) => (value == null || value === '' || PHONE_PATTERN.test(String(value)) ? undefined : 'app.members.phone_invalid');

/** 汉族 first, then the 55 minorities by name. */
function useEthnicityChoices() {
  const [locale] = useLocaleState();
  return [HAN, ...ETHNIC_MINORITIES].map((id) => ({ id, name: ethnicityLabel(id, toContractLocale(locale)) }));
}

/** The inputs shared by create and edit. */
export const MemberInputs = () => (
  <Box sx={formGrid}>
    <TextInput source="name" validate={required()} />
    <EnumInput source="gender" values={Gender} validate={required()} />
    <DateInput source="birthDate" validate={calendarDate} />
    <OrgTreeInput source="orgId" validate={required()} />
    <TextInput source="unit" />
    <TextInput source="position" />
    <EnumInput source="politicalStatus" values={PoliticalStatus} validate={required()} />
    <DateInput source="joinedPartyDate" validate={calendarDate} />
    <SelectArrayInput source="societyRoles" choices={useChoices(SocietyRole)} />
    <AutocompleteInput source="ethnicity" choices={useEthnicityChoices()} />
    <EnumInput source="education" values={Education} />
    <EnumInput source="occupation" values={Occupation} />
    <TextInput source="phone" validate={phone} />
  </Box>
);
