import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AnnualReport } from '@wb/contracts';

/** The summary text of a year's report as someone edited it, before it is exported or finalised (the `reports` resource). */
@Entity('reports')
@Unique('uq_report_draft', ['year', 'orgId'])
export class ReportDraft {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  orgId: number;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'int', nullable: true })
  updatedBy: number | null;

  @Column({ type: 'varchar', length: 100 })
  updatedByName: string;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @VersionColumn({ type: 'int' })
  version: number;
}

/**
 * A finalised year (定稿): the figures and the text as they stood. Never updated: a later one
 * supersedes it, and it stays for reading.
 */
@Entity('report_snapshots')
@Index('idx_report_snapshot_year_org', ['year', 'orgId'])
export class ReportSnapshotEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'int' })
  orgId: number;

  @Column({ type: 'json' })
  report: AnnualReport;

  @Column({ type: 'text' })
  summary: string;

  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', nullable: true })
  createdBy: number | null;

  @Column({ type: 'varchar', length: 100 })
  createdByName: string;

  @Column({ type: 'int', nullable: true })
  supersedes: number | null;
}
