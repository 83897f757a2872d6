import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import { DomainError } from '@fulcrum/core';
import { type AuditScope, type Db, runInAuditScope } from '../db/index.ts';
import { auditActorOf, authenticate } from './auth.ts';
import { handleError, sendProblem } from './problems.ts';
import { accountRoutes } from './routes/accounts/routes.ts';
import { alertRoutes } from './routes/alerts/routes.ts';
import { auditLogRoutes } from './routes/audit-log/routes.ts';
import { coverageRoutes } from './routes/coverage/routes.ts';
import { digestRoutes } from './routes/digest/routes.ts';
import { apiTokenRoutes } from './routes/api-tokens/routes.ts';
import { commitmentExtractionRoutes } from './routes/commitment-extraction/routes.ts';
import { commitmentRoutes } from './routes/commitments/routes.ts';
import { competitorRoutes } from './routes/competitors/routes.ts';
import { mutualPlanRoutes } from './routes/mutual-plan/routes.ts';
import { observationRoutes } from './routes/observations/routes.ts';
import { exportRoutes } from './routes/exports/routes.ts';
import { importRoutes } from './routes/imports/routes.ts';
import { signalRoutes } from './routes/signals/routes.ts';
import { trustRoutes } from './routes/trust/routes.ts';
import { opportunityRoutes } from './routes/opportunities/routes.ts';
import { portfolioRoutes } from './routes/portfolio/routes.ts';
import { relationshipRoutes } from './routes/relationships/routes.ts';
import { scorecardRoutes } from './routes/scorecard/routes.ts';
import { sessionRoutes } from './routes/session/routes.ts';
import { shareLinkRoutes } from './routes/share-links/routes.ts';
import { sharedRoutes } from './routes/shared/routes.ts';
import { stakeholderRoutes } from './routes/stakeholders/routes.ts';
import { teamMemberRoutes } from './routes/team-members/routes.ts';
import { workspaceRoutes } from './routes/workspaces/routes.ts';
import { webhookOpenApi } from './routes/webhooks/openapi.ts';
import { webhookRoutes } from './routes/webhooks/routes.ts';
import { webhookApiDescription } from '../webhooks/webhook-docs.ts';

/** What the HTTP app needs from its surroundings. */
export type AppOptions = {
  db: Db;
  /** Built web app to serve at `/`; the API works without it. */
  webDistDir?: string | undefined;
  /** Mark the session cookie Secure (behind HTTPS). */
  secureCookies?: boolean;
  logger?: boolean;
  /** Sign-in attempts allowed per client address per minute (default 10). */
  signInAttemptsPerMinute?: number;
  /** Requests per client address per minute to each shared-view route (default 120). */
  sharedRequestsPerMinute?: number;
  /** API token creations and revocations per client address per minute (default 30). */
  tokenWritesPerMinute?: number;
};

/** Paths anyone may reach without credentials. */
export const publicPaths = ['/healthz', '/api/openapi.json', '/api/docs'];

/** The customer-facing routes: reached only with `Authorization: Share <token>`, and the only
 * routes a share link reaches. */
export const isSharedPath = (path: string): boolean =>
  path === '/api/shared' || path.startsWith('/api/shared/');

/** Writes a viewer may still make: their own session and tokens, a workspace of their own, and
 * requests that compute without changing anything. Every other write is refused to viewers before
 * its body is even read, so the answer is the same 403 whatever they send. */
export const viewerMayCall = new Set([
  'DELETE /api/session',
  'PUT /api/session/workspace',
  'POST /api/api-tokens',
  'DELETE /api/api-tokens/:tokenId',
  'POST /api/workspaces',
  'POST /api/commitments/extract',
  'POST /api/commitments/load-check',
]);

/** What pages may load: only our own scripts, styles, images and API. Inline styles are allowed
 * because chart and graph components set style attributes; inline scripts never are. */
export const contentSecurityPolicy = [
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

/** One registered route. */
export type RouteEntry = {
  method: string;
  url: string;
  /** Whether the route validates a request body. */
  hasBody: boolean;
};

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
  interface FastifyRequest {
    /** Who the audit log names for this request's changes, filled in after authentication. */
    auditScope: AuditScope;
  }
}

/** Builds the Fastify app: API routes, OpenAPI document and docs, and the single-page app. */
export const buildApp = async (options: AppOptions): Promise<FastifyInstance> => {
  const { db } = options;
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Fulcrum API',
        version: '0.1.0',
        description:
          'The trust ledger for B2B account teams. Authenticate with `Authorization: Bearer <token>` (create a token in the app or with `npx fulcrum token create`). The shared view under /api/shared takes only `Authorization: Share <token>` from a share link. Errors are RFC 9457 problem documents.',
      },
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer' },
          share: {
            type: 'apiKey',
            in: 'header',
            name: 'Authorization',
            description: 'A share link: `Share <token>`; reaches only /api/shared',
          },
        },
      },
      security: [{ bearer: [] }],
      tags: [{ name: 'Webhooks', description: webhookApiDescription }],
      webhooks: webhookOpenApi,
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    // The docs page carries its own policy with hashes of its inline scripts; plain HTTP on a
    // laptop must keep working, so requests are not upgraded to HTTPS.
    staticCSP: true,
    transformStaticCSP: (header) => header.replace(/\s*upgrade-insecure-requests;?/, ''),
  });

  // Every route as registered, so the security tests cover new routes by construction.
  const routeTable: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD')
        routeTable.push({ method, url: route.url, hasBody: route.schema?.body !== undefined });
    }
  });
  app.decorate('routeTable', routeTable);
  app.decorateRequest('credentials', null as never);
  app.decorateRequest('auditScope', null as never);
  // The request runs in its audit scope. Reading the body leaves that async context (the
  // socket's events carry their own), so the scope is entered again before the handler.
  app.addHook('onRequest', (request, _reply, done) => {
    request.auditScope = {};
    runInAuditScope(request.auditScope, done);
  });
  app.addHook('preValidation', (request, _reply, done) => {
    runInAuditScope(request.auditScope, done);
  });
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0] ?? '';
    request.credentials = { kind: 'anonymous' };
    if (!path.startsWith('/api/') || publicPaths.some((p) => path.startsWith(p))) return;
    request.credentials = await authenticate(db, request);
    request.auditScope.actor = auditActorOf(request.credentials);
    // A share link is its own kind of credential: the shared view and nothing else, and the
    // shared view takes nothing else.
    if (request.credentials.kind === 'share' && !isSharedPath(path)) {
      throw new DomainError(
        'unauthenticated',
        'A share link opens only the shared view (/api/shared). Sign in or use an API token for the rest of the API.',
      );
    }
    if (isSharedPath(path)) {
      if (request.credentials.kind !== 'share') {
        throw new DomainError(
          'unauthenticated',
          'The shared view opens with a share link: send `Authorization: Share <token>`.',
        );
      }
      return;
    }
    // Everything under /api but signing in needs credentials, checked before the body is read.
    if (
      request.credentials.kind === 'anonymous' &&
      !(request.method === 'POST' && path === '/api/session')
    ) {
      throw new DomainError(
        'unauthenticated',
        'Sign in first, or send `Authorization: Bearer <token>` with an API token.',
      );
    }
    const actor =
      request.credentials.kind === 'session' || request.credentials.kind === 'token'
        ? request.credentials.actor
        : null;
    if (
      actor?.role === 'viewer' &&
      request.method !== 'GET' &&
      !viewerMayCall.has(`${request.method} ${request.routeOptions.url ?? ''}`)
    ) {
      throw new DomainError(
        'forbidden',
        'Viewers can read everything but change nothing. Ask an admin for the member role.',
      );
    }
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    if (!reply.hasHeader('content-security-policy'))
      reply.header('content-security-policy', contentSecurityPolicy);
    if (options.secureCookies) reply.header('strict-transport-security', 'max-age=31536000');
  });

  app.get('/healthz', { schema: { hide: true } }, async () => {
    await db.query('SELECT 1');
    return { status: 'ok' };
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  sessionRoutes(app, db, {
    secureCookies: options.secureCookies ?? false,
    signInAttemptsPerMinute: options.signInAttemptsPerMinute ?? 10,
  });
  workspaceRoutes(app, db);
  apiTokenRoutes(app, db, { writesPerMinute: options.tokenWritesPerMinute ?? 30 });
  accountRoutes(app, db);
  stakeholderRoutes(app, db);
  teamMemberRoutes(app, db);
  relationshipRoutes(app, db);
  opportunityRoutes(app, db);
  competitorRoutes(app, db);
  signalRoutes(app, db);
  observationRoutes(app, db);
  trustRoutes(app, db);
  commitmentExtractionRoutes(app, db);
  commitmentRoutes(app, db);
  mutualPlanRoutes(app, db);
  exportRoutes(app, db);
  importRoutes(app, db);
  alertRoutes(app, db);
  coverageRoutes(app, db);
  digestRoutes(app, db);
  portfolioRoutes(app, db);
  scorecardRoutes(app, db);
  webhookRoutes(app, db);
  shareLinkRoutes(app, db);
  auditLogRoutes(app, db);
  sharedRoutes(app, db, { requestsPerMinute: options.sharedRequestsPerMinute ?? 120 });

  const webDistDir = options.webDistDir;
  const hasWeb = webDistDir !== undefined && existsSync(join(webDistDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (hasWeb && request.method === 'GET' && !path.startsWith('/api/')) {
      // Client-side routes all load the same page.
      return reply.sendFile('index.html');
    }
    return sendProblem(reply, {
      type: '/problems/not-found',
      title: 'Not found',
      status: 404,
      code: 'not-found',
      detail: `There is no ${request.method} ${path}. The API is described at /api/openapi.json.`,
      instance: path,
    });
  });
  return app;
};
