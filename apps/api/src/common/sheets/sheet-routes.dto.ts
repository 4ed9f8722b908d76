import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString } from 'class-validator';

/** `GET /api/<resource>/export`: the list's own sort and filter, every matching row. */
export class ExportQueryDto {
  @ApiPropertyOptional({ enum: ['xlsx', 'csv'], default: 'xlsx', description: 'xlsx (Excel) or csv (UTF-8 with BOM)' })
  @IsOptional()
  @IsIn(['xlsx', 'csv'], { message: '格式只能是 xlsx 或 csv' })
  format?: 'xlsx' | 'csv';

  @ApiPropertyOptional({ description: 'JSON ["field","ASC|DESC"], as for the list', example: '["date","DESC"]' })
  @IsOptional()
  @IsString({ message: 'sort 只能出现一次' })
  sort?: string;

  @ApiPropertyOptional({ description: 'JSON object, as for the list', example: '{"date_gte":"2021-01-01"}' })
  @IsOptional()
  @IsString({ message: 'filter 只能出现一次' })
  filter?: string;
}

/** `POST /api/<resource>/import?dryRun=true` checks only. */
export class ImportQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: check the file and answer, write nothing' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'dryRun 只能是 true 或 false' })
  dryRun?: 'true' | 'false';
}
