import { labelledEnum, type EnumValue } from './labelled-enum';

/** The records that carry evidence (佐证材料): photos, sign-in sheets, reports, the paper itself. */
export const ATTACHABLE: readonly string[] = [
  'meetings',
  'development-records',
  'research-trips',
  'deeds',
  'volunteer-services',
  'papers',
  'outreach-activities',
  'journal-posts',
];

/**
 * The records whose photos can go into the year-end report, under the activity they show (a
 * person's development file or a paper is evidence, not an activity to picture).
 */
export const REPORT_PHOTO_RESOURCES: readonly string[] = ['meetings', 'research-trips', 'deeds', 'volunteer-services', 'outreach-activities'];

/** Photos in one year-end report at most: beyond that Word gets slow to open and the rest are named only. */
export const MAX_REPORT_PHOTOS = 100;

/** What a file is, decided from its bytes. */
export const AttachmentKind = labelledEnum({
  image: { zh: '图片', en: 'Image' },
  pdf: { zh: 'PDF 文档', en: 'PDF document' },
  word: { zh: 'Word 文档', en: 'Word document' },
  excel: { zh: 'Excel 表格', en: 'Excel workbook' },
});
export type AttachmentKind = EnumValue<typeof AttachmentKind>;

/** The largest file one attachment takes. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** Files on one record (deleted ones not counted). */
export const MAX_ATTACHMENTS_PER_RECORD = 50;
/** Files in one upload. */
export const MAX_FILES_PER_UPLOAD = 10;

/** `GET /api/<resource>/:id/attachments`: one file on a record. */
export interface Attachment {
  id: number;
  resource: string;
  recordId: number;
  /** The name it was uploaded under, for display and downloads only. */
  fileName: string;
  mediaType: string;
  kind: AttachmentKind;
  size: number;
  sha256: string;
  /** Pixel size of an image, as stored (orientation applied). */
  width: number | null;
  height: number | null;
  /** Shown under its record in the year-end report (photos). */
  inReport: boolean;
  createdAt: string;
  createdBy: number | null;
  createdByName: string;
  /** Set on a deleted file (listed with `?deleted=true`). */
  deletedAt?: string | null;
  version: number;
}

/** `GET /api/reports/annual/photos`: an activity of the year and the photos chosen for the report. */
export interface ReportPhotoGroup {
  resource: string;
  recordId: number;
  /** The meeting's topic, the deed's title… */
  title: string;
  /** The date that places it in the year (YYYY-MM-DD). */
  date: string;
  photos: Pick<Attachment, 'id' | 'fileName' | 'width' | 'height' | 'sha256'>[];
}
