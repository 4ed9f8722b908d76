import type { FastifyRequest } from 'fastify';
import { ErrorCode } from '@wb/contracts';
import { DomainError } from '../errors/domain-error';

/** A file of a multipart request, read whole. */
export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

const MB = 1024 * 1024;

/**
 * The files of a multipart upload under `field`, each read whole up to `maxBytes`: a 413 naming
 * the file that is too large, a 400 when the request is no upload or has no such file.
 */
export async function uploadedFiles(request: FastifyRequest, { field, maxBytes, maxFiles }: { field: string; maxBytes: number; maxFiles: number }): Promise<UploadedFile[]> {
  if (!request.isMultipart()) {
    throw DomainError.validation([{ field, code: 'required', message: `请以 multipart/form-data 上传文件（字段名 ${field}）` }], '请上传文件');
  }
  const files: UploadedFile[] = [];
  try {
    for await (const part of request.files({ limits: { fileSize: maxBytes, files: maxFiles } })) {
      const bytes = await part.toBuffer().catch((error: { code?: string }) => {
        if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError(ErrorCode.PAYLOAD_TOO_LARGE, `「${part.filename}」超过 ${maxBytes / MB} MB`);
        throw error;
      });
      if (part.fieldname === field) files.push({ fileName: part.filename, bytes });
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') {
      throw DomainError.validation([{ field, code: 'too_many', message: `一次最多上传 ${maxFiles} 个文件` }], `一次最多上传 ${maxFiles} 个文件`);
    }
    if (error instanceof DomainError || isClientError(error)) throw error;
    // The multipart parser's own complaints (no or wrong boundary, cut-off body) carry no status: the upload was malformed.
    throw DomainError.validation([{ field, code: 'malformed', message: '上传内容不完整或格式有误，请重新选择文件上传' }], '上传内容无法解析');
  }
  if (files.length === 0) throw DomainError.validation([{ field, code: 'required', message: '请选择要上传的文件' }], '请上传文件');
  return files;
}

/** An error that already says the request was at fault (the multipart plugin's limits, a closed request). */
function isClientError(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}
