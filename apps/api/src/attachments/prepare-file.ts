import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { FileType } from './file-type';

/** What is stored for an upload: the bytes, what they are, and for an image its size and thumbnail. */
export interface PreparedFile {
  content: Buffer;
  type: FileType;
  sha256: string;
  width: number | null;
  height: number | null;
  thumbnail: Buffer | null;
}

/** The thumbnail's longest side, in pixels (a gallery tile, sharp on a phone's screen). */
export const THUMBNAIL_SIZE = 400;

/** A file the image library cannot read: a 400 with this reason. */
export class UnreadableImage extends Error {}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Images are re-encoded upright (the camera's orientation applied) and without their metadata —
 * GPS position, camera serial, time — which sharp drops unless asked to keep it; HEIC becomes
 * JPEG, which every browser shows. Other files are kept byte for byte.
 */
export async function prepareFile(bytes: Buffer, type: FileType): Promise<PreparedFile> {
  if (type.kind !== 'image') return { content: bytes, type, sha256: sha256(bytes), width: null, height: null, thumbnail: null };
  const image = sharp(bytes, { failOn: 'error' }).rotate();
  const stored: FileType = type.mediaType === 'image/heic' ? { kind: 'image', mediaType: 'image/jpeg', extension: 'jpg' } : type;
  const encoded =
    stored.mediaType === 'image/png'
      ? image.png({ compressionLevel: 9 })
      : stored.mediaType === 'image/webp'
        ? image.webp({ quality: 90 })
        : image.jpeg({ quality: 90, mozjpeg: true });
  const { data, info } = await encoded.toBuffer({ resolveWithObject: true }).catch((error: Error) => {
    throw new UnreadableImage(error.message);
  });
  const thumbnail = await sharp(data).resize({ width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE, fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer();
  return { content: data, type: stored, sha256: sha256(data), width: info.width, height: info.height, thumbnail };
}
