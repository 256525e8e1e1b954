import { agreementDocument, agreementDocumentList, documentParams, documentVersionParams, uploadDocumentQuery, uploadVersionQuery } from '../../../shared/contracts/agreements';
import { errorResponse, idParams } from '../../../shared/contracts/common';
import { z } from 'zod';
import { AppError } from '../../lib/errors';
import { contextOf, errorResponses, signedIn, type App } from '../../lib/http';
import { documentTypes, maxDocumentBytes } from './agreement-documents';
import { sendFile } from './send-file';
import type { AgreementsService } from './agreements.service';

export function registerAgreementDocumentRoutes(app: App, { agreements }: { agreements: AgreementsService }) {
  const tags = ['agreements'];
  const security = signedIn;
  const fileResponses = { 413: errorResponse, 415: errorResponse, ...errorResponses };

  // The file is the body itself. This scope takes any content type, a little over the limit, so that
  // a wrong type or an oversized file is answered by the document rules with their own codes.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: maxDocumentBytes * 2 }, (_request, body, done) => done(null, body));
    const fileOf = (body: unknown, contentType: string | undefined, fileName: string) => {
      if (!Buffer.isBuffer(body)) throw new AppError('DOCUMENT_TYPE_NOT_ALLOWED', { allowed: documentTypes });
      return { file: body, contentType: contentType ?? '', fileName };
    };
    (scope as App).post('/api/agreements/:id/documents', {
      bodyLimit: maxDocumentBytes * 2,
      schema: { tags, security, operationId: 'uploadAgreementDocument', summary: 'Upload a document (the body is the file: PDF, DOCX, PNG, JPEG or WebP, at most 10 MB)', params: idParams, querystring: uploadDocumentQuery, response: { 201: agreementDocument, ...fileResponses } },
    }, async (request, reply) => {
      const { fileName, ...meta } = request.query;
      const id = await agreements.uploadDocument(request.params.id, meta, fileOf(request.body, request.headers['content-type'], fileName), contextOf(request));
      const documents = await agreements.listDocuments(request.params.id, contextOf(request));
      return reply.status(201).send(documents.find((d) => d.id === id)!);
    });
    (scope as App).post('/api/agreements/:id/documents/:documentId/versions', {
      bodyLimit: maxDocumentBytes * 2,
      schema: { tags, security, operationId: 'uploadAgreementDocumentVersion', summary: 'Upload a new version of a document', params: documentParams, querystring: uploadVersionQuery, response: { 201: agreementDocument, ...fileResponses } },
    }, async (request, reply) => {
      await agreements.uploadDocumentVersion(request.params.id, request.params.documentId, fileOf(request.body, request.headers['content-type'], request.query.fileName), contextOf(request));
      const documents = await agreements.listDocuments(request.params.id, contextOf(request));
      return reply.status(201).send(documents.find((d) => d.id === request.params.documentId)!);
    });
  });

  app.get('/api/agreements/:id/documents', {
    schema: { tags, security, operationId: 'listAgreementDocuments', summary: 'Documents of the agreement with their versions and checksums', params: idParams, response: { 200: agreementDocumentList, ...errorResponses } },
  }, async (request) => ({ items: await agreements.listDocuments(request.params.id, contextOf(request)) }));

  app.get('/api/agreements/:id/documents/:documentId/versions/:version', {
    schema: { tags, security, operationId: 'downloadAgreementDocument', summary: 'Download one version of a document', params: documentVersionParams, response: { 200: z.any().describe('The file'), ...errorResponses } },
  }, async (request, reply) => {
    const file = await agreements.downloadDocument(request.params.id, request.params.documentId, request.params.version, contextOf(request));
    return sendFile(reply.header('x-checksum-sha256', file.sha256), file);
  });
}
