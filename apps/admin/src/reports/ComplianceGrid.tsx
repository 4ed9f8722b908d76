import type { ReactElement } from 'react';
import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { ScrollX } from './ScrollX';
import { useLocaleState, useTranslate } from 'react-admin';
import { complianceCells, complianceLink, ComplianceStatus, listPath, MeetingCategory, monthLabel, type ComplianceCell, type ComplianceRow } from '@wb/contracts';
import { toContractLocale } from '../common/choices';

export const STATUS_COLOR: Record<ComplianceStatus, string> = { met: '#c8e6c9', partial: '#fff59d', missing: '#ffcdd2' };

/** How many months a period spans: `2021-03` one, `2021-Q2` three, `2021` twelve. */
const spanOf = (period: string) => (/-Q\d$/.test(period) ? 3 : /-\d\d$/.test(period) ? 1 : 12);
/** The first month (1…12) of a period. */
const startOf = (period: string) => {
  const part = period.split('-')[1];
  if (!part) return 1;
  return part.startsWith('Q') ? (Number(part.slice(1)) - 1) * 3 + 1 : Number(part);
};

interface Row {
  orgId: number;
  orgName: string;
  category: ComplianceCell['category'];
  cells: ComplianceCell[];
}

/** One line per org and kind of meeting, each with a cell per period begun, orgs in id order. */
export function complianceLines(year: number, rows: readonly ComplianceRow[]): Row[] {
  return rows
    .map((row) => ({ orgId: row.orgId, orgName: row.orgName, category: row.category, cells: complianceCells(year, [row]) }))
    .sort((a, b) => a.orgId - b.orgId || MeetingCategory.values.indexOf(a.category) - MeetingCategory.values.indexOf(b.category));
}

const Legend = () => {
  const [locale] = useLocaleState();
  return (
    <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
      {ComplianceStatus.values.map((status) => (
        <Stack key={status} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
          <Box sx={{ width: 14, height: 14, bgcolor: STATUS_COLOR[status], border: '1px solid #bbb' }} />
          <Typography variant="caption">{ComplianceStatus.label(status, toContractLocale(locale))}</Typography>
        </Stack>
      ))}
    </Stack>
  );
};

/**
 * 三会一课 on a twelve-month line per org and kind: a monthly rule fills twelve cells, a quarterly
 * rule four of three months, a yearly one a single cell; held against required in each, coloured
 * red, yellow or green, and each opening the meetings it counts. Periods not yet begun stay blank.
 */
export const ComplianceGrid = ({ year, rows: compliance }: { year: number; rows: readonly ComplianceRow[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const rows = complianceLines(year, compliance);
  if (rows.length === 0) return <Typography variant="body2" color="text.secondary">{translate('app.reports.compliance_none')}</Typography>;
  return (
    <>
      <ScrollX>
        <Table size="small" sx={{ minWidth: 720, '& td, & th': { px: 0.75, py: 0.5 } }} aria-label={translate('app.reports.compliance')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.reports.org')}</TableCell>
              <TableCell>{translate('app.reports.meeting_kind')}</TableCell>
              {Array.from({ length: 12 }, (_, i) => (
                <TableCell key={i} align="center" sx={{ width: 44 }}>
                  {monthLabel(String(i + 1), lang)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row, index) => {
              const firstOfOrg = index === 0 || rows[index - 1].orgId !== row.orgId;
              const orgRows = rows.filter((other) => other.orgId === row.orgId).length;
              const byStart = new Map(row.cells.map((cell) => [startOf(cell.period), cell]));
              const line: ReactElement[] = [];
              for (let month = 1; month <= 12; ) {
                const cell = byStart.get(month);
                if (!cell) {
                  line.push(<TableCell key={month} />);
                  month += 1;
                  continue;
                }
                const span = spanOf(cell.period);
                line.push(
                  <TableCell key={month} colSpan={span} align="center" sx={{ bgcolor: STATUS_COLOR[cell.status], border: '1px solid #fff' }}>
                    <Tooltip title={`${cell.orgName} ${MeetingCategory.label(cell.category, lang)} ${cell.period}：${ComplianceStatus.label(cell.status, lang)}`}>
                      <Link to={listPath(complianceLink(cell))} style={{ color: 'inherit', textDecoration: 'none', display: 'block' }} data-compliance={`${cell.orgId}-${cell.category}-${cell.period}`}>
                        {cell.held}/{cell.required}
                      </Link>
                    </Tooltip>
                  </TableCell>,
                );
                month += span;
              }
              return (
                <TableRow key={`${row.orgId}-${row.category}`}>
                  {firstOfOrg && <TableCell rowSpan={orgRows} sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{row.orgName}</TableCell>}
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{MeetingCategory.label(row.category, lang)}</TableCell>
                  {line}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollX>
      <Legend />
    </>
  );
};
