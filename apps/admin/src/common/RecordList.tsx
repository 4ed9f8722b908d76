import type { ReactElement, ReactNode } from 'react';
import { useMediaQuery, type Theme } from '@mui/material';
import { List, useLocaleState, useResourceContext, type RaRecord, type SortPayload } from 'react-admin';
import { ATTACHABLE } from '@wb/contracts';
import { AttachmentCountField } from '../attachments/AttachmentCountField';
import { RecyclableDatagrid, RecyclableSimpleList } from '../trash/RecyclableLists';
import { ListActions } from './ListActions';

/** What a record shows as one entry of the phone list: up to three lines. */
export interface PhoneLines {
  primary: ReactNode;
  secondary?: ReactNode;
  tertiary?: ReactNode;
}

interface RecordListProps<R extends RaRecord> {
  filters: ReactElement[];
  sort: SortPayload;
  /** The phone layout (below the `sm` breakpoint), in the UI language `locale`. */
  phone: (record: R, locale: string) => PhoneLines;
  /** The desktop layout: the table's fields. */
  children: ReactNode;
}

/**
 * Every resource's list page: filters, the toolbar (create, import, export, recycle bin), a table on a
 * desktop (with a paperclip count where records carry files) and a compact three-line list on a
 * phone; rows open the record's page.
 */
export function RecordList<R extends RaRecord>({ filters, sort, phone, children }: RecordListProps<R>) {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [locale] = useLocaleState();
  const resource = useResourceContext() ?? '';
  return (
    <List filters={filters} actions={<ListActions />} sort={sort} exporter={false}>
      {isSmall ? (
        <RecyclableSimpleList<R>
          primaryText={(record) => phone(record, locale).primary}
          secondaryText={(record) => phone(record, locale).secondary}
          tertiaryText={(record) => phone(record, locale).tertiary}
          rowClick="show"
        />
      ) : (
        <RecyclableDatagrid rowClick="show">
          {children}
          {ATTACHABLE.includes(resource) && <AttachmentCountField label="app.attachments.column" sortable={false} />}
        </RecyclableDatagrid>
      )}
    </List>
  );
}
