import PeopleIcon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

/** Read-mostly: the admin picks members (e.g. in meeting attendance); editing comes later. */
const members: Omit<ResourceProps, 'name'> = {
  list: MemberList,
  show: MemberShow,
  icon: PeopleIcon,
  recordRepresentation: 'name',
};

export default members;
