import { Body, Controller, Delete, Get, HttpCode, Post, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/access.decorators';
import { Actor, CurrentActor } from '../common/context/actor';
import { IdParam } from '../common/crud/id-param';
import { attachment } from '../common/sheets/download';
import { Attachment } from './attachment.entity';
import { UpdateAttachmentDto } from './attachments.dto';
import { AttachmentsService, FileContent } from './attachments.service';

/** Inline for what a browser shows itself (photos, PDF), as a download otherwise; the name in UTF-8 either way. */
function sendFile(file: FileContent, inline: boolean): StreamableFile {
  const disposition = inline ? attachment(file.fileName).replace(/^attachment/, 'inline') : attachment(file.fileName);
  return new StreamableFile(file.bytes, { type: file.mediaType, disposition, length: file.bytes.length });
}

const SHOWN_INLINE = /^(image\/(jpeg|png|webp)|application\/pdf)$/;

/**
 * A file by its id. The guard lets through the roles that may read (write) some record's files;
 * then each route asks the file's record: the user must be allowed to read (or write)
 * that kind of record, and the record must lie in their scope — a 403 otherwise, by id or not.
 */
@ApiTags('attachments 附件')
@ApiBearerAuth()
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get(':id/content')
  @RequirePermission('attachments', 'read')
  @ApiProduces('image/jpeg', 'image/png', 'image/webp', 'application/pdf', 'application/octet-stream')
  @ApiOkResponse({ description: 'The file, as stored (images upright, without location data)', schema: { type: 'string', format: 'binary' } })
  async content(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    const file = await this.attachments.content(id, actor, 'file');
    return sendFile(file, SHOWN_INLINE.test(file.mediaType));
  }

  @Get(':id/thumbnail')
  @RequirePermission('attachments', 'read')
  @ApiProduces('image/webp')
  @ApiOkResponse({ description: 'An image\'s thumbnail (WebP, 400 px at most)', schema: { type: 'string', format: 'binary' } })
  async thumbnail(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<StreamableFile> {
    return sendFile(await this.attachments.content(id, actor, 'thumbnail'), true);
  }

  @Put(':id')
  @RequirePermission('attachments', 'write')
  @ApiOkResponse({ description: 'The attachment' })
  update(@IdParam() id: number, @Body() body: UpdateAttachmentDto, @CurrentActor() actor: Actor): Promise<Attachment> {
    return this.attachments.update(id, body, actor);
  }

  @Delete(':id')
  @RequirePermission('attachments', 'write')
  @ApiOkResponse({ description: 'The attachment, now deleted (restorable by an admin)' })
  remove(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<Attachment> {
    return this.attachments.remove(id, actor);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('attachments', 'restore')
  @ApiOkResponse({ description: 'The attachment, back on its record' })
  restore(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<Attachment> {
    return this.attachments.restore(id, actor);
  }
}
