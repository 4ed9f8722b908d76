import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The admin: scripts only from this origin; MUI injects its styles inline; pictures of attachments
 * are fetched with the user's token and shown from blob: URLs.
 */
const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI at /api/docs runs an inline initialiser; relaxed there only. */
const DOCS_CSP = APP_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("img-src 'self' data: blob:", "img-src 'self' data: https:");

/** helmet's headers everywhere, with one CSP for the product and a looser one for the API docs. */
export async function applySecurityHeaders(app: NestFastifyApplication): Promise<void> {
  await app.register(helmet as never, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onSend', async (request, reply, payload) => {
      void reply.header('Content-Security-Policy', request.url.startsWith('/api/docs') ? DOCS_CSP : APP_CSP);
      return payload;
    });
}
