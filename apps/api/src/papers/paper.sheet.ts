import { PaperAward, PaperDimension } from '@wb/contracts';
import { sheet } from '../common/sheets/sheet-spec';

/** 学术论文 as a spreadsheet: export, the import template and import. */
export const PAPER_SHEET = sheet({ zh: '学术论文', en: 'Papers' }, [
  { field: 'title', header: { zh: '论文题目', en: 'Title' }, type: { kind: 'text' }, required: true, width: 40, example: '以高质量发展为导向优化零售终端布局的研究' },
  { field: 'authors', header: { zh: '作者', en: 'Authors' }, type: { kind: 'text' }, required: true, width: 18, example: '马骏、陈晓梅', note: '用“、”分隔，第一作者在前' },
  { field: 'authorUnit', header: { zh: '作者单位', en: 'Author unit' }, type: { kind: 'text' }, width: 16, example: '城区分公司' },
  { field: 'year', header: { zh: '征集年度', en: 'Year' }, type: { kind: 'int' }, required: true, width: 8, example: 2021 },
  { field: 'submittedDate', header: { zh: '提交日期', en: 'Submitted' }, type: { kind: 'date' }, width: 12, example: '2021-08-30' },
  { field: 'dimension', header: { zh: '维度', en: 'Dimension' }, type: { kind: 'enum', values: PaperDimension }, required: true, width: 8, example: '促发展' },
  { field: 'award', header: { zh: '获奖情况', en: 'Award' }, type: { kind: 'enum', values: PaperAward }, required: true, width: 14, example: '未获奖' },
  { field: 'authorMemberIds', header: { zh: '学会人员作者', en: 'Authors among members' }, type: { kind: 'members' }, width: 16, note: '作者中的学会人员，用“、”分隔' },
]);
