import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The three query parameters of ra-data-simple-rest; anything else is rejected by the pipe. */
export class ListQueryDto {
  @ApiPropertyOptional({ description: 'JSON ["field","ASC|DESC"]', example: '["date","DESC"]' })
  @IsOptional()
  @IsString({ message: 'sort 只能出现一次' })
  sort?: string;

  @ApiPropertyOptional({ description: 'JSON [start,end], inclusive, at most 500 rows', example: '[0,24]' })
  @IsOptional()
  @IsString({ message: 'range 只能出现一次' })
  range?: string;

  @ApiPropertyOptional({
    description: 'JSON object: field (array = IN), field_gte, field_lte, q (text search), orgId (with its subtree)',
    example: '{"q":"换届","date_gte":"2021-01-01"}',
  })
  @IsOptional()
  @IsString({ message: 'filter 只能出现一次' })
  filter?: string;
}
