import { BooleanInput, required, TextInput } from 'react-admin';
import { Role } from '@wb/contracts';
import { EnumInput } from '../common/EnumInput';
import { emptyToNull, OrgTreeInput } from '../orgs/OrgTreeInput';

/**
 * The inputs shared by UserCreate and UserEdit (username and password are create-only).
 * Admins and leaders may have no org; the API requires one for secretaries and staff.
 */
export const UserInputs = () => (
  <>
    <TextInput source="displayName" validate={required()} />
    <EnumInput source="role" values={Role} validate={required()} />
    <OrgTreeInput source="orgId" parse={emptyToNull} />
    <BooleanInput source="disabled" />
  </>
);
