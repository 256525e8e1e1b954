import { apiSend } from '../../../lib/api-client';

/** The image goes as the body itself, with its own type; the server checks both. */
export const setOrganizationLogo = (id: string, file: File) => apiSend('PUT', `/api/organizations/${id}/logo`, file);
export const removeOrganizationLogo = (id: string) => apiSend('DELETE', `/api/organizations/${id}/logo`);
