import { Education, ethnicityLabel, Gender, Occupation, PoliticalStatus, SocietyRole } from '@wb/contracts';
import type { ExportColumn } from '../export/columns';

/** Columns of the members CSV (phone stays out: lists only carry it masked). */
export const memberExportColumns: readonly ExportColumn[] = [
  { source: 'name' },
  { source: 'gender', values: Gender },
  { source: 'birthDate' },
  { source: 'politicalStatus', values: PoliticalStatus },
  { source: 'orgId', reference: 'orgs' },
  { source: 'unit' },
  { source: 'position' },
  { source: 'societyRoles', values: SocietyRole },
  { source: 'ethnicity', render: (member, { locale }) => ethnicityLabel(member.ethnicity as string | null, locale === 'en' ? 'en' : 'zh') },
  { source: 'education', values: Education },
  { source: 'occupation', values: Occupation },
  { source: 'joinedPartyDate' },
];
