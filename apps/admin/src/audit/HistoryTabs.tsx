import type { ReactElement, ReactNode } from 'react';
import { TabbedShowLayout, useResourceContext } from 'react-admin';
import { ATTACHABLE } from '@wb/contracts';
import { AttachmentsPanel } from '../attachments/AttachmentsPanel';
import { RecordHistory } from './RecordHistory';

/**
 * A show page layout with the record's fields under 详情, any extra tabs, its files under 附件
 * (records that carry evidence), and its audit trail under 操作记录.
 */
export const HistoryTabs = ({ children, tabs = [] }: { children: ReactNode; tabs?: ReactElement[] }) => {
  const resource = useResourceContext();
  return (
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="app.history.tab_details">{children}</TabbedShowLayout.Tab>
      {tabs}
      {resource && ATTACHABLE.includes(resource) && (
        <TabbedShowLayout.Tab label="app.attachments.tab" path="attachments">
          <AttachmentsPanel />
        </TabbedShowLayout.Tab>
      )}
      <TabbedShowLayout.Tab label="app.history.tab" path="history">
        <RecordHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  );
};
