import ExcelJS from 'exceljs';
import { LabelledEnum } from '@wb/contracts';
import { numberFormatOf } from './cells';
import { SheetColumn, SheetSpec } from './sheet-spec';

const FORMAT: Record<SheetColumn['type']['kind'], string> = {
  text: '文本',
  int: '整数',
  decimal: '数字，可有一位小数',
  date: '日期，如 2021-03-26',
  datetime: '日期时间',
  enum: '从下拉列表中选择',
  enumList: '从可选值中选一个或多个，用“、”分隔',
  bool: '是 或 否',
  org: '组织名称（须在您的组织范围内）',
  member: '人员姓名（须在您的组织范围内；重名时填编号）',
  members: '人员姓名，用“、”分隔（重名时填编号）',
  ref: '记录名称（重名时填编号）',
  ethnicity: '汉族，或少数民族名称（如 回族）',
};

const valuesOf = (column: SheetColumn): LabelledEnum<string> | undefined =>
  column.type.kind === 'enum' || column.type.kind === 'enumList' ? column.type.values : undefined;

/**
 * The import template of a resource: the Chinese headers (required ones marked *), one example row,
 * drop-down lists on coded columns, and a 填写说明 sheet explaining every column.
 */
export async function importTemplate(spec: SheetSpec): Promise<Buffer> {
  const columns = spec.columns.filter((column) => !column.exportOnly);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(spec.title.zh, { views: [{ state: 'frozen', ySplit: 1 }] });
  const options = workbook.addWorksheet('可选值', { state: 'hidden' });
  sheet.columns = columns.map((column) => ({
    header: column.required ? `${column.header.zh}*` : column.header.zh,
    key: column.field,
    width: column.width ?? 14,
    style: numberFormatOf(column) ? { numFmt: numberFormatOf(column) } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(columns.map((column) => (column.type.kind === 'date' && typeof column.example === 'string' ? new Date(`${column.example}T00:00:00Z`) : column.example ?? null)));

  columns.forEach((column, index) => {
    const values = valuesOf(column);
    if (!values || column.type.kind !== 'enum') return;
    const letter = options.getColumn(index + 1).letter;
    values.values.forEach((code, row) => (options.getCell(row + 1, index + 1).value = values.labels[code].zh));
    const target = sheet.getColumn(index + 1).letter;
    // every data row of the column, from the example down
    // exceljs types only the per-cell form; the range form keeps the file small
    (sheet as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations.add(`${target}2:${target}10000`, {
      type: 'list',
      allowBlank: !column.required,
      formulae: [`'可选值'!$${letter}$1:$${letter}$${values.values.length}`],
      showErrorMessage: true,
      errorTitle: column.header.zh,
      error: `请从下拉列表中选择${column.header.zh}`,
    });
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', key: 'header', width: 18 },
    { header: '必填', key: 'required', width: 6 },
    { header: '格式', key: 'format', width: 34 },
    { header: '可选值', key: 'values', width: 44 },
    { header: '说明', key: 'note', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of columns) {
    const values = valuesOf(column);
    help.addRow({
      header: column.header.zh,
      required: column.required ? '是' : '',
      format: FORMAT[column.type.kind],
      values: values ? values.values.map((code) => values.labels[code].zh).join('、') : '',
      note: column.note ?? '',
    });
  }
  help.addRow({});
  help.addRow({ header: '提示', note: '第一行是表头，请勿修改；示例行可以删除或改写。表头也可以用英文名。所属组织不填时为您所在的组织。有任何一行出错时，整个文件都不会导入。' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
