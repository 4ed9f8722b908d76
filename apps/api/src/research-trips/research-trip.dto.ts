import { Focus, RESEARCH_TRIP_RULES, ServiceArea, TripMethod } from '@wb/contracts';
import { DateField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

@FollowsRules(RESEARCH_TRIP_RULES)
export class CreateResearchTripDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '调研主题' })
  topic: string;

  @DateField({ required: true, description: '开始日期' })
  startDate: string;

  @DateField({ required: true, description: '结束日期（不早于开始日期）' })
  endDate: string;

  @TextField({ required: true, max: 200, description: '调研地点' })
  destination: string;

  @TextField({ max: 50, description: '带队人' })
  leader?: string | null;

  @TextField({ max: 500, description: '参加人员' })
  participants?: string | null;

  @EnumField(TripMethod, { required: true, description: '调研方式' })
  method: TripMethod;

  @EnumField(ServiceArea, { required: true, description: '服务方面' })
  serviceArea: ServiceArea;

  @EnumField(Focus, { description: '聚焦方向（三聚焦三提升）' })
  focus?: Focus | null;

  @TextField({ max: 20000, description: '调研发现' })
  findings?: string | null;

  @TextField({ max: 20000, description: '意见建议' })
  suggestions?: string | null;
}

export class UpdateResearchTripDto extends CreateResearchTripDto {
  @VersionField()
  version: number;
}
