import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Action, ATTACHABLE, can, FieldError, MAX_ATTACHMENTS_PER_RECORD, Resource } from '@wb/contracts';
import { writeAudit } from '../audit/audit-trail';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { pathInScope } from '../common/list-query';
import { resourceLabelOfTable } from '../database/entities';
import { Attachment } from './attachment.entity';
import { contentKey, FILE_STORE, FileStore, thumbnailKey } from './file-store';
import { sniffFileType } from './file-type';
import { PreparedFile, prepareFile, UnreadableImage } from './prepare-file';

/** One uploaded file, as the request carried it. */
export interface Upload {
  fileName: string;
  bytes: Buffer;
}

/** A file to send: its bytes, how to serve them, and the name to offer. */
export interface FileContent {
  bytes: Buffer;
  mediaType: string;
  fileName: string;
}

/** A display name: no folders, no control characters, at most 255 characters. */
export function displayName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(-255);
  return base || `附件.${extension}`;
}

/**
 * Files on records. Whether a user may read or add to a record's files is the record's own rule:
 * its resource's permission and its org in the user's scope — asked again for every file by id,
 * so an attachment of another branch's record is a 403 whoever knows its number.
 */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
  ) {}

  /** The record must exist, and the user may `action` it: a 404 or 403 otherwise. */
  async checkRecord(manager: EntityManager, resource: string, recordId: number, actor: Actor, action: Action): Promise<void> {
    if (!ATTACHABLE.includes(resource)) throw DomainError.notFound(resource, recordId);
    if (!can(actor.role, resource as Resource, action)) throw DomainError.forbidden();
    const table = resource.replace(/-/g, '_');
    const [record] = (await manager.query(`SELECT o.path AS path FROM ${table} r JOIN orgs o ON o.id = r.orgId WHERE r.id = ? AND r.deletedAt IS NULL`, [recordId])) as { path: string }[];
    if (!record) throw DomainError.notFound(resource, recordId);
    if (!pathInScope(record.path, actor.scope)) throw DomainError.forbidden('这条记录不属于您的组织范围');
  }

  /** The record's files, oldest first; or its deleted ones, for those who may restore them. */
  async list(resource: string, recordId: number, actor: Actor, deleted = false): Promise<Attachment[]> {
    await this.checkRecord(this.dataSource.manager, resource, recordId, actor, deleted ? 'restore' : 'read');
    return this.dataSource.getRepository(Attachment).find({
      where: { resource, recordId, deletedAt: deleted ? Not(IsNull()) : IsNull() },
      withDeleted: deleted,
      order: { id: 'ASC' },
    });
  }

  /**
   * Adds files to a record: each one's type read from its bytes, images cleaned (orientation,
   * location data) with a thumbnail; all refused with the reason per file if any is refused.
   */
  async upload(resource: string, recordId: number, uploads: Upload[], actor: Actor): Promise<Attachment[]> {
    await this.checkRecord(this.dataSource.manager, resource, recordId, actor, 'write');
    if (uploads.length === 0) throw DomainError.validation([{ field: 'files', code: 'required', message: '请选择要上传的文件' }], '请上传文件');
    const problems: FieldError[] = [];
    const prepared: (PreparedFile & { fileName: string })[] = [];
    for (const [i, upload] of uploads.entries()) {
      const sniffed = await sniffFileType(upload.bytes);
      if (!sniffed.ok) {
        problems.push({ field: `files.${i}`, code: 'unsupported_type', message: `「${upload.fileName}」是${sniffed.found}，只能上传图片（JPEG、PNG、WebP、HEIC）、PDF、Word 或 Excel 文件` });
        continue;
      }
      try {
        const file = await prepareFile(upload.bytes, sniffed.type);
        prepared.push({ ...file, fileName: displayName(upload.fileName, file.type.extension) });
      } catch (error) {
        if (!(error instanceof UnreadableImage)) throw error;
        problems.push({ field: `files.${i}`, code: 'unreadable', message: `「${upload.fileName}」无法读取（${sniffed.type.mediaType === 'image/heic' ? '请在手机相机设置中选择“兼容性最佳”后重拍，或先转成 JPEG' : '文件可能已损坏'}）` });
      }
    }
    if (problems.length) throw DomainError.validation(problems, problems.length === 1 ? problems[0].message : `${problems.length} 个文件不能上传`);

    // Bytes first, under their hash: a row never points at a missing file (an unused file is harmless).
    for (const file of prepared) {
      await this.store.put(contentKey(file.sha256), file.content, file.type.mediaType);
      if (file.thumbnail) await this.store.put(thumbnailKey(file.sha256), file.thumbnail, 'image/webp');
    }
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(Attachment).count({ where: { resource, recordId } });
      if (existing + prepared.length > MAX_ATTACHMENTS_PER_RECORD) {
        throw DomainError.validation(
          [{ field: 'files', code: 'too_many', message: `每条记录最多 ${MAX_ATTACHMENTS_PER_RECORD} 个附件，已有 ${existing} 个` }],
          `每条记录最多 ${MAX_ATTACHMENTS_PER_RECORD} 个附件`,
        );
      }
      const saved: Attachment[] = [];
      for (const file of prepared) {
        const row = await manager.getRepository(Attachment).save({
          resource,
          recordId,
          fileName: file.fileName,
          mediaType: file.type.mediaType,
          kind: file.type.kind,
          size: file.content.length,
          sha256: file.sha256,
          width: file.width,
          height: file.height,
          inReport: false,
          createdBy: actor.userId,
          createdByName: actor.name,
        });
        await writeAudit(manager, actor, { action: 'create', resource: 'attachments', recordId: row.id, before: null, after: describe(row) });
        saved.push(row);
      }
      return manager.getRepository(Attachment).find({ where: { id: In(saved.map((row) => row.id)) }, order: { id: 'ASC' } });
    });
  }

  /** An attachment the user may `action`, through its record. Deleted ones only for restoring. */
  async find(manager: EntityManager, id: number, actor: Actor, action: Action, deleted = false): Promise<Attachment> {
    const query = manager.getRepository(Attachment).createQueryBuilder('a').where('a.id = :id', { id });
    if (deleted) query.withDeleted().andWhere('a.deletedAt IS NOT NULL');
    const row = await query.getOne();
    if (!row) throw DomainError.notFound(deleted ? '附件（已删除）' : '附件', id);
    await this.checkRecord(manager, row.resource, row.recordId, actor, action);
    return row;
  }

  async content(id: number, actor: Actor, variant: 'file' | 'thumbnail'): Promise<FileContent> {
    const row = await this.find(this.dataSource.manager, id, actor, 'read');
    if (variant === 'thumbnail' && row.kind !== 'image') throw DomainError.notFound('附件缩略图', id);
    const bytes = await this.store.get(variant === 'file' ? contentKey(row.sha256) : thumbnailKey(row.sha256));
    if (!bytes) throw new Error(`attachment ${id}: ${variant} ${row.sha256} missing from the file store`);
    return variant === 'file' ? { bytes, mediaType: row.mediaType, fileName: row.fileName } : { bytes, mediaType: 'image/webp', fileName: row.fileName.replace(/\.\w+$/, '') + '-缩略图.webp' };
  }

  /** Renames a file or puts it in (or out of) the year-end report, if nobody changed it meanwhile. */
  async update(id: number, change: { fileName?: string; inReport?: boolean; version: number }, actor: Actor): Promise<Attachment> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.find(manager, id, actor, 'write');
      const next = { ...(change.fileName !== undefined ? { fileName: displayName(change.fileName, current.mediaType.split('/')[1]) } : {}), ...(change.inReport !== undefined ? { inReport: change.inReport } : {}) };
      const result = await manager.createQueryBuilder().update(Attachment).set(next).where('id = :id AND version = :version', { id, version: change.version }).execute();
      if (!result.affected) throw DomainError.staleVersion();
      const after = await manager.getRepository(Attachment).findOneByOrFail({ id });
      await writeAudit(manager, actor, { action: 'update', resource: 'attachments', recordId: id, before: describe(current), after: describe(after) });
      return after;
    });
  }

  /** Soft delete: the row and the bytes stay, and an admin can bring it back. */
  async remove(id: number, actor: Actor): Promise<Attachment> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.find(manager, id, actor, 'write');
      await manager.softDelete(Attachment, { id });
      await writeAudit(manager, actor, { action: 'delete', resource: 'attachments', recordId: id, before: describe(current), after: null });
      return current;
    });
  }

  async restore(id: number, actor: Actor): Promise<Attachment> {
    return this.dataSource.transaction(async (manager) => {
      await this.find(manager, id, actor, 'restore', true);
      await manager.restore(Attachment, { id });
      const after = await manager.getRepository(Attachment).findOneByOrFail({ id });
      await writeAudit(manager, actor, { action: 'restore', resource: 'attachments', recordId: id, before: null, after: describe(after) });
      return after;
    });
  }

  /** The stored bytes of a file (for documents built from them, such as the year-end report). */
  async bytes(sha256: string): Promise<Buffer | null> {
    return this.store.get(contentKey(sha256));
  }
}

/** What the audit trail keeps of an attachment: the file, not its bytes. */
function describe(row: Attachment): Record<string, unknown> {
  return { resource: row.resource, record: `${resourceLabelOfTable(row.resource.replace(/-/g, '_'))} ${row.recordId}`, recordId: row.recordId, fileName: row.fileName, mediaType: row.mediaType, size: row.size, inReport: row.inReport };
}
