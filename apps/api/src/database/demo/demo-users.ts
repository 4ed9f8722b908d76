import type { Role } from '@wb/contracts';

export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  /** Demo org key; none for leadership. */
  org?: string;
  password: string;
}

/**
 * One account per role, plus a second branch's secretary to show scoping. Demo only: these
 * passwords are public (README); production runs with DEMO_DATA=false and ADMIN_PASSWORD.
 */
export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', org: 'society', password: 'demo-admin-2021' },
  { username: 'secretary', displayName: '刘泽（支部书记）', role: 'secretary', org: 'branch', password: 'demo-secretary-2021' },
  { username: 'staff', displayName: '周敏（工作人员）', role: 'staff', org: 'society', password: 'demo-staff-2021' },
  { username: 'leader', displayName: '冯志远（领导）', role: 'leader', password: 'demo-leader-2021' },
  { username: 'urban-secretary', displayName: '罗成（城区分公司支部书记）', role: 'secretary', org: 'urbanBranch', password: 'demo-secretary-2021' },
];
