/**
 * Photos of an object: PNG, JPEG or WebP up to 2 MB each, at most 12, the declared type checked
 * against the file's first bytes (as for logos); whoever reads the object sees its photos.
 */
import { createHash } from 'node:crypto';
import { and, asc, count, eq, max } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { ReorderPhotosInput } from '../../../shared/contracts/infrastructure';
import { infrastructurePhotos, storedFiles } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import { AppError, notFound } from '../../lib/errors';
import { canManageInfrastructure } from './infrastructure.policy';
import type { InfrastructureService } from './infrastructure.service';

export const photoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const maxPhotoBytes = 2 * 1024 * 1024;
const maxPhotos = 12;

const signatures: Record<(typeof photoTypes)[number], (file: Buffer) => boolean> = {
  'image/png': (file) => file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (file) => file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff,
  'image/webp': (file) => file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP',
};

export function createInfrastructurePhotos({ db, objects }: { db: Database; objects: InfrastructureService }) {
  return {
    async add(objectId: string, contentType: string, file: Buffer, context: RequestContext): Promise<string> {
      authorize(context.actor, context.actor.kind === 'user');
      return db.transaction(async (tx) => {
        const object = await objects.requireReadable(tx, objectId, context);
        authorize(context.actor, canManageInfrastructure(context.actor, object.ecosystemId));
        const type = photoTypes.find((t) => t === contentType.split(';')[0]?.trim());
        if (!type || !signatures[type](file)) throw new AppError('PHOTO_NOT_AN_IMAGE', { allowed: photoTypes });
        if (file.length > maxPhotoBytes) throw new AppError('PHOTO_TOO_LARGE', { limitBytes: maxPhotoBytes });
        const [existing] = await tx.select({ value: count(), last: max(infrastructurePhotos.position) }).from(infrastructurePhotos).where(eq(infrastructurePhotos.objectId, objectId));
        if ((existing?.value ?? 0) >= maxPhotos) throw new AppError('TOO_MANY_PHOTOS', { limit: maxPhotos });
        const [stored] = await tx.insert(storedFiles).values({
          sha256: createHash('sha256').update(file).digest('hex'), contentType: type, sizeBytes: file.length,
          originalName: `infrastructure-${objectId}`, content: file, uploadedByUserId: context.actor.kind === 'user' ? context.actor.id : null,
        }).returning({ id: storedFiles.id });
        const [photo] = await tx.insert(infrastructurePhotos).values({ objectId, fileId: stored!.id, position: (existing?.last ?? -1) + 1 }).returning();
        await recordAudit(tx, context, { action: 'add_photo', entityType: 'infrastructure', entityId: objectId, changes: { photo: { before: null, after: photo!.id } } });
        return photo!.id;
      });
    },

    async remove(objectId: string, photoId: string, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const object = await objects.requireReadable(tx, objectId, context);
        authorize(context.actor, canManageInfrastructure(context.actor, object.ecosystemId));
        const [deleted] = await tx.delete(infrastructurePhotos).where(and(eq(infrastructurePhotos.id, photoId), eq(infrastructurePhotos.objectId, objectId))).returning();
        if (!deleted) throw notFound('photo', photoId);
        await recordAudit(tx, context, { action: 'remove_photo', entityType: 'infrastructure', entityId: objectId, changes: { photo: { before: photoId, after: null } } });
      });
    },

    /** Puts the photos in the given order (the first is the object's cover); every photo must be named once. */
    async reorder(objectId: string, input: ReorderPhotosInput, context: RequestContext): Promise<void> {
      authorize(context.actor, context.actor.kind === 'user');
      await db.transaction(async (tx) => {
        const object = await objects.requireReadable(tx, objectId, context);
        authorize(context.actor, canManageInfrastructure(context.actor, object.ecosystemId));
        const current = await tx.select({ id: infrastructurePhotos.id }).from(infrastructurePhotos)
          .where(eq(infrastructurePhotos.objectId, objectId)).orderBy(asc(infrastructurePhotos.position), asc(infrastructurePhotos.createdAt)).for('update');
        const before = current.map((p) => p.id);
        const wanted = new Set(input.photoIds);
        if (wanted.size !== input.photoIds.length || wanted.size !== before.length || before.some((id) => !wanted.has(id))) {
          throw new AppError('PHOTO_ORDER_MISMATCH', { photoIds: before });
        }
        for (const [position, id] of input.photoIds.entries()) await tx.update(infrastructurePhotos).set({ position }).where(eq(infrastructurePhotos.id, id));
        await recordAudit(tx, context, { action: 'reorder_photos', entityType: 'infrastructure', entityId: objectId, changes: { photoOrder: { before, after: input.photoIds } } });
      });
    },

    async get(objectId: string, photoId: string, context: RequestContext) {
      await objects.requireReadable(db, objectId, context);
      const [file] = await db.select({ content: storedFiles.content, contentType: storedFiles.contentType })
        .from(infrastructurePhotos).innerJoin(storedFiles, eq(storedFiles.id, infrastructurePhotos.fileId))
        .where(and(eq(infrastructurePhotos.id, photoId), eq(infrastructurePhotos.objectId, objectId)));
      if (!file) throw notFound('photo', photoId);
      return file;
    },
  };
}

export type InfrastructurePhotos = ReturnType<typeof createInfrastructurePhotos>;
