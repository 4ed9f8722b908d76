import { VOLUNTEER_SERVICE_RULES } from '@wb/contracts';
import { DateField, DecimalField, IdListField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

@FollowsRules(VOLUNTEER_SERVICE_RULES)
export class CreateVolunteerServiceDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '服务内容' })
  title: string;

  @DateField({ required: true, description: '日期' })
  date: string;

  @TextField({ max: 200, description: '地点' })
  place?: string | null;

  @IntField({ required: true, min: 1, max: 100000, description: '参加人数（不少于所列党员）' })
  participants: number;

  @IdListField({ max: 500, description: '参加的党员（可选）' })
  memberIds?: number[];

  @DecimalField({ required: true, min: 0, max: 1000, decimals: 1, description: '每人服务时长（小时）' })
  hours: number;

  @TextField({ max: 20000, description: '情况说明' })
  description?: string | null;
}

export class UpdateVolunteerServiceDto extends CreateVolunteerServiceDto {
  @VersionField()
  version: number;
}
