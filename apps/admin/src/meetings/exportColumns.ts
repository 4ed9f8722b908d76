import { MeetingCategory, MeetingFormat } from '@wb/contracts';
import type { ExportColumn } from '../export/columns';

/** Columns of the meetings CSV, in order (lists leave the long minutes and resolutions out). */
export const meetingExportColumns: readonly ExportColumn[] = [
  { source: 'date' },
  { source: 'topic' },
  { source: 'category', values: MeetingCategory },
  { source: 'session' },
  { source: 'format', values: MeetingFormat },
  { source: 'orgId', reference: 'orgs' },
  { source: 'host' },
  { source: 'recorder' },
  { source: 'expectedCount' },
  { source: 'attendedCount' },
];
