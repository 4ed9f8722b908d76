import { Edit, SimpleForm } from 'react-admin';
import { OrgInputs } from './OrgInputs';

/** Pessimistic so the API's field errors and 409 (stale `version`) reach the form. */
export const OrgEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <OrgInputs />
    </SimpleForm>
  </Edit>
);
