import { Meeting, MeetingAttendance } from '../meetings/meeting.entity';
import { Member } from '../members/member.entity';
import { Org } from '../orgs/org.entity';

/** Every entity, in one list shared by the app, the migration tooling and the tests. */
export const ENTITIES = [Org, Member, Meeting, MeetingAttendance];
