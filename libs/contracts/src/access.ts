import { labelledEnum, EnumValue } from './labelled-enum';

export const Role = labelledEnum({
  admin: { zh: '管理员', en: 'Administrator' },
  secretary: { zh: '支部书记', en: 'Branch secretary' },
  staff: { zh: '工作人员', en: 'Staff' },
  leader: { zh: '领导', en: 'Leadership' },
});
export type Role = EnumValue<typeof Role>;

/**
 * `read`: list, show, export, history. `write`: create, edit, delete (soft).
 * `restore`: list deleted records and bring them back.
 */
export type Action = 'read' | 'write' | 'restore';
export const ACTIONS: readonly Action[] = ['read', 'write', 'restore'];

/** Party work: the branch secretary's records. */
export const PARTY_WORK = ['meetings', 'members', 'recruitments', 'development-records', 'research-trips', 'deeds', 'volunteer-services'] as const;
/** Society work: papers, popular science, journal — staff keep these. */
export const SOCIETY_WORK = ['papers', 'outreach-activities', 'journal-posts', 'writer-contacts'] as const;
export const SYSTEM_RESOURCES = ['orgs', 'users', 'audit-logs'] as const;
/** The year-end report (its draft text), its finalised snapshots, and the 三会一课 rules. */
export const REPORT_RESOURCES = ['reports', 'report-snapshots', 'compliance-rules'] as const;
/** Files on records: who may read or write one is decided by its record (these are the widest). */
export const FILE_RESOURCES = ['attachments'] as const;
/** The records a ledger (台账) can be imported into from a spreadsheet; every list exports. */
export const IMPORTABLE: readonly string[] = [...PARTY_WORK, ...SOCIETY_WORK];

export type Resource =
  | (typeof PARTY_WORK)[number]
  | (typeof SOCIETY_WORK)[number]
  | (typeof SYSTEM_RESOURCES)[number]
  | (typeof REPORT_RESOURCES)[number]
  | (typeof FILE_RESOURCES)[number];

const EVERYONE: readonly Role[] = Role.values;
const ADMIN: readonly Role[] = ['admin'];

/**
 * Who may do what, per resource — the single policy the API enforces and the admin mirrors.
 * Scope (which orgs) is separate: secretaries and staff act within their org's subtree,
 * admins and leaders everywhere.
 */
export const PERMISSIONS: Readonly<Record<Resource, Readonly<Record<Action, readonly Role[]>>>> = {
  ...Object.fromEntries(PARTY_WORK.map((r) => [r, { read: EVERYONE, write: ['admin', 'secretary'], restore: ADMIN }])),
  ...Object.fromEntries(SOCIETY_WORK.map((r) => [r, { read: EVERYONE, write: ['admin', 'secretary', 'staff'], restore: ADMIN }])),
  orgs: { read: EVERYONE, write: ADMIN, restore: ADMIN },
  users: { read: ADMIN, write: ADMIN, restore: ADMIN },
  'audit-logs': { read: ['admin', 'leader'], write: [], restore: [] },
  // Everyone reads the report of their scope; secretaries draft their branch's text, leaders the
  // whole society's; only admins and leaders finalise a year; only admins set the 三会一课 rules.
  reports: { read: EVERYONE, write: ['admin', 'secretary', 'leader'], restore: [] },
  'report-snapshots': { read: EVERYONE, write: ['admin', 'leader'], restore: [] },
  'compliance-rules': { read: EVERYONE, write: ADMIN, restore: [] },
  // An attachment is read and written with its record's rights (checked per record); this is the outer bound.
  attachments: { read: EVERYONE, write: ['admin', 'secretary', 'staff'], restore: ADMIN },
} as unknown as Record<Resource, Record<Action, readonly Role[]>>;

export function can(role: Role, resource: Resource, action: Action): boolean {
  return PERMISSIONS[resource]?.[action]?.includes(role) ?? false;
}

/** The permission map of one role, as `/api/auth/me` sends it: resource → allowed actions. */
export function permissionsOf(role: Role): Record<Resource, Action[]> {
  return Object.fromEntries(
    (Object.keys(PERMISSIONS) as Resource[]).map((resource) => [resource, ACTIONS.filter((action) => can(role, resource, action))]),
  ) as Record<Resource, Action[]>;
}

/** Admins and leaders see every org; secretaries and staff their own org's subtree. */
export function seesEverything(role: Role): boolean {
  return role === 'admin' || role === 'leader';
}

export const AuditAction = labelledEnum({
  create: { zh: '新建', en: 'Create' },
  update: { zh: '修改', en: 'Update' },
  delete: { zh: '删除', en: 'Delete' },
  restore: { zh: '恢复', en: 'Restore' },
  move: { zh: '移动组织', en: 'Move org' },
  sign_in: { zh: '登录', en: 'Sign in' },
  sign_in_failed: { zh: '登录失败', en: 'Failed sign-in' },
  sign_out: { zh: '退出登录', en: 'Sign out' },
  token_reuse: { zh: '令牌重用', en: 'Token reuse' },
  admin_reset: { zh: '重置管理员', en: 'Administrator reset' },
  finalize: { zh: '定稿', en: 'Finalise' },
});
/** Actions about access rather than a record's content. */
export const SECURITY_ACTIONS: readonly AuditAction[] = ['move', 'sign_in', 'sign_in_failed', 'sign_out', 'token_reuse', 'admin_reset'];
export type AuditAction = EnumValue<typeof AuditAction>;

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  orgId: number;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface AuditLog {
  id: number;
  actorId: number | null;
  actorName: string;
  /** The client's address (behind a proxy, with TRUST_PROXY set: the real client's). */
  ip: string | null;
  action: AuditAction;
  resource: string;
  /** Null for a failed sign-in with an unknown username. */
  recordId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

/** `POST /api/auth/login` and `POST /api/auth/refresh` answer this. */
export interface TokenPair {
  accessToken: string;
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
}

/** `GET /api/auth/me`. */
export interface Me {
  user: User;
  org: { id: number; name: string } | null;
  permissions: Record<Resource, Action[]>;
}

export const MIN_PASSWORD_LENGTH = 8;
export const USERNAME_PATTERN = /^[A-Za-z0-9._-]{3,32}$/;

/** What each resource is called in the UI, the audit log and messages. */
export const ResourceName = labelledEnum<Resource>({
  meetings: { zh: '会议', en: 'Meetings' },
  members: { zh: '人员', en: 'Members' },
  recruitments: { zh: '吸纳人才', en: 'Recruitments' },
  'development-records': { zh: '发展党员', en: 'Party-member development' },
  'research-trips': { zh: '基层调研', en: 'Research trips' },
  deeds: { zh: '我为群众办实事', en: 'Practical deeds' },
  'volunteer-services': { zh: '志愿服务', en: 'Volunteer services' },
  papers: { zh: '学术论文', en: 'Papers' },
  'outreach-activities': { zh: '科普活动', en: 'Popular-science activities' },
  'journal-posts': { zh: '期刊与网站信息', en: 'Journal and website posts' },
  'writer-contacts': { zh: '联系基层撰稿人', en: 'Writer contacts' },
  orgs: { zh: '组织', en: 'Organisations' },
  users: { zh: '用户', en: 'Users' },
  'audit-logs': { zh: '操作日志', en: 'Audit log' },
  reports: { zh: '年度报告', en: 'Annual report' },
  'report-snapshots': { zh: '定稿', en: 'Finalised report' },
  'compliance-rules': { zh: '三会一课规则', en: 'Meeting rules' },
  attachments: { zh: '附件', en: 'Attachments' },
});

/** `GET /api/auth/demo-accounts`: what the sign-in page offers while the demo data is on. */
export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  org: string | null;
}
