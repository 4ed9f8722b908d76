import { Labeled, ListButton, TextField, TopToolbar } from 'react-admin';
import { RecordEdit } from '../common/RecordEdit';
import { ResetPasswordButton } from './ResetPasswordButton';
import { UserInputs } from './UserInputs';

const UserEditActions = () => (
  <TopToolbar>
    <ResetPasswordButton />
    <ListButton />
  </TopToolbar>
);

export const UserEdit = () => (
  <RecordEdit redirect="list" actions={<UserEditActions />} formSx={{ maxWidth: 560 }}>
    <Labeled source="username">
      <TextField source="username" />
    </Labeled>
    <UserInputs />
  </RecordEdit>
);
