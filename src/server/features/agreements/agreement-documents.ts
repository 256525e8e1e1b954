/**
 * Documents of an agreement: PDF, DOCX, PNG, JPEG or WebP up to 10 MB, recognised by their own
 * bytes (a declared type that disagrees with them is refused), checksummed, and versioned — a
 * new file for a document is its next version; earlier versions stay downloadable. Those who read
 * the agreement's details download them; managers and the parties' people upload.
 */
import { createHash } from 'node:crypto';
import { and, desc, eq, inArray, max } from 'drizzle-orm';
import type { AgreementDocument } from '../../../shared/contracts/agreements';
import type { agreementDocumentKinds } from '../../../shared/domain';
import type { Database, Executor } from '../../db/client';
import { agreementDocuments, agreementDocumentVersions, storedFiles, users } from '../../db/schema/index';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import { AppError, notFound } from '../../lib/errors';
import { listZipEntries } from '../../lib/zip-inspection';
import { requireReadableAgreement } from './agreement-access';
import { canContribute } from './agreements.policy';
import { partySideOf } from './agreements.repo';

export const maxDocumentBytes = 10 * 1024 * 1024;
const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const documentTypes = ['application/pdf', docx, 'image/png', 'image/jpeg', 'image/webp'] as const;
type DocumentType = (typeof documentTypes)[number];

/** What the bytes say the file is, or null for anything else. */
export function sniffDocumentType(file: Buffer): DocumentType | null {
  if (file.toString('latin1', 0, 5) === '%PDF-') return 'application/pdf';
  if (file.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (file[0] === 0xff && file[1] === 0xd8 && file[2] === 0xff) return 'image/jpeg';
  if (file.toString('latin1', 0, 4) === 'RIFF' && file.toString('latin1', 8, 12) === 'WEBP') return 'image/webp';
  if (file.readUInt32LE(0) === 0x04034b50) {
    const names = listZipEntries(file)?.map((e) => e.name) ?? [];
    if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return docx;
  }
  return null;
}

function checkFile(file: Buffer, declaredType: string): DocumentType {
  if (file.length > maxDocumentBytes) throw new AppError('DOCUMENT_TOO_LARGE', { limitBytes: maxDocumentBytes });
  const sniffed = file.length >= 12 ? sniffDocumentType(file) : null;
  const declared = declaredType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!sniffed || (declared !== 'application/octet-stream' && declared !== sniffed)) throw new AppError('DOCUMENT_TYPE_NOT_ALLOWED', { allowed: documentTypes });
  return sniffed;
}

type Upload = { file: Buffer; contentType: string; fileName: string };

export function createAgreementDocuments({ db }: { db: Database }) {
  async function requireContributor(agreementId: string, context: RequestContext) {
    await requireReadableAgreement(db, context, agreementId);
    authorize(context.actor, canContribute(context.actor, await partySideOf(db, agreementId)));
    return requireUser(context.actor);
  }

  async function storeVersion(tx: Executor, documentId: string, version: number, upload: Upload, type: DocumentType, userId: string) {
    const sha256 = createHash('sha256').update(upload.file).digest('hex');
    const [stored] = await tx.insert(storedFiles).values({ sha256, contentType: type, sizeBytes: upload.file.length, originalName: upload.fileName, content: upload.file, uploadedByUserId: userId }).returning({ id: storedFiles.id });
    await tx.insert(agreementDocumentVersions).values({ documentId, version, fileId: stored!.id, uploadedByUserId: userId });
    return { sha256, sizeBytes: upload.file.length, fileName: upload.fileName, version };
  }

  return {
    async list(agreementId: string, context: RequestContext): Promise<AgreementDocument[]> {
      await requireReadableAgreement(db, context, agreementId);
      const documents = await db.select().from(agreementDocuments).where(eq(agreementDocuments.agreementId, agreementId)).orderBy(agreementDocuments.createdAt);
      if (documents.length === 0) return [];
      const versions = await db.select({
        id: agreementDocumentVersions.id, documentId: agreementDocumentVersions.documentId, version: agreementDocumentVersions.version, createdAt: agreementDocumentVersions.createdAt,
        fileName: storedFiles.originalName, contentType: storedFiles.contentType, sizeBytes: storedFiles.sizeBytes, sha256: storedFiles.sha256, uploadedBy: users.fullName,
      }).from(agreementDocumentVersions)
        .innerJoin(storedFiles, eq(storedFiles.id, agreementDocumentVersions.fileId))
        .leftJoin(users, eq(users.id, agreementDocumentVersions.uploadedByUserId))
        .where(inArray(agreementDocumentVersions.documentId, documents.map((d) => d.id)))
        .orderBy(desc(agreementDocumentVersions.version));
      return documents.map((d) => ({
        id: d.id, kind: d.kind as AgreementDocument['kind'], title: d.title, createdAt: d.createdAt.toISOString(),
        versions: versions.filter((v) => v.documentId === d.id).map(({ documentId: _d, createdAt, uploadedBy, ...v }) => ({ ...v, uploadedAt: createdAt.toISOString(), uploadedBy: uploadedBy ?? null })),
      }));
    },

    async upload(agreementId: string, meta: { kind: (typeof agreementDocumentKinds)[number]; title?: string }, upload: Upload, context: RequestContext) {
      const user = await requireContributor(agreementId, context);
      const type = checkFile(upload.file, upload.contentType);
      return db.transaction(async (tx) => {
        const [document] = await tx.insert(agreementDocuments).values({ agreementId, kind: meta.kind, title: meta.title ?? upload.fileName }).returning();
        const version = await storeVersion(tx, document!.id, 1, upload, type, user.id);
        await recordAudit(tx, context, { action: 'document_upload', entityType: 'agreement', entityId: agreementId, changes: { documentId: { before: null, after: document!.id }, file: { before: null, after: version } } });
        return document!.id;
      });
    },

    async uploadVersion(agreementId: string, documentId: string, upload: Upload, context: RequestContext) {
      const user = await requireContributor(agreementId, context);
      const type = checkFile(upload.file, upload.contentType);
      await db.transaction(async (tx) => {
        const [document] = await tx.select().from(agreementDocuments).where(and(eq(agreementDocuments.id, documentId), eq(agreementDocuments.agreementId, agreementId)));
        if (!document) throw notFound('document', documentId);
        const [latest] = await tx.select({ value: max(agreementDocumentVersions.version) }).from(agreementDocumentVersions).where(eq(agreementDocumentVersions.documentId, documentId));
        const version = await storeVersion(tx, documentId, (latest?.value ?? 0) + 1, upload, type, user.id);
        await recordAudit(tx, context, { action: 'document_version', entityType: 'agreement', entityId: agreementId, changes: { documentId: { before: documentId, after: documentId }, file: { before: null, after: version } } });
      });
    },

    async download(agreementId: string, documentId: string, version: number, context: RequestContext) {
      await requireReadableAgreement(db, context, agreementId);
      const [row] = await db.select({ file: storedFiles }).from(agreementDocumentVersions)
        .innerJoin(agreementDocuments, eq(agreementDocuments.id, agreementDocumentVersions.documentId))
        .innerJoin(storedFiles, eq(storedFiles.id, agreementDocumentVersions.fileId))
        .where(and(eq(agreementDocuments.agreementId, agreementId), eq(agreementDocuments.id, documentId), eq(agreementDocumentVersions.version, version)));
      if (!row) throw notFound('document', documentId);
      return { content: row.file.content, contentType: row.file.contentType, fileName: row.file.originalName, sha256: row.file.sha256 };
    },
  };
}
