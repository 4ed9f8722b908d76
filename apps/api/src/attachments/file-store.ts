/**
 * Where attachment bytes live, addressed by name (`files/ab/abcdef…`): written once, read often,
 * never changed (the name is the content's hash). The data directory by default; S3-compatible
 * object storage when several API instances share the files.
 */
export interface FileStore {
  /** Writes the bytes unless an object of that name is there already. */
  put(key: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** The bytes, or null when there is no such object. */
  get(key: string): Promise<Buffer | null>;
}

export const FILE_STORE = Symbol('FileStore');

/** Store names of a file and of its thumbnail, from the content's SHA-256. */
export const contentKey = (sha256: string) => `files/${sha256.slice(0, 2)}/${sha256}`;
export const thumbnailKey = (sha256: string) => `thumbnails/${sha256.slice(0, 2)}/${sha256}.webp`;
