import { AuditLog } from '../audit/audit-log.entity';
import { Meeting, MeetingAttendance } from '../meetings/meeting.entity';
import { Member } from '../members/member.entity';
import { Org } from '../orgs/org.entity';
import { RefreshToken, User } from '../users/user.entity';

/** Every entity, parents before children: shared by the app, the migration tooling and the tests. */
export const ENTITIES = [Org, User, RefreshToken, AuditLog, Member, Meeting, MeetingAttendance];
