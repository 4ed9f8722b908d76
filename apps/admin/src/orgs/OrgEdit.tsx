import { SimpleForm } from 'react-admin';
import { RecordEdit } from '../common/RecordEdit';
import { OrgInputs } from './OrgInputs';

export const OrgEdit = () => (
  <RecordEdit>
    <SimpleForm>
      <OrgInputs />
    </SimpleForm>
  </RecordEdit>
);
