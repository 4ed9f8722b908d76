import { useMemo } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useOrgOptions } from '../orgs/useOrgOptions';
import { formatValue, type DiffRow, type FormatContext } from './diff';

const cell = { whiteSpace: 'pre-wrap', wordBreak: 'break-word', verticalAlign: 'top' } as const;

/** Changed fields of one record as a table: field label, 修改前, 修改后. */
export const DiffTable = ({ resource, rows }: { resource: string; rows: readonly DiffRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { orgs } = useOrgOptions();
  const context = useMemo<FormatContext>(() => {
    const names = new Map(orgs.map((org) => [org.id, org.name]));
    return { locale, yes: translate('ra.boolean.true'), no: translate('ra.boolean.false'), orgName: (id) => names.get(id) };
  }, [orgs, locale, translate]);

  if (rows.length === 0) return null;
  return (
    <Table size="small" sx={{ tableLayout: 'fixed', width: '100%' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '24%' }}>{translate('app.history.field')}</TableCell>
          <TableCell>{translate('app.history.before')}</TableCell>
          <TableCell>{translate('app.history.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ field, before, after }) => (
          <TableRow key={field}>
            <TableCell sx={{ ...cell, fontWeight: 500 }}>
              {translate(`resources.${resource}.fields.${field}`, { _: field })}
            </TableCell>
            <TableCell sx={{ ...cell, color: 'text.secondary' }}>{formatValue(resource, field, before, context)}</TableCell>
            <TableCell sx={cell}>{formatValue(resource, field, after, context)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
