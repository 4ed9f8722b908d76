import { DEVELOPMENT_RULES } from '@wb/contracts';
import { DateField, IntField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody, ServerField } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

@FollowsRules(DEVELOPMENT_RULES)
export class CreateDevelopmentRecordDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @IntField({ required: true, min: 1, description: '人员' })
  memberId: number;

  @DateField({ required: true, description: '递交入党申请书日期' })
  applicationDate: string;

  @DateField({ description: '谈话日期（收到申请一个月内）' })
  talkDate?: string | null;

  @DateField({ description: '确定为入党积极分子日期' })
  activistDate?: string | null;

  @DateField({ description: '最近一次考察日期（每半年一次）' })
  lastReviewDate?: string | null;

  @DateField({ description: '列为发展对象日期（积极分子满一年后）' })
  candidateDate?: string | null;

  @DateField({ description: '接收为预备党员日期' })
  probationaryDate?: string | null;

  @IntField({ description: '延长预备期（月，6-12，只能延长一次）' })
  extensionMonths?: number | null;

  @TextField({ max: 200, description: '延长预备期原因' })
  extensionReason?: string | null;

  @DateField({ description: '转为正式党员日期（预备期满一年后）' })
  fullMemberDate?: string | null;

  @TextField({ max: 100, description: '入党介绍人' })
  introducers?: string | null;

  @IntField({ min: 0, max: 10000, description: '集中培训学时' })
  trainingHours?: number | null;

  @TextField({ max: 1000, description: '备注' })
  note?: string | null;

  @ServerField({ type: 'string', description: '当前阶段（由日期算出）' })
  stage?: unknown;

  @ServerField({ type: 'string', nullable: true, description: '下一步（由日期算出）' })
  nextStep?: unknown;

  @ServerField({ type: 'string', format: 'date', nullable: true, description: '下一步的期限（由日期算出）' })
  dueDate?: unknown;
}

export class UpdateDevelopmentRecordDto extends CreateDevelopmentRecordDto {
  @VersionField()
  version: number;
}
