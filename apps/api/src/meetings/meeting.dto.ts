import { AttendanceStatus, MEETING_RULES, MeetingCategory, MeetingFormat } from '@wb/contracts';
import {
  DateField,
  EnumField,
  IntField,
  NestedArrayField,
  TextField,
  VersionField,
} from '../common/validation/fields';
import { AttachableRecordBody, ChildRowBody, ServerField } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

export class AttendanceDto extends ChildRowBody {
  @ServerField()
  meetingId?: unknown;

  @IntField({ required: true, min: 1, description: '人员' })
  memberId: number;

  @EnumField(AttendanceStatus, { required: true, description: '出席情况' })
  status: AttendanceStatus;

  @TextField({ max: 200, description: '缺席或请假事由' })
  reason?: string | null;
}

@FollowsRules(MEETING_RULES)
export class CreateMeetingDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @EnumField(MeetingCategory, { required: true, description: '会议类别' })
  category: MeetingCategory;

  @TextField({ max: 50, description: '届次，如 第五届第一次' })
  session?: string | null;

  @TextField({ required: true, max: 200, description: '主题' })
  topic: string;

  @DateField({ required: true, description: '日期' })
  date: string;

  @EnumField(MeetingFormat, { required: true, description: '形式' })
  format: MeetingFormat;

  @TextField({ max: 50, description: '主持人' })
  host?: string | null;

  @TextField({ max: 50, description: '记录人' })
  recorder?: string | null;

  @IntField({ required: true, min: 0, max: 100000, description: '应到人数' })
  expectedCount: number;

  @IntField({ required: true, min: 0, max: 100000, description: '实到人数（不超过应到人数）' })
  attendedCount: number;

  @NestedArrayField(() => AttendanceDto, { max: 1000, description: '出席记录' })
  attendance?: AttendanceDto[];

  @TextField({ max: 20000, description: '会议记录' })
  minutes?: string | null;

  @TextField({ max: 5000, description: '决议' })
  resolutions?: string | null;
}

export class UpdateMeetingDto extends CreateMeetingDto {
  @VersionField()
  version: number;
}
