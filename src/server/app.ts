import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { DatabaseConnection } from './db/client';
import type { Clock } from './lib/clock';
import { systemClock } from './lib/clock';
import { answerFrameworkError, registerErrorHandler } from './lib/error-handler';
import { registerIdempotency } from './lib/idempotency';
import { listenForDatabaseChanges } from './lib/database-changes';
import { createAnswerCache, registerRememberedAnswers, type AnswerCache } from './lib/remembered-answers';
import { registerInputHygiene } from './lib/input-hygiene';
import { AppError } from './lib/errors';
import type { App } from './lib/http';
import { registerOpenApi } from './lib/openapi';
import { registerAgreementsRoutes } from './features/agreements/agreements.routes';
import { createAgreementsService } from './features/agreements/agreements.service';
import { registerPortfolioRoutes } from './features/portfolio/portfolio.routes';
import { createPortfolioService } from './features/portfolio/portfolio.service';
import { createPortfolioOutputs } from './features/portfolio/portfolio-outputs';
import { registerEventsRoutes } from './features/events/events.routes';
import { createEventsService } from './features/events/events.service';
import { registerPartneringRoutes } from './features/partnering/partnering.routes';
import { createPartneringService } from './features/partnering/partnering.service';
import { registerPressReleaseRoutes } from './features/press-release/press-release.routes';
import { createPressReleaseService } from './features/press-release/press-release.service';
import { registerAuditRoutes } from './features/audit/audit.routes';
import { createAuditService } from './features/audit/audit.service';
import { registerAuthRoutes } from './features/auth/auth.routes';
import { createActorCache } from './features/auth/actor-cache';
import { createAuthService } from './features/auth/auth.service';
import { needsCsrfCheck, registerAuthentication } from './features/auth/authenticate';
import { createLoginThrottle } from './features/auth/login-throttle';
import { registerContactsRoutes } from './features/contacts/contacts.routes';
import { createContactsService } from './features/contacts/contacts.service';
import { registerDashboardRoutes } from './features/dashboard/dashboard.routes';
import { createDashboardService } from './features/dashboard/dashboard.service';
import { registerEcosystemsRoutes } from './features/ecosystems/ecosystems.routes';
import { createEcosystemsService } from './features/ecosystems/ecosystems.service';
import { registerHealthRoutes } from './features/health/health.routes';
import { createInfrastructurePhotos } from './features/infrastructure/infrastructure-photos';
import { registerInfrastructureRoutes } from './features/infrastructure/infrastructure.routes';
import { createInfrastructureService } from './features/infrastructure/infrastructure.service';
import { createInvestorRequests } from './features/infrastructure/investor-requests';
import { registerInvestorRequestRoutes } from './features/infrastructure/investor-requests.routes';
import { registerIndicatorsRoutes } from './features/indicators/indicators.routes';
import { createIndicatorsService } from './features/indicators/indicators.service';
import { createReportingService } from './features/indicators/reporting-campaigns';
import { registerOrganizationLogoRoutes } from './features/registry/organization-logo.routes';
import { registerRegistryRoutes } from './features/registry/registry.routes';
import { createReferenceService } from './features/reference/reference.service';
import { registerReferenceRoutes } from './features/reference/reference.routes';
import { createRegistryService } from './features/registry/registry.service';
import { importJobs } from './features/imports/imports.jobs';
import { partneringJobs } from './features/partnering/partnering.jobs';
import { createGlossarySource } from './features/partnering/glossary/glossary-source';
import { createGlossaryTermsService } from './features/partnering/glossary/glossary-terms.service';
import { registerGlossaryRoutes } from './features/partnering/glossary/glossary.routes';
import { registerImportsRoutes } from './features/imports/imports.routes';
import { createImportsService } from './features/imports/imports.service';
import { createJobSender, type JobDefinition, type JobSender } from './jobs/job-queue';
import { registerSearchRoutes } from './features/search/search.routes';
import { createSearchService } from './features/search/search.service';
import { registerTaxonomyRoutes } from './features/taxonomy/taxonomy.routes';
import { createTaxonomyService } from './features/taxonomy/taxonomy.service';
import { registerUsersRoutes } from './features/users/users.routes';
import { createUsersService } from './features/users/users.service';

export type AppOptions = {
  connection: DatabaseConnection;
  clock?: Clock;
  cookieSecure?: boolean;
  trustProxy?: boolean;
  sessionDays?: number;
  bodyLimitBytes?: number;
  /** A pino logger; without it the app logs nothing (tests). */
  logger?: FastifyBaseLogger;
  /** Folder of the built web app; served with a fallback to index.html for client routes. */
  webRoot?: string;
  version?: string;
  /** Sign-in attempts allowed per client address per minute. */
  loginAttemptsPerMinute?: number;
  /** Investor requests an anonymous sender may send per client address per hour. */
  anonymousInvestorRequestsPerHour?: number;
  /** List pages answered from memory while the registry is unchanged (ADR 043); off to measure the reads alone. */
  rememberListPages?: boolean;
  /** Answers of read routes kept in memory while the data is unchanged (ADR 045); off to measure the reads alone. */
  rememberAnswers?: boolean;
};

/** A registered route; `remembered`: its answers are kept in memory (ADR 045). */
export type RouteEntry = { method: string; url: string; remembered: boolean };

declare module 'fastify' {
  interface FastifyInstance {
    routeCatalog: RouteEntry[];
    /** The app's background jobs: main.ts starts the queue with them and attaches it to the sender. */
    jobs: { definitions: JobDefinition[]; sender: JobSender };
    /** Remembered answers (ADR 045): tests read its counts. */
    answers: AnswerCache;
  }
}

export const defaultWebRoot = path.resolve('dist/web');

/** Builds the whole app without listening: main.ts listens, tests call inject(). */
export async function buildApp(options: AppOptions): Promise<App> {
  const { connection, clock = systemClock, cookieSecure = false } = options;
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    trustProxy: options.trustProxy ?? false,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    genReqId: () => randomUUID(),
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();
  // Every route, as registered: the authorization matrix test checks it has rows for each.
  const routeCatalog: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeCatalog.push({ method, url: route.url, remembered: route.config?.rememberAnswer === true });
  });
  app.decorate('routeCatalog', routeCatalog);

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  let serveClientRoutes = false;
  registerErrorHandler(app, () => serveClientRoutes);

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', secure: cookieSecure },
    getToken: (request) => request.headers['x-csrf-token'] as string | undefined,
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets style attributes at run time; no inline script is ever allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
  });
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  await registerOpenApi(app);

  const db = connection.db;
  // Ten failures lock an account for a while; thirty lock an address (several people may share one).
  // Resolved callers are kept in memory while this process hears the database's change messages.
  const actors = createActorCache();
  // Remembered answers of read routes (ADR 045), forgotten on any change to the data.
  const answers = createAnswerCache();
  const changes = await listenForDatabaseChanges(connection, { actors, answers }, (error) => app.log.warn({ err: error }, 'in-memory caches paused'));
  app.addHook('onClose', () => changes.close());
  const auth = createAuthService({ db, clock, sessionDays: options.sessionDays ?? 14, throttle: createLoginThrottle(), addressThrottle: createLoginThrottle({ maxFailures: 30 }), actors });
  const users = createUsersService({ db, clock });
  const audit = createAuditService({ db });
  const registry = createRegistryService({ db, clock, audit, rememberListPages: options.rememberListPages });
  const contacts = createContactsService({ db, clock, registry });
  const taxonomy = createTaxonomyService({ db });
  const agreements = createAgreementsService({ db, clock, audit, actorOfUser: auth.actorOfUser });
  const indicators = createIndicatorsService({ db, clock });
  const reporting = createReportingService({ db, clock });
  const ecosystems = createEcosystemsService({ db, clock });
  const dashboard = createDashboardService({ agreements, indicators, registry, ecosystems });
  const search = createSearchService({ registry, agreements });
  const jobSender = createJobSender(() => jobDefinitions);
  const glossarySource = createGlossarySource(db);
  const imports = createImportsService({ db, clock, jobs: jobSender, auth, registry });
  const partnering = createPartneringService({ db, clock, audit, glossarySource, jobs: jobSender });
  const jobDefinitions = [...importJobs(imports), ...partneringJobs({ db, clock, glossary: glossarySource, digest: partnering.matchDigest })];
  app.decorate('jobs', { definitions: jobDefinitions, sender: jobSender });

  registerAuthentication(app, auth, changes);
  if (options.rememberAnswers !== false) registerRememberedAnswers(app, answers, clock);
  app.decorate('answers', answers);
  app.addHook('onRequest', (request, reply, done) => {
    if (needsCsrfCheck(request)) return app.csrfProtection(request, reply, done);
    done();
  });

  registerInputHygiene(app);
  registerIdempotency(app, { db, clock });

  registerHealthRoutes(app, { connection, version: options.version ?? '0.0.0' });
  registerAuthRoutes(app, { auth, cookieSecure, loginAttemptsPerMinute: options.loginAttemptsPerMinute ?? 60 });
  registerUsersRoutes(app, { users });
  registerAuditRoutes(app, { audit });
  registerRegistryRoutes(app, { registry });
  registerOrganizationLogoRoutes(app, { registry });
  registerEcosystemsRoutes(app, { ecosystems });
  registerContactsRoutes(app, { contacts });
  registerTaxonomyRoutes(app, { taxonomy });
  registerAgreementsRoutes(app, { agreements });
  registerEventsRoutes(app, { events: createEventsService({ db, clock, agreements }) });
  registerPartneringRoutes(app, { partnering });
  registerGlossaryRoutes(app, { glossaryTerms: createGlossaryTermsService({ db, glossary: glossarySource, jobs: jobSender }) });
  registerPressReleaseRoutes(app, { pressRelease: createPressReleaseService({ db, clock }) });
  registerIndicatorsRoutes(app, { indicators, reporting });
  const portfolio = createPortfolioService({ db, clock, audit });
  registerPortfolioRoutes(app, { portfolio, outputs: createPortfolioOutputs({ db, clock, portfolio, actorOfUser: auth.actorOfUser }) });
  registerDashboardRoutes(app, { dashboard });
  registerSearchRoutes(app, { search });
  registerImportsRoutes(app, { imports });
  registerReferenceRoutes(app, { reference: createReferenceService() });
  const infrastructure = createInfrastructureService({ db, clock });
  registerInfrastructureRoutes(app, { infrastructure, photos: createInfrastructurePhotos({ db, objects: infrastructure }) });
  registerInvestorRequestRoutes(app, { investorRequests: createInvestorRequests({ db, clock }), anonymousRequestsPerHour: options.anonymousInvestorRequestsPerHour ?? 10 });

  const webRoot = options.webRoot;
  if (webRoot && fs.existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: webRoot,
      index: false,
      // The build writes brotli and gzip copies of every text asset (scripts/vite-precompress-plugin.ts).
      preCompressed: true,
      // Built assets carry a content hash in their names; index.html must always be fresh.
      // Set on the reply, after the file's own headers, so that these win over its default max-age=0.
      setHeaders: (reply, filePath) => {
        reply.header('cache-control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
    serveClientRoutes = true;
  }
  return app;
}
