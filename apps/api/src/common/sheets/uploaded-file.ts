import type { FastifyRequest } from 'fastify';
import { uploadedFiles } from '../uploads/uploaded-files';

/** The largest spreadsheet an import takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The multipart upload's `file` field, read whole (20 MiB at most); a clear 400 or 413 otherwise. */
export async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  const [file] = await uploadedFiles(request, { field: 'file', maxBytes: MAX_UPLOAD_BYTES, maxFiles: 1 });
  return file.bytes;
}
