import EventNoteIcon from '@mui/icons-material/EventNote';
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
  icon: EventNoteIcon,
  recordRepresentation: 'topic',
};

export default meetings;
