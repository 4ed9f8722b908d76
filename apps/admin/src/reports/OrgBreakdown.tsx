import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Link } from 'react-router-dom';
import { ScrollX } from './ScrollX';
import { useLocaleState, useTranslate } from 'react-admin';
import { listPath, totalLink, TotalName, type AnnualReport } from '@wb/contracts';
import { toContractLocale } from '../common/choices';
import { KPI_KEYS } from './KpiCards';

/** The figures per direct child org: a name opens that org's own dashboard (or report), a figure its records. */
export const OrgBreakdown = ({ report, basePath }: { report: AnnualReport; basePath: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  if (report.byOrg.length === 0) return null;
  return (
    <ScrollX>
      <Table size="small" aria-label={translate('app.reports.by_org')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.reports.org')}</TableCell>
            {KPI_KEYS.map((key) => (
              <TableCell key={key} align="right" sx={{ whiteSpace: 'nowrap' }}>
                {TotalName.label(key, lang)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {report.byOrg.map((child) => (
            <TableRow key={child.orgId} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <Link to={`${basePath}?year=${report.year}&orgId=${child.orgId}`}>{child.name}</Link>
              </TableCell>
              {KPI_KEYS.map((key) => (
                <TableCell key={key} align="right">
                  <Link to={listPath(totalLink(key, { year: report.year, orgId: child.orgId }))} style={{ color: 'inherit' }}>
                    {child.totals[key]}
                  </Link>
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollX>
  );
};
