import { useEffect, useState } from 'react';
import { HttpError } from 'react-admin';
import { API_URL, freshAccessToken } from '../http/httpClient';
import { convertHttpError } from '../http/serverErrors';

/**
 * An attachment's bytes, fetched with the user's token (an <img src> cannot send one), as a blob
 * the page can show, open or save. Blobs are cached per URL for the session, so a gallery scrolled
 * twice fetches each thumbnail once.
 */
const cache = new Map<string, Promise<Blob>>();

export function fetchBlob(url: string): Promise<Blob> {
  if (!cache.has(url)) {
    const loading = (async () => {
      const token = await freshAccessToken();
      const response = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
      if (!response.ok) {
        const body = await response.json().catch(() => undefined);
        throw convertHttpError(new HttpError(body?.message ?? response.statusText, response.status, body));
      }
      return response.blob();
    })();
    cache.set(url, loading);
    loading.catch(() => cache.delete(url));
  }
  return cache.get(url)!;
}

export const contentUrl = (id: number) => `${API_URL}/attachments/${id}/content`;
export const thumbnailUrl = (id: number) => `${API_URL}/attachments/${id}/thumbnail`;

/** An object URL for a fetched file, revoked when the component goes. */
export function useBlobUrl(url: string | null): string | undefined {
  const [objectUrl, setObjectUrl] = useState<string>();
  useEffect(() => {
    if (!url) return;
    let created: string | undefined;
    let live = true;
    fetchBlob(url)
      .then((blob) => {
        if (!live) return;
        created = URL.createObjectURL(blob);
        setObjectUrl(created);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (created) URL.revokeObjectURL(created);
      setObjectUrl(undefined);
    };
  }, [url]);
  return objectUrl;
}
