import { ResourceName } from '@wb/contracts';
import { AuditLog } from '../audit/audit-log.entity';
import { Meeting, MeetingAttendance } from '../meetings/meeting.entity';
import { Member } from '../members/member.entity';
import { Org } from '../orgs/org.entity';
import { RefreshToken, User } from '../users/user.entity';
import { Recruitment } from '../recruitments/recruitment.entity';
import { DevelopmentRecord } from '../development/development-record.entity';
import { ResearchTrip } from '../research-trips/research-trip.entity';
import { Deed, DeedMilestone } from '../deeds/deed.entity';
import { VolunteerService, VolunteerServiceMember } from '../volunteer/volunteer-service.entity';
import { Paper, PaperAuthor } from '../papers/paper.entity';
import { OutreachActivity } from '../outreach/outreach-activity.entity';
import { WriterContact } from '../writer-contacts/writer-contact.entity';
import { JournalPost } from '../journal/journal-post.entity';
import { ComplianceRuleEntity } from '../reports/compliance-rule.entity';
import { Attachment } from '../attachments/attachment.entity';
import { ReportDraft, ReportSnapshotEntity } from '../reports/report-records.entity';

/** Every entity, parents before children: shared by the app, the migration tooling and the tests. */
export const ENTITIES = [
  Org,
  User,
  RefreshToken,
  AuditLog,
  Member,
  Meeting,
  MeetingAttendance,
  Recruitment,
  DevelopmentRecord,
  ResearchTrip,
  Deed,
  DeedMilestone,
  VolunteerService,
  VolunteerServiceMember,
  Paper,
  PaperAuthor,
  OutreachActivity,
  WriterContact,
  JournalPost,
  ComplianceRuleEntity,
  ReportDraft,
  ReportSnapshotEntity,
  Attachment,
];

/**
 * A resource's table is its name with underscores (`development-records` → `development_records`),
 * so messages can name what a table holds. A test checks that every org-owned table has a name.
 */
export function resourceOfTable(table: string): string {
  return table.replace(/_/g, '-');
}

/** What a table holds in the UI's words (会议, 发展党员), or '' when it is no resource of its own. */
export function resourceLabelOfTable(table: string): string {
  const resource = resourceOfTable(table);
  return ResourceName.has(resource) ? ResourceName.label(resource) : '';
}
