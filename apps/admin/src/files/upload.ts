import { freshAccessToken } from '../http/httpClient';

export interface UploadAnswer<T> {
  status: number;
  json: T;
}

/**
 * Posts one file as the multipart field `file`, reporting the upload's progress (0-1); resolves
 * with the answer once the server has answered, whatever its status.
 */
export function uploadFile<T>(url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer<T>> {
  return uploadFiles<T>(url, 'file', [file], onProgress);
}

/** Posts files under one multipart field, as `uploadFile` does one. */
export async function uploadFiles<T>(url: string, field: string, files: readonly File[], onProgress: (fraction: number) => void): Promise<UploadAnswer<T>> {
  const token = await freshAccessToken();
  const form = new FormData();
  for (const file of files) form.append(field, file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    request.upload.onload = () => onProgress(1);
    request.onload = () => {
      let json: unknown;
      try {
        json = JSON.parse(request.responseText);
      } catch {
        json = { message: request.statusText };
      }
      resolve({ status: request.status, json: json as T });
    };
    request.onerror = () => reject(new Error('network'));
    request.send(form);
  });
}
