import { OutreachAudience, OutreachVenue } from '@wb/contracts';
import { DateField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody } from '../common/validation/server-fields';

export class CreateOutreachActivityDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '活动名称' })
  title: string;

  @DateField({ required: true, description: '日期' })
  date: string;

  @EnumField(OutreachVenue, { required: true, description: '场所（进队所/进终端/进社区/线上）' })
  venue: OutreachVenue;

  @TextField({ required: true, max: 50, description: '方面（如 法律法规、真假鉴别）' })
  aspect: string;

  @IntField({ required: true, min: 1, max: 1000, description: '科普项数（至少 1 项）' })
  items: number;

  @EnumField(OutreachAudience, { required: true, description: '对象' })
  audience: OutreachAudience;

  @IntField({ min: 0, max: 10_000_000, description: '参加人数' })
  participants?: number | null;

  @TextField({ max: 5000, description: '材料（发放的资料、视频等）' })
  materials?: string | null;
}

export class UpdateOutreachActivityDto extends CreateOutreachActivityDto {
  @VersionField()
  version: number;
}
