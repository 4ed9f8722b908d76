import type { ResourceProps } from 'react-admin';
import { MeetingCreate } from './MeetingCreate';
import { MeetingEdit } from './MeetingEdit';
import { MeetingList } from './MeetingList';
import { MeetingShow } from './MeetingShow';

const meetings: Omit<ResourceProps, 'name'> = {
  list: MeetingList,
  create: MeetingCreate,
  edit: MeetingEdit,
  show: MeetingShow,
};

export default meetings;
