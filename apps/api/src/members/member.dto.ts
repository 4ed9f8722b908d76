import { Education, ETHNIC_MINORITIES, Gender, HAN, Occupation, PHONE_PATTERN, PoliticalStatus, SocietyRole } from '@wb/contracts';
import { IsIn, IsOptional } from 'class-validator';
import { ApiProperty } from '@nestjs/swagger';
import { DateField, EnumArrayField, EnumField, IntField, TextField, VersionField } from '../common/validation/fields';
import { RecordBody } from '../common/validation/server-fields';

export class CreateMemberDto extends RecordBody {
  @IntField({ required: true, min: 1, description: '所属组织' })
  orgId: number;

  @TextField({ required: true, max: 50, description: '姓名' })
  name: string;

  @EnumField(Gender, { required: true, description: '性别' })
  gender: Gender;

  @DateField({ description: '出生日期' })
  birthDate?: string | null;

  @TextField({ max: 100, description: '单位' })
  unit?: string | null;

  @TextField({ max: 100, description: '职务' })
  position?: string | null;

  @EnumField(PoliticalStatus, { required: true, description: '政治面貌' })
  politicalStatus: PoliticalStatus;

  @EnumArrayField(SocietyRole, { description: '学会职务' })
  societyRoles?: SocietyRole[];

  @TextField({ max: 20, pattern: PHONE_PATTERN, patternMessage: '只能包含数字、空格、+、-、括号', description: '电话（列表中隐去中间四位）' })
  phone?: string | null;

  @IsOptional()
  @IsIn([HAN, ...ETHNIC_MINORITIES], { message: '必须是 han（汉族）或一个少数民族的名称，如 回族' })
  @ApiProperty({ type: 'string', required: false, nullable: true, description: '民族：han 表示汉族，少数民族写名称（如 回族）' })
  ethnicity?: string | null;

  @EnumField(Education, { description: '学历' })
  education?: Education | null;

  @EnumField(Occupation, { description: '职业类别' })
  occupation?: Occupation | null;

  @DateField({ description: '入党日期' })
  joinedPartyDate?: string | null;
}

export class UpdateMemberDto extends CreateMemberDto {
  @VersionField()
  version: number;
}
