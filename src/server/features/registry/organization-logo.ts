/**
 * Logos: PNG, JPEG or WebP up to 1 MB, the declared type checked against the file's own first
 * bytes; SVG is refused, since a picture that can carry script is not worth the risk here.
 */
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { organizations, storedFiles } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { canWriteOrganization, organizationReadScope } from './registry.policy';
import { findOrganization } from './registry.repo';
import * as repo from './organizations-write.repo';

export const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const maxLogoBytes = 1024 * 1024;

const signatures: Record<(typeof logoTypes)[number], (file: Buffer) => boolean> = {
  'image/png': (file) => file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (file) => file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff,
  'image/webp': (file) => file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP',
};

export function createOrganizationLogos({ db, clock }: { db: Database; clock: Clock }) {
  async function requireEditable(id: string, context: RequestContext) {
    authorize(context.actor, context.actor.kind === 'user');
    const organization = await findOrganization(db, organizationReadScope(context.actor), id);
    if (!organization) throw notFound('organization', id);
    authorize(context.actor, canWriteOrganization(context.actor, 'update', { id, ecosystemIds: await repo.ecosystemIdsOfOrganization(db, id) }));
    return organization;
  }

  return {
    async setLogo(id: string, contentType: string, file: Buffer, context: RequestContext) {
      const organization = await requireEditable(id, context);
      const type = logoTypes.find((t) => t === contentType.split(';')[0]?.trim());
      if (!type || !signatures[type](file)) throw new AppError('LOGO_NOT_AN_IMAGE', { allowed: logoTypes });
      if (file.length > maxLogoBytes) throw new AppError('PAYLOAD_TOO_LARGE', { limitBytes: maxLogoBytes });
      await db.transaction(async (tx) => {
        const [stored] = await tx.insert(storedFiles).values({
          sha256: createHash('sha256').update(file).digest('hex'), contentType: type, sizeBytes: file.length,
          originalName: `logo-${id}`, content: file, uploadedByUserId: context.actor.kind === 'user' ? context.actor.id : null,
        }).returning({ id: storedFiles.id });
        await tx.update(organizations).set({ logoFileId: stored!.id, updatedAt: clock.now() }).where(eq(organizations.id, id));
        await recordAudit(tx, context, { action: 'update', entityType: 'organization', entityId: id, changes: { logoFileId: { before: organization.logoFileId, after: stored!.id } } });
      });
    },

    async removeLogo(id: string, context: RequestContext) {
      const organization = await requireEditable(id, context);
      if (!organization.logoFileId) return;
      await db.transaction(async (tx) => {
        await tx.update(organizations).set({ logoFileId: null, updatedAt: clock.now() }).where(eq(organizations.id, id));
        await recordAudit(tx, context, { action: 'update', entityType: 'organization', entityId: id, changes: { logoFileId: { before: organization.logoFileId, after: null } } });
      });
    },

    async getLogo(id: string, context: RequestContext) {
      const organization = await findOrganization(db, organizationReadScope(context.actor), id);
      if (!organization?.logoFileId) throw notFound('logo', id);
      const [file] = await db.select().from(storedFiles).where(eq(storedFiles.id, organization.logoFileId));
      if (!file) throw notFound('logo', id);
      return { content: file.content, contentType: file.contentType, etag: file.sha256 };
    },
  };
}
