import { useQuery } from '@tanstack/react-query';
import type { agreementDocumentList } from '../../../../shared/contracts/agreements';
import { apiGet, type AnswerOf } from '../../../lib/api-client';

export const documentsQueryKey = (agreementId: string) => ['agreements', 'documents', agreementId] as const;

export const listDocuments = (agreementId: string) => apiGet<AnswerOf<typeof agreementDocumentList>>(`/api/agreements/${encodeURIComponent(agreementId)}/documents`);

export function useDocuments(agreementId: string) {
  return useQuery({ queryKey: documentsQueryKey(agreementId), queryFn: () => listDocuments(agreementId) });
}

export const documentUrl = (agreementId: string, documentId: string, version: number) =>
  `/api/agreements/${encodeURIComponent(agreementId)}/documents/${encodeURIComponent(documentId)}/versions/${version}`;
