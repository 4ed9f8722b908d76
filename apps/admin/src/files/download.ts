import { HttpError } from 'react-admin';
import { freshAccessToken } from '../http/httpClient';
import { convertHttpError } from '../http/serverErrors';

/** The file name a response names in its Content-Disposition (UTF-8 form first). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition ?? '');
  return plain?.[1] ?? fallback;
}

/** Saves a blob under a name, as the browser's own download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  // the browser reads the link's name after this turn: keep it until then
  setTimeout(() => {
    link.remove();
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Downloads an API file (an export, a template) with the user's token; an API error rejects with its message. */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  const token = await freshAccessToken();
  const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    throw convertHttpError(new HttpError(body?.message ?? response.statusText, response.status, body));
  }
  saveBlob(await response.blob(), fileNameOf(response.headers.get('Content-Disposition'), fallbackName));
}
