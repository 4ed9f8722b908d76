import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Query, Req, Res, StreamableFile, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHABLE, ImportResult, MAX_ATTACHMENT_BYTES, MAX_FILES_PER_UPLOAD } from '@wb/contracts';
import { Attachment } from '../../attachments/attachment.entity';
import { AttachmentListQueryDto } from '../../attachments/attachments.dto';
import { AttachmentsService } from '../../attachments/attachments.service';
import { uploadedFiles } from '../uploads/uploaded-files';
import { attachment, chinaToday, XLSX } from '../sheets/download';
import { exportSheet } from '../sheets/export-sheet';
import { ExportQueryDto, ImportQueryDto } from '../sheets/sheet-routes.dto';
import { importTemplate } from '../sheets/template';
import { uploadedFile } from '../sheets/uploaded-file';
import { ApiListResponse, ApiRecordResponse } from '../../docs/responses';
import { Resource } from '@wb/contracts';
import { AuditLog } from '../../audit/audit-log.entity';
import { RequirePermission } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../context/actor';
import { ListQueryDto, sendPage } from '../list-query';
import { validate } from '../validation/validation-options';
import { TrackedEntity } from '../base.entity';
import { CrudService, Versioned } from './crud.service';
import { IdParam } from './id-param';

export interface CrudControllerOptions<E extends TrackedEntity, C extends object, U extends Versioned> {
  /** Route path under /api, and the resource name in the permission table. */
  resource: Resource;
  /** OpenAPI tag, e.g. `meetings 会议`. */
  tag: string;
  service: Type<CrudService<E, C, U>>;
  createDto: Type<C>;
  updateDto: Type<U>;
  /** Takes spreadsheet imports (default); orgs and users only export. */
  importable?: boolean;
}

/**
 * The routes of a resource, written once: the five of ra-data-simple-rest plus restore,
 * history, export and import, and a record's files where the resource carries them. Each declares its permission and is one line delegating to the resource's
 * CrudService; a resource with extra routes extends the class.
 */
export function crudController<E extends TrackedEntity, C extends object, U extends Versioned>(
  options: CrudControllerOptions<E, C, U>,
) {
  const { resource } = options;

  @ApiTags(options.tag)
  @ApiBearerAuth()
  @Controller(resource)
  class ResourceController {
    constructor(
      @Inject(options.service) readonly service: CrudService<E, C, U>,
      @Inject(AttachmentsService) readonly attachments: AttachmentsService,
    ) {}

    /** `filter={"deleted":true}` lists soft-deleted records (needs the restore permission). */
    @Get()
    @RequirePermission(resource, 'read')
    @ApiListResponse(options.updateDto)
    async list(@Query() query: ListQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<E[]> {
      return sendPage(reply, await this.service.list(query, actor));
    }

    /** Every row the filter matches, as Excel or CSV: Chinese headers, labels, names, real dates. */
    @Get('export')
    @RequirePermission(resource, 'read')
    @ApiProduces(XLSX, 'text/csv')
    @ApiOkResponse({ description: 'The spreadsheet', schema: { type: 'string', format: 'binary' } })
    exportList(@Query() query: ExportQueryDto, @CurrentActor() actor: Actor): StreamableFile {
      const format = query.format ?? 'xlsx';
      const pages = this.service.exportPages(query, actor);
      const stream = exportSheet(format, this.service.sheet, pages, this.service.manager);
      return new StreamableFile(stream, { type: format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8', disposition: attachment(`${this.service.sheet.title.zh}-${chinaToday()}.${format}`) });
    }

    /** An .xlsx to fill in: Chinese headers, an example row, drop-downs for codes, a sheet explaining each column. */
    @Get('import-template')
    @RequirePermission(resource, 'write')
    @ApiProduces(XLSX)
    @ApiOkResponse({ description: 'The import template', schema: { type: 'string', format: 'binary' } })
    async importTemplate(): Promise<StreamableFile> {
      return new StreamableFile(await importTemplate(this.service.sheet), { type: XLSX, disposition: attachment(`${this.service.sheet.title.zh}-导入模板.xlsx`) });
    }

    /**
     * A filled-in ledger (.xlsx, or CSV in UTF-8 or GBK), field `file`: every row checked, every
     * problem answered by row and column; all rows written in one transaction, or none.
     */
    @Post('import')
    @HttpCode(200)
    @RequirePermission(resource, 'write')
    @ApiConsumes('multipart/form-data')
    @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
    @ApiOkResponse({ description: '{ rows, valid, created, errors: [{ row, column, message }], columns, preview }' })
    async importSheet(@Req() request: FastifyRequest, @Query() query: ImportQueryDto, @CurrentActor() actor: Actor): Promise<ImportResult> {
      const file = await uploadedFile(request);
      return this.service.importSheet(file, options.createDto, actor, query.dryRun === 'true');
    }

    @Get(':id')
    @RequirePermission(resource, 'read')
    @ApiRecordResponse(options.updateDto)
    get(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.get(id, actor);
    }

    @Get(':id/history')
    @RequirePermission(resource, 'read')
    @ApiOkResponse({ description: 'The audit entries of the record, newest first' })
    history(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<AuditLog[]> {
      return this.service.history(id, actor);
    }

    @Post()
    @RequirePermission(resource, 'write')
    @ApiBody({ type: options.createDto })
    @ApiRecordResponse(options.updateDto)
    create(@Body(validate(options.createDto)) dto: C, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.create(dto, actor);
    }

    @Put(':id')
    @RequirePermission(resource, 'write')
    @ApiBody({ type: options.updateDto })
    @ApiRecordResponse(options.updateDto)
    update(@IdParam() id: number, @Body(validate(options.updateDto)) dto: U, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.update(id, dto, actor);
    }

    @Delete(':id')
    @RequirePermission(resource, 'write')
    @ApiRecordResponse(options.updateDto)
    remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.remove(id, actor);
    }

    /** The record's files (佐证材料), oldest first; `?deleted=true` its deleted ones (restore permission). */
    @Get(':id/attachments')
    @RequirePermission(resource, 'read')
    @ApiOkResponse({ description: 'Attachment[]' })
    listAttachments(@IdParam() id: number, @Query() query: AttachmentListQueryDto, @CurrentActor() actor: Actor): Promise<Attachment[]> {
      return this.attachments.list(resource, id, actor, query.deleted === 'true');
    }

    /**
     * Adds files to the record (multipart, field `files`, up to 10 of 20 MiB each): images
     * (JPEG, PNG, WebP, HEIC), PDF, Word, Excel — told by their bytes, whatever their names.
     */
    @Post(':id/attachments')
    @RequirePermission(resource, 'write')
    @ApiConsumes('multipart/form-data')
    @ApiBody({ schema: { type: 'object', required: ['files'], properties: { files: { type: 'array', items: { type: 'string', format: 'binary' } } } } })
    @ApiOkResponse({ description: 'The new Attachment[]' })
    async addAttachments(@IdParam() id: number, @Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<Attachment[]> {
      // the record first: nobody uploads 200 MB to find out they may not
      await this.attachments.checkRecord(this.service.manager, resource, id, actor, 'write');
      const files = await uploadedFiles(request, { field: 'files', maxBytes: MAX_ATTACHMENT_BYTES, maxFiles: MAX_FILES_PER_UPLOAD });
      return this.attachments.upload(resource, id, files, actor);
    }

    @Post(':id/restore')
    @HttpCode(200)
    @RequirePermission(resource, 'restore')
    @ApiRecordResponse(options.updateDto)
    restore(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.restore(id, actor);
    }
  }
  if (!ATTACHABLE.includes(resource)) {
    delete (ResourceController.prototype as Partial<ResourceController>).listAttachments;
    delete (ResourceController.prototype as Partial<ResourceController>).addAttachments;
  }
  if (options.importable === false) {
    // Routes are read from the prototype when the module starts: without these, there are none.
    delete (ResourceController.prototype as Partial<ResourceController>).importTemplate;
    delete (ResourceController.prototype as Partial<ResourceController>).importSheet;
  }
  Object.defineProperty(ResourceController, 'name', { value: `${resource}Controller` });
  return ResourceController;
}
