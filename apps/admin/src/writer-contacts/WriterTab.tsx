import { Stack, Typography } from '@mui/material';
import { Datagrid, ListContextProvider, TextField, useList, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { ContactMode, JournalChannel, JournalKind, type JournalPost, type WriterContact } from '@wb/contracts';
import { DayField } from '../common/DateFields';
import { EnumField } from '../common/EnumField';

/** The latest twenty of each: the totals say how many there are in all. */
const PAGE = { page: 1, perPage: 20 };

/**
 * A grassroots writer's page, inside any contact with them: how often the society was in touch,
 * and what they published (by them, or from a contact with them). Totals are the API's counts.
 */
export const WriterTab = () => {
  const contact = useRecordContext<WriterContact>();
  const translate = useTranslate();
  const writer = contact?.writer;
  const contacts = useGetList<WriterContact>('writer-contacts', { filter: { writer }, sort: { field: 'date', order: 'DESC' }, pagination: PAGE }, { enabled: !!writer });
  const posts = useGetList<JournalPost>('journal-posts', { filter: { writer }, sort: { field: 'publishedDate', order: 'DESC' }, pagination: PAGE }, { enabled: !!writer });
  const contactList = useList({ data: contacts.data ?? [], isPending: contacts.isPending, perPage: PAGE.perPage });
  const postList = useList({ data: posts.data ?? [], isPending: posts.isPending, perPage: PAGE.perPage });
  if (!writer) return null;
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('app.writers.summary', { writer, contacts: contacts.total ?? 0, posts: posts.total ?? 0 })}
      </Typography>
      <Typography variant="subtitle2">{translate('app.writers.contacts')}</Typography>
      <ListContextProvider value={{ ...contactList, resource: 'writer-contacts' }}>
        <Datagrid bulkActionButtons={false} rowClick={(id) => `/writer-contacts/${id}/show`} resource="writer-contacts">
          <DayField source="date" />
          <EnumField source="mode" values={ContactMode} />
          <TextField source="topic" />
        </Datagrid>
      </ListContextProvider>
      <Typography variant="subtitle2">{translate('app.writers.posts')}</Typography>
      <ListContextProvider value={{ ...postList, resource: 'journal-posts' }}>
        <Datagrid bulkActionButtons={false} rowClick={(id) => `/journal-posts/${id}/show`} resource="journal-posts" empty={<Typography variant="body2" color="text.secondary">—</Typography>}>
          <DayField source="publishedDate" />
          <TextField source="title" />
          <EnumField source="channel" values={JournalChannel} />
          <EnumField source="kind" values={JournalKind} />
        </Datagrid>
      </ListContextProvider>
    </Stack>
  );
};
