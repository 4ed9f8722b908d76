import { Create, SimpleForm } from 'react-admin';
import { OrgInputs } from './OrgInputs';

export const OrgCreate = () => (
  <Create redirect="list">
    <SimpleForm>
      <OrgInputs />
    </SimpleForm>
  </Create>
);
