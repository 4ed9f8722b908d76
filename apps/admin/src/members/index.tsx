import type { ResourceProps } from 'react-admin';
import { RecordCreate } from '../common/RecordCreate';
import { RecordEdit } from '../common/RecordEdit';
import { MemberInputs } from './MemberInputs';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

const members: Omit<ResourceProps, 'name'> = {
  list: MemberList,
  create: () => <RecordCreate defaults={{ societyRoles: [] }}><MemberInputs /></RecordCreate>,
  edit: () => <RecordEdit><MemberInputs /></RecordEdit>,
  show: MemberShow,
};
export default members;
