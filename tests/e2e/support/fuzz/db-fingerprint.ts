import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { SECURITY_ACTIONS } from '@wb/contracts';

/** table → its aggregates in one text, e.g. `meetings` → `3|6|…`. */
export type Fingerprint = Record<string, string>;

/** Audit entries of sign-ins and the like, which a refused sign-in does write, counted apart. */
export const SECURITY_AUDIT = 'audit_logs[security]';

interface TableProbe {
  label: string;
  /** One row: the label and every aggregate of the table joined in one text. */
  sql: string;
}

const typeName = (type: unknown) => (typeof type === 'function' ? type.name.toLowerCase() : String(type).toLowerCase());

/**
 * A cheap summary of every table, read in one statement: per table its row count and, per
 * column, what a change would move — sums of numbers (ids, versions, flags), counts of non-null
 * values, latest times, total text length. Any insert, update or (soft) delete changes it.
 */
export class DatabaseFingerprint {
  private readonly statement: string;

  constructor(
    private readonly dataSource: DataSource,
    /** Where uploaded files are stored: a refused upload must leave no file behind either. */
    private readonly filesDir?: string,
  ) {
    const q = (name: string) => dataSource.driver.escape(name);
    const sqlite = dataSource.options.type === 'better-sqlite3';
    // NULL aggregates (an empty table) print as '' in both.
    const joined = (parts: string[]) => (sqlite ? `printf('${parts.map(() => '%s').join('|')}', ${parts.join(', ')})` : `CONCAT_WS('|', ${parts.map((p) => `COALESCE(${p}, '')`).join(', ')})`);
    const securityList = SECURITY_ACTIONS.map((action) => `'${action}'`).join(', ');
    const probes: TableProbe[] = [];
    for (const entity of dataSource.entityMetadatas) {
      const groups =
        entity.tableName === 'audit_logs'
          ? [
              { label: SECURITY_AUDIT, where: `WHERE ${q('action')} IN (${securityList})` },
              { label: 'audit_logs[records]', where: `WHERE ${q('action')} NOT IN (${securityList})` },
            ]
          : [{ label: entity.tableName, where: '' }];
      for (const { label, where } of groups) {
        const aggregates = ['COUNT(*)'];
        for (const column of entity.columns) {
          const name = q(column.databaseName);
          const type = typeName(column.type);
          if (/int|number|decimal|bool|float|double/.test(type)) aggregates.push(`SUM(${name})`);
          else if (/date|time/.test(type)) aggregates.push(`MAX(${name})`);
          else if (/char|text|string/.test(type)) aggregates.push(`SUM(LENGTH(${name}))`);
          if (column.isNullable) aggregates.push(`COUNT(${name})`);
        }
        probes.push({ label, sql: `SELECT '${label}' AS label, ${joined(aggregates)} AS summary FROM ${q(entity.tableName)} ${where}` });
      }
    }
    this.statement = probes.map((probe) => probe.sql).join(' UNION ALL ');
  }

  async take(): Promise<Fingerprint> {
    const rows = (await this.dataSource.query(this.statement)) as { label: string; summary: unknown }[];
    const fingerprint: Fingerprint = Object.fromEntries(rows.map((row) => [row.label, String(row.summary)]));
    if (this.filesDir) fingerprint.files = String(countFiles(this.filesDir));
    return fingerprint;
  }
}

/** The labels whose values differ. */
export function changedLabels(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((label) => before[label] !== after[label]);
}

function countFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    count += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  }
  return count;
}
