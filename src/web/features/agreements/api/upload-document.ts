import type { agreementDocument } from '../../../../shared/contracts/agreements';
import type { agreementDocumentKinds } from '../../../../shared/domain';
import { apiRequest, withQuery, type AnswerOf } from '../../../lib/api-client';

/** The file goes as the body itself with its own type; the server checks the type against the bytes. */
export const uploadDocument = (agreementId: string, file: File, meta: { kind: (typeof agreementDocumentKinds)[number]; title?: string }) =>
  apiRequest<AnswerOf<typeof agreementDocument>>('POST', withQuery(`/api/agreements/${encodeURIComponent(agreementId)}/documents`, { ...meta, fileName: file.name }), file);

export const uploadDocumentVersion = (agreementId: string, documentId: string, file: File) =>
  apiRequest<AnswerOf<typeof agreementDocument>>('POST', withQuery(`/api/agreements/${encodeURIComponent(agreementId)}/documents/${encodeURIComponent(documentId)}/versions`, { fileName: file.name }), file);
