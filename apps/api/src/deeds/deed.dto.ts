import { DEED_RULES, DeedSource, DeedStatus, Focus, ServiceArea } from '@wb/contracts';
import { DateField, EnumField, IntField, NestedArrayField, TextField, VersionField } from '../common/validation/fields';
import { AttachableRecordBody, ChildRowBody, ServerField } from '../common/validation/server-fields';
import { FollowsRules } from '../common/validation/validation-options';

export class MilestoneDto extends ChildRowBody {
  @ServerField()
  deedId?: unknown;

  @DateField({ required: true, description: '日期' })
  date: string;

  @IntField({ required: true, min: 0, max: 100, description: '完成进度（%），按日期不倒退' })
  progress: number;

  @TextField({ max: 200, description: '说明' })
  note?: string | null;
}

@FollowsRules(DEED_RULES)
export class CreateDeedDto extends AttachableRecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 200, description: '实事名称' })
  title: string;

  @EnumField(ServiceArea, { required: true, description: '服务方面' })
  serviceArea: ServiceArea;

  @EnumField(Focus, { description: '聚焦方向（三聚焦三提升）' })
  focus?: Focus | null;

  @EnumField(DeedSource, { required: true, description: '来源' })
  source: DeedSource;

  @IntField({ min: 1, description: '来源调研（来源为调研发现时）' })
  sourceTripId?: number | null;

  @TextField({ max: 100, description: '服务对象' })
  beneficiaryGroup?: string | null;

  @TextField({ max: 50, description: '责任人' })
  responsible?: string | null;

  @DateField({ required: true, description: '计划开始日期' })
  plannedStart: string;

  @DateField({ description: '计划完成日期' })
  plannedEnd?: string | null;

  @EnumField(DeedStatus, { required: true, description: '进展状态' })
  status: DeedStatus;

  @DateField({ description: '完成日期（已完成时必填）' })
  completedDate?: string | null;

  @IntField({ min: 0, max: 10_000_000, description: '受益人数' })
  beneficiaries?: number | null;

  @NestedArrayField(() => MilestoneDto, { max: 100, description: '进展节点' })
  milestones?: MilestoneDto[];

  @TextField({ max: 20000, description: '成效' })
  outcome?: string | null;
}

export class UpdateDeedDto extends CreateDeedDto {
  @VersionField()
  version: number;
}
