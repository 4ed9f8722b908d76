import type { ReactElement, ReactNode } from 'react';
import { TabbedShowLayout } from 'react-admin';
import { RecordHistory } from './RecordHistory';

/** A show page layout with the record's fields under 详情, any extra tabs, and its audit trail under 操作记录. */
export const HistoryTabs = ({ children, tabs = [] }: { children: ReactNode; tabs?: ReactElement[] }) => (
  <TabbedShowLayout>
    <TabbedShowLayout.Tab label="app.history.tab_details">{children}</TabbedShowLayout.Tab>
    {tabs}
    <TabbedShowLayout.Tab label="app.history.tab" path="history">
      <RecordHistory />
    </TabbedShowLayout.Tab>
  </TabbedShowLayout>
);
