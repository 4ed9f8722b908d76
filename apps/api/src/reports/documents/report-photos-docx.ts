import sharp from 'sharp';
import { MAX_REPORT_PHOTOS, ReportPhotoGroup } from '@wb/contracts';

/** A photo as Word gets it: a JPEG small enough for a report, and its pixel size. */
export interface ReportImage {
  caption: string;
  jpeg: Buffer;
  width: number;
  height: number;
}

export interface PhotoSection {
  group: ReportPhotoGroup;
  images: ReportImage[];
}

export interface ReportPhotos {
  sections: PhotoSection[];
  /** Photos chosen beyond MAX_REPORT_PHOTOS, or whose file is missing: named, not shown. */
  left: string[];
}

/** Printed at most this wide (px at 96 dpi), about half the text width; rendered at twice that. */
const PRINT_SIZE = 300;

/**
 * The chosen photos, made ready for Word: each re-encoded as a JPEG of print size (an original may
 * be 20 MiB), in the groups' order, up to MAX_REPORT_PHOTOS.
 */
export async function reportPhotos(groups: ReportPhotoGroup[], bytesOf: (sha256: string) => Promise<Buffer | null>): Promise<ReportPhotos> {
  const sections: PhotoSection[] = [];
  const left: string[] = [];
  let shown = 0;
  for (const group of groups) {
    const images: ReportImage[] = [];
    for (const photo of group.photos) {
      const bytes = shown < MAX_REPORT_PHOTOS ? await bytesOf(photo.sha256) : null;
      if (!bytes) {
        left.push(photo.fileName);
        continue;
      }
      const { data, info } = await sharp(bytes)
        .resize({ width: PRINT_SIZE * 2, height: PRINT_SIZE * 2, fit: 'inside', withoutEnlargement: true })
        .flatten({ background: '#ffffff' })
        .jpeg({ quality: 82 })
        .toBuffer({ resolveWithObject: true });
      images.push({ caption: photo.fileName, jpeg: data, width: info.width, height: info.height });
      shown++;
    }
    if (images.length) sections.push({ group, images });
  }
  return { sections, left };
}

/** The size a photo prints at: its longest side PRINT_SIZE px, its shape kept. */
export function printSize(image: ReportImage): { width: number; height: number } {
  const scale = PRINT_SIZE / Math.max(image.width, image.height);
  return { width: Math.round(image.width * scale), height: Math.round(image.height * scale) };
}
