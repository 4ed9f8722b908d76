import { RecordEdit } from '../common/RecordEdit';
import { OrgInputs } from './OrgInputs';

export const OrgEdit = () => (
  <RecordEdit>
    <OrgInputs />
  </RecordEdit>
);
