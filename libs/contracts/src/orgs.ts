import { labelledEnum, EnumValue } from './labelled-enum';

export const OrgType = labelledEnum({
  party_committee: { zh: '党委', en: 'Party committee' },
  party_branch: { zh: '党支部', en: 'Party branch' },
  party_group: { zh: '党小组', en: 'Party group' },
  society: { zh: '学会', en: 'Society' },
  council: { zh: '理事会', en: 'Council' },
  committee: { zh: '专业委员会', en: 'Professional committee' },
  unit: { zh: '基层单位', en: 'Base unit' },
});
export type OrgType = EnumValue<typeof OrgType>;

export interface Org {
  id: number;
  name: string;
  type: OrgType;
  parentId: number | null;
  /** Materialised path of ancestor ids, e.g. "/1/3/"; the subtree of 3 is every path starting with it. */
  path: string;
  createdAt: string;
  updatedAt: string;
  createdBy: number | null;
  version: number;
}
