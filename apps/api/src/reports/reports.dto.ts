import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ComplianceFrequency, MeetingCategory } from '@wb/contracts';

/** `?orgId=3`: the org whose subtree is meant (default: the user's own). */
export class OrgQueryDto {
  @ApiPropertyOptional({ example: '2', description: '组织（含下级）；不填为本人所在组织' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,9}$/, { message: '组织编号必须是正整数' })
  orgId?: string;
}

/** `?year=2021&orgId=3`: the year, and the org whose subtree is counted (default: the user's own). */
export class AnnualQueryDto {
  @ApiProperty({ example: '2021', description: '年度' })
  @Matches(/^(19|20|21)\d\d$/, { message: '年度必须是四位数字，如 2021' })
  year: string;

  @ApiPropertyOptional({ example: '2', description: '组织（含下级）；不填为本人所在组织' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,9}$/, { message: '组织编号必须是正整数' })
  orgId?: string;
}

export class SummaryDraftDto {
  @ApiProperty({ type: 'integer', example: 2021 })
  @IsInt({ message: '必须是整数' })
  @Min(1900, { message: '年度无效' })
  @Max(2199, { message: '年度无效' })
  year: number;

  @ApiProperty({ type: 'integer' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '组织编号必须是正整数' })
  orgId: number;

  @ApiProperty({ type: 'string', maxLength: 50000 })
  @IsString({ message: '必须是文本' })
  @IsNotEmpty({ message: '必填' })
  @MaxLength(50000, { message: '不能超过 50000 个字符' })
  summary: string;
}

export class FinalizeDto {
  @ApiProperty({ type: 'integer', example: 2021 })
  @IsInt({ message: '必须是整数' })
  @Min(1900, { message: '年度无效' })
  @Max(2199, { message: '年度无效' })
  year: number;

  @ApiProperty({ type: 'integer' })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '组织编号必须是正整数' })
  orgId: number;
}

export class ComplianceRuleDto {
  @ApiProperty({ type: 'string', enum: MeetingCategory.values })
  @IsIn(MeetingCategory.values as string[], { message: '会议类别无效' })
  category: MeetingCategory;

  @ApiProperty({ type: 'string', enum: ComplianceFrequency.values })
  @IsIn(ComplianceFrequency.values as string[], { message: '频次只能是 每月、每季度 或 每年' })
  frequency: ComplianceFrequency;

  @ApiProperty({ type: 'integer', minimum: 1, maximum: 31 })
  @IsInt({ message: '必须是整数' })
  @Min(1, { message: '至少 1 次' })
  @Max(31, { message: '不能超过 31 次' })
  required: number;

  @ApiProperty({ type: 'string', isArray: true, enum: ['party_branch', 'party_group'] })
  @IsArray({ message: '必须是列表' })
  @IsIn(['party_branch', 'party_group'], { each: true, message: '只能是 党支部 或 党小组' })
  orgTypes: ('party_branch' | 'party_group')[];

  @ApiProperty({ type: 'string', maxLength: 100 })
  @IsString({ message: '必须是文本' })
  @MaxLength(100, { message: '不能超过 100 个字符' })
  source: string;
}

export class ComplianceRulesDto {
  @ApiProperty({ type: () => ComplianceRuleDto, isArray: true })
  @IsArray({ message: '必须是列表' })
  @ArrayMinSize(1, { message: '至少一条' })
  @ArrayMaxSize(20, { message: '最多 20 条' })
  @ValidateNested({ each: true })
  @Type(() => ComplianceRuleDto)
  rules: ComplianceRuleDto[];
}
