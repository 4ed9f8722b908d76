import { Body, Controller, Delete, Get, Inject, Param, Post, Put, Query, Type } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Actor, CurrentActor } from '../context/actor';
import { ListQueryDto, Page } from '../list-query';
import { validate } from '../validation/validation-options';
import { TrackedEntity } from '../base.entity';
import { CrudService, Versioned } from './crud.service';
import { IdPipe } from './id.pipe';

export interface CrudControllerOptions<E extends TrackedEntity, C extends object, U extends Versioned> {
  /** Route path under /api, e.g. `meetings`. */
  path: string;
  /** OpenAPI tag, e.g. `meetings 会议`. */
  tag: string;
  service: Type<CrudService<E, C, U>>;
  createDto: Type<C>;
  updateDto: Type<U>;
}

/**
 * The five ra-data-simple-rest routes of a resource, written once. Each handler is one line
 * delegating to the resource's CrudService; a resource with extra routes extends the class.
 */
export function crudController<E extends TrackedEntity, C extends object, U extends Versioned>(
  options: CrudControllerOptions<E, C, U>,
) {
  @ApiTags(options.tag)
  @Controller(options.path)
  class ResourceController {
    constructor(@Inject(options.service) readonly service: CrudService<E, C, U>) {}

    @Get()
    list(@Query() query: ListQueryDto, @CurrentActor() actor: Actor): Promise<Page<E>> {
      return this.service.list(query, actor);
    }

    @Get(':id')
    get(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.get(id, actor);
    }

    @Post()
    @ApiBody({ type: options.createDto })
    create(@Body(validate(options.createDto)) dto: C, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.create(dto, actor);
    }

    @Put(':id')
    @ApiBody({ type: options.updateDto })
    update(@Param('id', IdPipe) id: number, @Body(validate(options.updateDto)) dto: U, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.update(id, dto, actor);
    }

    @Delete(':id')
    remove(@Param('id', IdPipe) id: number, @CurrentActor() actor: Actor): Promise<E> {
      return this.service.remove(id, actor);
    }
  }
  Object.defineProperty(ResourceController, 'name', { value: `${options.path}Controller` });
  return ResourceController;
}
