import type { OrgType } from '@wb/contracts';

export interface DemoOrg {
  key: string;
  name: string;
  type: OrgType;
  parent?: string;
}

/** The society, its Party branch and groups, council, committees and base units with their branches. */
export const DEMO_ORGS: DemoOrg[] = [
  { key: 'society', name: '市行业学会', type: 'society' },
  { key: 'branch', name: '学会党支部', type: 'party_branch', parent: 'society' },
  { key: 'group1', name: '第一党小组', type: 'party_group', parent: 'branch' },
  { key: 'group2', name: '第二党小组', type: 'party_group', parent: 'branch' },
  { key: 'council', name: '第五届理事会', type: 'council', parent: 'society' },
  { key: 'academic', name: '学术工作委员会', type: 'committee', parent: 'society' },
  { key: 'outreach', name: '科普工作委员会', type: 'committee', parent: 'society' },
  { key: 'journal', name: '期刊编辑委员会', type: 'committee', parent: 'society' },
  { key: 'urban', name: '城区分公司', type: 'unit', parent: 'society' },
  { key: 'urbanBranch', name: '城区分公司党支部', type: 'party_branch', parent: 'urban' },
  { key: 'county', name: '郊县分公司', type: 'unit', parent: 'society' },
  { key: 'countyBranch', name: '郊县分公司党支部', type: 'party_branch', parent: 'county' },
  { key: 'logistics', name: '物流配送中心', type: 'unit', parent: 'society' },
  { key: 'logisticsBranch', name: '物流配送中心党支部', type: 'party_branch', parent: 'logistics' },
];
