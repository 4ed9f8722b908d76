import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ArticleIcon from '@mui/icons-material/Article';
import ConnectWithoutContactIcon from '@mui/icons-material/ConnectWithoutContact';
import EventNoteIcon from '@mui/icons-material/EventNote';
import HandshakeIcon from '@mui/icons-material/Handshake';
import HistoryIcon from '@mui/icons-material/History';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import NewspaperIcon from '@mui/icons-material/Newspaper';
import PeopleIcon from '@mui/icons-material/People';
import ScienceIcon from '@mui/icons-material/Science';
import StarsIcon from '@mui/icons-material/Stars';
import TravelExploreIcon from '@mui/icons-material/TravelExplore';
import VolunteerActivismIcon from '@mui/icons-material/VolunteerActivism';
import type { ResourceProps } from 'react-admin';
import type { WriterContact } from '@wb/contracts';
import { lazyPage } from './common/lazyPage';
import { withImport } from './import/withImport';

export type PageName = 'list' | 'create' | 'edit' | 'show';
/** What a resource's module (./<resource>/index) exports: its pages. */
export type ResourcePages = Pick<ResourceProps, PageName>;

/**
 * One resource of the admin. Its pages (./<resource>/index) come in a chunk of their own, fetched
 * on the first visit to any of them; what the menu and references need at once (which pages
 * exist, the icon, how a record is named) is written here. resources.test.ts checks `pages`
 * against the module.
 */
export interface ResourceEntry extends Pick<ResourceProps, 'icon' | 'recordRepresentation'> {
  name: string;
  pages: readonly PageName[];
  load: () => Promise<{ default: ResourcePages }>;
  /** The resource has an import page at /<resource>/import. */
  importable?: boolean;
}

const ALL: readonly PageName[] = ['list', 'create', 'edit', 'show'];

export const RESOURCES: readonly ResourceEntry[] = [
  { name: 'meetings', pages: ALL, load: () => import('./meetings'), icon: EventNoteIcon, recordRepresentation: 'topic', importable: true },
  { name: 'research-trips', pages: ALL, load: () => import('./research-trips'), icon: TravelExploreIcon, recordRepresentation: 'topic', importable: true },
  { name: 'deeds', pages: ALL, load: () => import('./deeds'), icon: VolunteerActivismIcon, recordRepresentation: 'title', importable: true },
  { name: 'recruitments', pages: ALL, load: () => import('./recruitments'), icon: StarsIcon, importable: true },
  { name: 'development-records', pages: ALL, load: () => import('./development-records'), icon: HowToRegIcon, importable: true },
  { name: 'volunteer-services', pages: ALL, load: () => import('./volunteer-services'), icon: HandshakeIcon, recordRepresentation: 'title', importable: true },
  { name: 'papers', pages: ALL, load: () => import('./papers'), icon: ArticleIcon, recordRepresentation: 'title', importable: true },
  { name: 'outreach-activities', pages: ALL, load: () => import('./outreach-activities'), icon: ScienceIcon, recordRepresentation: 'title', importable: true },
  { name: 'journal-posts', pages: ALL, load: () => import('./journal-posts'), icon: NewspaperIcon, recordRepresentation: 'title', importable: true },
  {
    name: 'writer-contacts',
    pages: ALL,
    load: () => import('./writer-contacts'),
    icon: ConnectWithoutContactIcon,
    recordRepresentation: (contact: WriterContact) => `${contact.writer} · ${contact.date}`,
    importable: true,
  },
  { name: 'members', pages: ALL, load: () => import('./members'), icon: PeopleIcon, recordRepresentation: 'name', importable: true },
  { name: 'orgs', pages: ALL, load: () => import('./orgs'), icon: AccountTreeIcon, recordRepresentation: 'name' },
  { name: 'users', pages: ['list', 'create', 'edit'], load: () => import('./users'), icon: ManageAccountsIcon, recordRepresentation: 'displayName' },
  { name: 'audit-logs', pages: ['list', 'show'], load: () => import('./audit-logs'), icon: HistoryIcon },
];

/** The props of a <Resource>: each page a lazy component (the module is fetched once for all of them). */
export function resourceProps({ name, pages, load, icon, recordRepresentation, importable }: ResourceEntry): ResourceProps {
  const props: ResourceProps = { name, icon, recordRepresentation };
  for (const page of pages) {
    props[page] = lazyPage(load, (module) => {
      const component = module.default[page];
      if (typeof component !== 'function') throw new Error(`${name} has no ${page} page component`);
      return component;
    });
  }
  return importable ? withImport(props) : props;
}
