import { z } from 'zod';
import { idParams } from '../../../shared/contracts/common';
import { checkImportInput, createImportPresetInput, importPreset, importPresetList, importRun, uploadImportQuery } from '../../../shared/contracts/imports';
import { AppError } from '../../lib/errors';
import { spreadsheetLimits } from '../../lib/spreadsheet-reader';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import { requestLanguage } from '../../lib/request-language';
import type { ImportsService } from './imports.service';

const spreadsheetTypes = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

export function registerImportsRoutes(app: App, { imports }: { imports: ImportsService }) {
  const tags = ['imports'];
  const security = signedIn;

  // The file is the body itself; this scope alone accepts spreadsheet content types, up to the file limit.
  app.register(async (scope) => {
    scope.addContentTypeParser(spreadsheetTypes, { parseAs: 'buffer', bodyLimit: spreadsheetLimits.maxFileBytes }, (_request, body, done) => done(null, body));
    (scope as App).post('/api/imports', {
      bodyLimit: spreadsheetLimits.maxFileBytes,
      schema: {
        tags, security, operationId: 'uploadImport',
        summary: 'Upload a CSV or XLSX file of organizations (the request body is the file); answers the columns and a suggested mapping',
        querystring: uploadImportQuery,
        response: { 201: importRun, ...errorResponses },
      },
    }, async (request, reply) => {
      const body = request.body as unknown;
      if (!Buffer.isBuffer(body)) throw new AppError('UNSUPPORTED_MEDIA_TYPE');
      return reply.status(201).send(await imports.upload(body, request.query, contextOf(request)));
    });
  });

  app.get('/api/imports', {
    schema: { tags, security, operationId: 'listImports', summary: 'The caller\'s recent imports', response: { 200: z.object({ items: z.array(importRun) }), ...errorResponses } },
  }, async (request) => ({ items: await imports.list(contextOf(request)) }));

  app.get('/api/imports/:id', {
    schema: { tags, security, operationId: 'getImport', summary: 'An import: its status, progress and report', params: idParams, response: { 200: importRun, ...errorResponses } },
  }, async (request) => imports.get(request.params.id, contextOf(request)));

  app.post('/api/imports/:id/check', {
    schema: { tags, security, operationId: 'checkImport', summary: 'Dry run with a column mapping: per-row errors, creates, updates; writes nothing', params: idParams, body: checkImportInput, response: { 200: importRun, ...errorResponses } },
  }, async (request) => imports.check(request.params.id, request.body.mapping, contextOf(request), requestLanguage(request)));

  app.post('/api/imports/:id/commit', {
    schema: { tags, security, operationId: 'commitImport', summary: 'Apply a checked import as a background job, all rows or none', params: idParams, response: { 202: importRun, 409: errorResponses[400], ...errorResponses } },
  }, async (request, reply) => reply.status(202).send(await imports.commit(request.params.id, contextOf(request))));

  app.get('/api/import-presets', {
    schema: { tags, security, operationId: 'listImportPresets', summary: 'Saved column mappings of the caller', response: { 200: importPresetList, ...errorResponses } },
  }, async (request) => ({ items: await imports.listPresets(contextOf(request)) }));

  app.post('/api/import-presets', {
    schema: { tags, security, operationId: 'createImportPreset', summary: 'Save a column mapping under a name', body: createImportPresetInput, response: { 201: importPreset, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await imports.createPreset(request.body.name, request.body.mapping, contextOf(request))));

  app.delete('/api/import-presets/:id', {
    schema: { tags, security, operationId: 'deleteImportPreset', summary: 'Delete an own saved mapping', params: idParams, response: { 204: z.null().describe('Deleted'), ...errorResponses } },
  }, async (request, reply) => {
    await imports.deletePreset(request.params.id, contextOf(request));
    return reply.status(204).send(null);
  });
}
