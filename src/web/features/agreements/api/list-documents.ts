import { useQuery } from '@tanstack/react-query';
import { agreementDocumentList } from '../../../../shared/contracts/agreements';
import { apiGet } from '../../../lib/api-client';

export const documentsQueryKey = (agreementId: string) => ['agreements', 'documents', agreementId] as const;

export const listDocuments = (agreementId: string) => apiGet(`/api/agreements/${encodeURIComponent(agreementId)}/documents`, agreementDocumentList);

export function useDocuments(agreementId: string) {
  return useQuery({ queryKey: documentsQueryKey(agreementId), queryFn: () => listDocuments(agreementId) });
}

export const documentUrl = (agreementId: string, documentId: string, version: number) =>
  `/api/agreements/${encodeURIComponent(agreementId)}/documents/${encodeURIComponent(documentId)}/versions/${version}`;
