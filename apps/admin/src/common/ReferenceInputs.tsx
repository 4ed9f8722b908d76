import { useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  type Validator,
} from 'react-admin';

/** Search as you type: the API's `q` filter. */
const byText = (text: string) => (text ? { q: text } : {});

interface ReferencePickerProps {
  source: string;
  validate?: Validator | Validator[];
  label?: string;
  helperText?: string | false;
}

/** The members of the form's org (and its sub-orgs) when one is chosen. */
function useOrgFilter() {
  const orgId = useWatch({ name: 'orgId' });
  return orgId ? { orgId } : {};
}

/** One member, searchable by name, unit or position; limited to the record's org when it has one. */
export const MemberInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="members" filter={useOrgFilter()} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" filterToQuery={byText} validate={validate} label={label} helperText={helperText} />
  </ReferenceInput>
);

/** Several members, searchable, from the record's org when it has one. */
export const MembersInput = ({ source, label, helperText }: ReferencePickerProps) => (
  <ReferenceArrayInput source={source} reference="members" filter={useOrgFilter()} sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput optionText="name" filterToQuery={byText} label={label} helperText={helperText} />
  </ReferenceArrayInput>
);

/** One research trip, searchable by topic, place and findings. */
export const TripInput = ({ source, validate, label, helperText }: ReferencePickerProps) => (
  <ReferenceInput source={source} reference="research-trips" filter={useOrgFilter()} sort={{ field: 'startDate', order: 'DESC' }}>
    <AutocompleteInput optionText="topic" filterToQuery={byText} validate={validate} label={label} helperText={helperText} />
  </ReferenceInput>
);
