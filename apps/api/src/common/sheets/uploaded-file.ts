import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';

/** The largest spreadsheet an import takes. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** The multipart upload's `file` field, read whole (20 MiB at most); a clear 400 or 413 otherwise. */
export async function uploadedFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) {
    throw DomainError.validation([{ field: 'file', code: 'required', message: '请以 multipart/form-data 上传文件（字段名 file）' }], '请上传文件');
  }
  const part = await request.file({ limits: { fileSize: MAX_UPLOAD_BYTES, files: 1 } });
  if (!part || part.fieldname !== 'file') throw DomainError.validation([{ field: 'file', code: 'required', message: '请选择要导入的文件' }], '请上传文件');
  const buffer = await part.toBuffer().catch((error: { code?: string }) => {
    if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, `文件超过 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB，请拆分后再导入`);
    throw error;
  });
  return buffer;
}
