import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { infrastructureObject } from '../../../../shared/contracts/infrastructure';
import { ApiError, apiRequest, apiSend, type AnswerOf } from '../../../lib/api-client';

/** The server's rules, checked before sending so a wrong file is refused in the same words at once. */
export const photoTypes = ['image/png', 'image/jpeg', 'image/webp'];
export const maxPhotoBytes = 2 * 1024 * 1024;

export function checkPhoto(file: File): ApiError | null {
  if (!photoTypes.includes(file.type)) return new ApiError(415, 'PHOTO_NOT_AN_IMAGE', 'Not an image');
  if (file.size > maxPhotoBytes) return new ApiError(413, 'PHOTO_TOO_LARGE', 'Too large');
  return null;
}

/** Adding (the image is the body, with its own type), removing and reordering an object's photos. */
export function useObjectPhotos(objectId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['infrastructure'] });
  const base = `/api/infrastructure/${encodeURIComponent(objectId)}/photos`;
  return {
    add: useMutation({
      mutationFn: async (file: File) => {
        const refused = checkPhoto(file);
        if (refused) throw refused;
        await apiSend('POST', base, file);
      },
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: (photoId: string) => apiSend('DELETE', `${base}/${encodeURIComponent(photoId)}`), onSuccess: refresh }),
    reorder: useMutation({ mutationFn: (photoIds: string[]) => apiRequest<AnswerOf<typeof infrastructureObject>>('PUT', `${base}/order`, { photoIds }), onSuccess: refresh }),
  };
}
