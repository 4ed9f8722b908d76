import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AnnualReport, ComplianceRule, DataCheck, draftSummary, ReportPhotoGroup, ReportSnapshot } from '@wb/contracts';
import { AttachmentsService } from '../attachments/attachments.service';
import { writeAudit } from '../audit/audit-trail';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { pathInScope } from '../common/list-query';
import { subtreeOrgIds, yearPeriod, yearsStatement } from './annual-sql';
import { annualStatistics } from './annual-statistics';
import { ComplianceRulesStore } from './compliance-rules.store';
import { dataChecks } from './data-checks';
import { reportPhotos, ReportPhotos } from './documents/report-photos-docx';
import { reportPhotoGroups } from './report-photos';
import { ReportDraft, ReportSnapshotEntity } from './report-records.entity';

interface OrgRow {
  id: number;
  name: string;
  path: string;
}

export interface SummaryAnswer {
  /** The text to show and export: the saved draft, or the generated one. */
  summary: string;
  /** The text drafted from today's figures. */
  generated: string;
  draft: { updatedAt: string; updatedByName: string; version: number } | null;
}

/** The year-end report of an org's subtree: figures, drafted text, data checks and finalised years. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rules: ComplianceRulesStore,
    private readonly attachments: AttachmentsService,
  ) {}

  /** The org a report is about: the one asked for, if in the actor's scope, or the actor's own (the root for those who see all). */
  async orgOf(actor: Actor, orgId?: number): Promise<OrgRow> {
    const manager = this.dataSource.manager;
    if (orgId === undefined) {
      const own = actor.scope.kind === 'subtrees' ? actor.scope.orgIds[0] : undefined;
      if (actor.scope.kind === 'subtrees' && own === undefined) throw DomainError.forbidden('您的账号没有所属组织');
      const rows: OrgRow[] = own
        ? await manager.query('SELECT id, name, path FROM orgs WHERE id = ? AND deletedAt IS NULL', [own])
        : await manager.query('SELECT id, name, path FROM orgs WHERE parentId IS NULL AND deletedAt IS NULL ORDER BY id LIMIT 1');
      if (!rows[0]) throw DomainError.notFound('orgs', own ?? 'root');
      return { ...rows[0], id: Number(rows[0].id) };
    }
    const [org] = (await manager.query('SELECT id, name, path FROM orgs WHERE id = ? AND deletedAt IS NULL', [orgId])) as OrgRow[];
    if (!org) throw DomainError.notFound('orgs', orgId);
    if (!pathInScope(org.path, actor.scope)) throw DomainError.forbidden('这个组织不在您的范围内');
    return { ...org, id: Number(org.id) };
  }

  /** The years with records in the org's subtree, newest first. */
  async years(actor: Actor, orgId?: number): Promise<number[]> {
    const org = await this.orgOf(actor, orgId);
    const { sql, params } = yearsStatement(await subtreeOrgIds(this.dataSource.manager, org.id));
    const rows: { y: unknown }[] = await this.dataSource.query(sql, params);
    const years = new Set(rows.map((row) => Number(row.y)).filter((y) => y >= 1900 && y <= 2199));
    return [...years].sort((a, b) => b - a);
  }

  async annual(year: number, actor: Actor, orgId?: number): Promise<AnnualReport> {
    return annualStatistics(this.dataSource.manager, await this.orgOf(actor, orgId), year, this.rules);
  }

  /** The photos chosen for the report (附件 marked 放入年度报告), under their activities of the year. */
  async photos(year: number, actor: Actor, orgId?: number): Promise<ReportPhotoGroup[]> {
    const org = await this.orgOf(actor, orgId);
    return reportPhotoGroups(this.dataSource.manager, await subtreeOrgIds(this.dataSource.manager, org.id), yearPeriod(year));
  }

  /** The same photos, made ready for Word. */
  async photosForWord(year: number, actor: Actor, orgId?: number): Promise<ReportPhotos> {
    return reportPhotos(await this.photos(year, actor, orgId), (sha256) => this.attachments.bytes(sha256));
  }

  async summary(year: number, actor: Actor, orgId?: number): Promise<SummaryAnswer & { report: AnnualReport }> {
    const report = await this.annual(year, actor, orgId);
    const draft = await this.dataSource.getRepository(ReportDraft).findOneBy({ year, orgId: report.orgId });
    const generated = draftSummary(report);
    return {
      report,
      summary: draft?.summary ?? generated,
      generated,
      draft: draft && { updatedAt: draft.updatedAt.toISOString(), updatedByName: draft.updatedByName, version: draft.version },
    };
  }

  /** Saves the edited text of a year's summary (one draft per year and org; the latest edit wins). */
  async saveSummary(year: number, orgId: number, summary: string, actor: Actor): Promise<SummaryAnswer> {
    await this.orgOf(actor, orgId);
    await this.dataSource.transaction(async (manager) => {
      const drafts = manager.getRepository(ReportDraft);
      const existing = await drafts.findOneBy({ year, orgId });
      if (existing) await drafts.update({ id: existing.id }, { summary, updatedBy: actor.userId, updatedByName: actor.name });
      else await drafts.insert({ year, orgId, summary, updatedBy: actor.userId, updatedByName: actor.name });
      await writeAudit(manager, actor, { action: existing ? 'update' : 'create', resource: 'reports', recordId: existing?.id ?? null, before: existing && { summary: existing.summary }, after: { year, orgId, summary } });
    });
    const { report: _report, ...answer } = await this.summary(year, actor, orgId);
    return answer;
  }

  async checks(year: number, actor: Actor, orgId?: number): Promise<DataCheck[]> {
    const org = await this.orgOf(actor, orgId);
    return dataChecks(this.dataSource.manager, org.id, year);
  }

  /** 定稿: today's figures and text, kept as they are. A later one supersedes it and never overwrites it. */
  async finalize(year: number, orgId: number, actor: Actor): Promise<ReportSnapshot> {
    const { report, summary } = await this.summary(year, actor, orgId);
    const id = await this.dataSource.transaction(async (manager) => {
      const latest = await this.latestSnapshot(manager, year, report.orgId);
      const saved = await manager.getRepository(ReportSnapshotEntity).save({ year, orgId: report.orgId, report, summary, createdBy: actor.userId, createdByName: actor.name, supersedes: latest?.id ?? null });
      await writeAudit(manager, actor, { action: 'finalize', resource: 'report-snapshots', recordId: saved.id, before: null, after: { year, orgId: report.orgId, supersedes: latest?.id ?? null } });
      return saved.id;
    });
    return this.snapshot(id, actor);
  }

  async snapshots(year: number, actor: Actor, orgId?: number): Promise<ReportSnapshot[]> {
    const org = await this.orgOf(actor, orgId);
    const rows = await this.dataSource.getRepository(ReportSnapshotEntity).find({ where: { year, orgId: org.id }, order: { id: 'DESC' } });
    return rows.map(present);
  }

  async snapshot(id: number, actor: Actor): Promise<ReportSnapshot> {
    const row = await this.dataSource.getRepository(ReportSnapshotEntity).findOneBy({ id });
    if (!row) throw DomainError.notFound('report-snapshots', id);
    await this.orgOf(actor, row.orgId);
    return present(row);
  }

  latestSnapshot(manager: EntityManager, year: number, orgId: number): Promise<ReportSnapshotEntity | null> {
    return manager.getRepository(ReportSnapshotEntity).findOne({ where: { year, orgId }, order: { id: 'DESC' } });
  }

  complianceRules(): Promise<ComplianceRule[]> {
    return this.rules.rules(this.dataSource.manager);
  }

  async replaceComplianceRules(rules: ComplianceRule[], actor: Actor): Promise<ComplianceRule[]> {
    const categories = rules.map((rule) => rule.category);
    const twice = categories.find((category, i) => categories.indexOf(category) !== i);
    if (twice) throw DomainError.validation([{ field: 'rules', code: 'duplicate', message: `会议类别 ${twice} 重复` }]);
    await this.dataSource.transaction(async (manager) => {
      const before = await this.rules.rules(manager);
      await this.rules.replace(manager, rules);
      await writeAudit(manager, actor, { action: 'update', resource: 'compliance-rules', recordId: null, before: { rules: before }, after: { rules } });
    });
    return this.complianceRules();
  }
}

function present(row: ReportSnapshotEntity): ReportSnapshot {
  return { ...row, report: typeof row.report === 'string' ? JSON.parse(row.report) : row.report, createdAt: row.createdAt.toISOString() };
}
