import type { ReactElement, ReactNode } from 'react';
import { Show, type ShowProps } from 'react-admin';
import { HistoryTabs } from '../audit/HistoryTabs';

interface RecordShowProps extends Omit<ShowProps, 'children'> {
  /** The record's fields, under 详情. */
  children: ReactNode;
  /** Tabs between 详情 and 操作记录 (e.g. the deeds a trip led to). */
  tabs?: ReactElement[];
}

/** Every record's page: its fields, any related lists, and its audit trail. */
export const RecordShow = ({ children, tabs, ...props }: RecordShowProps) => (
  <Show {...props}>
    <HistoryTabs tabs={tabs}>{children}</HistoryTabs>
  </Show>
);
