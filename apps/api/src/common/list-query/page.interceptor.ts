import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { map, Observable } from 'rxjs';
import { Page } from './page';

/**
 * Lists return a Page; this sends the rows and the `Content-Range` / `X-Total-Count` headers. Put
 * on list routes only: a route without interceptors skips Nest's interceptor chain altogether.
 */
@Injectable()
export class PageInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((result) => {
        if (!(result instanceof Page)) return result;
        const reply = context.switchToHttp().getResponse<FastifyReply>();
        void reply.header('Content-Range', result.contentRange()).header('X-Total-Count', String(result.total));
        return result.rows;
      }),
    );
  }
}
