import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { can } from '@wb/contracts';
import { Actor } from '../common/context/actor';
import { DomainError } from '../common/errors/domain-error';
import { ACCESS_KEY, AccessPolicy } from './access.decorators';
import { AuthService } from './auth.service';

/**
 * The one gate of every request: 401 without a valid token (checked before anything else),
 * 403 when the role lacks the route's permission, and a route with no declared policy is
 * refused. On success the request carries the actor that services scope by.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (policy?.kind === 'public') return true;

    const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: Actor }>();
    // Exactly `Bearer <token>` (RFC 6750): anything after the token makes the header malformed, not ignored.
    const token = /^bearer ([\w.~+/-]+=*)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (!token) throw DomainError.unauthenticated();
    const user = await this.auth.authenticate(token);

    if (!policy) throw DomainError.forbidden('此接口未声明访问权限');
    if (policy.kind === 'permission' && !can(user.role, policy.resource, policy.action)) throw DomainError.forbidden();
    request.actor = this.auth.actorOf(user, request.ip);
    return true;
  }
}
