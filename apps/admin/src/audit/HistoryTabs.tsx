import type { ReactNode } from 'react';
import { TabbedShowLayout } from 'react-admin';
import { RecordHistory } from './RecordHistory';

/** A show page layout with the record's fields under 详情 and its audit trail under 操作记录. */
export const HistoryTabs = ({ children }: { children: ReactNode }) => (
  <TabbedShowLayout>
    <TabbedShowLayout.Tab label="app.history.tab_details">{children}</TabbedShowLayout.Tab>
    <TabbedShowLayout.Tab label="app.history.tab" path="history">
      <RecordHistory />
    </TabbedShowLayout.Tab>
  </TabbedShowLayout>
);
