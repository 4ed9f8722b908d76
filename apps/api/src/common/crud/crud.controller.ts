import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Put, Query, Type } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiListResponse, ApiRecordResponse } from '../../docs/responses';
import { Resource } from '@wb/contracts';
import { AuditLog } from '../../audit/audit-log.entity';
import { RequirePermission } from '../../auth/access.decorators';
import { Actor, CurrentActor } from '../context/actor';
import { ListQueryDto, Page } from '../list-query';
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
}

/**
 * The routes of a resource, written once: the five of ra-data-simple-rest plus restore and
 * history. Each declares its permission and is one line delegating to the resource's
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
    constructor(@Inject(options.service) readonly service: CrudService<E, C, U>) {}

    /** `filter={"deleted":true}` lists soft-deleted records (needs the restore permission). */
    @Get()
    @RequirePermission(resource, 'read')
    @ApiListResponse(options.updateDto)
    list(@Query() query: ListQueryDto, @CurrentActor() actor: Actor): Promise<Page<E>> {
      return this.service.list(query, actor);
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

    @Post(':id/restore')
    @HttpCode(200)
    @RequirePermission(resource, 'restore')
    @ApiRecordResponse(options.updateDto)
    restore(@IdParam() id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.restore(id, actor);
    }
  }
  Object.defineProperty(ResourceController, 'name', { value: `${resource}Controller` });
  return ResourceController;
}
