import type { FastifyReply } from 'fastify';

/** A file as a download: its own type, an attachment name safe in every browser, nothing that may run. */
export function sendFile(reply: FastifyReply, file: { content: Buffer; contentType: string; fileName: string }) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName.replace(/[^\w.-]+/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('content-security-policy', "default-src 'none'")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
