import { Init1795813034287 } from './1795813034287-Init';
import { AccountsAuditSoftDelete1795813885193 } from './1795813885193-AccountsAuditSoftDelete';
import { SecurityEvents1795879333307 } from './1795879333307-SecurityEvents';
import { PartyWorkRecords1795881828907 } from './1795881828907-PartyWorkRecords';
import { SocietyWorkRecords1795883641497 } from './1795883641497-SocietyWorkRecords';
import { ReportsAndSnapshots1795886908626 } from './1795886908626-ReportsAndSnapshots';
import { Attachments1795890146771 } from './1795890146771-Attachments';
import { ListIndexes1795900000000 } from './1795900000000-ListIndexes';
import { ReportIndexes1796144932778 } from './1796144932778-ReportIndexes';
import { OrgTreeVersion1796400000000 } from './1796400000000-OrgTreeVersion';
import { ReportFacts1796500000000 } from './1796500000000-ReportFacts';
import { ComplianceRows1796600000000 } from './1796600000000-ComplianceRows';

/** In order; TypeORM records which have run in the `migrations` table. */
export const MYSQL_MIGRATIONS = [Init1795813034287, AccountsAuditSoftDelete1795813885193, SecurityEvents1795879333307, PartyWorkRecords1795881828907, SocietyWorkRecords1795883641497, ReportsAndSnapshots1795886908626, Attachments1795890146771, ListIndexes1795900000000, ReportIndexes1796144932778, OrgTreeVersion1796400000000, ReportFacts1796500000000, ComplianceRows1796600000000];
