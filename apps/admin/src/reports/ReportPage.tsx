import { useState } from 'react';
import { Alert, Button, Skeleton, Stack, Typography } from '@mui/material';
import DescriptionIcon from '@mui/icons-material/Description';
import GridOnIcon from '@mui/icons-material/GridOn';
import PrintIcon from '@mui/icons-material/Print';
import { Title, useNotify, useTranslate } from 'react-admin';
import { byOrgTable, developmentTable, totalsTable, type AnnualReport } from '@wb/contracts';
import { API_URL } from '../http/httpClient';
import { downloadFile } from '../files/download';
import { reportQuery } from '../dataProvider';
import { ComplianceGrid } from './ComplianceGrid';
import { Panel } from './Dashboard';
import { DataChecks } from './DataChecks';
import { OrgBreakdown } from './OrgBreakdown';
import { ReportCharts } from './ReportCharts';
import { ReportPhotos } from './ReportPhotos';
import { ReportScopeBar } from './ReportScopeBar';
import { ReportTable } from './ReportTable';
import { Snapshots } from './Snapshots';
import { SummaryEditor } from './SummaryEditor';
import { useAnnualReport, useReportScope } from './useReport';

/** Word and Excel of the report, made by the API from the saved text and today's figures. */
const Downloads = ({ report }: { report: AnnualReport }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [busy, setBusy] = useState<string | null>(null);
  const download = async (format: 'docx' | 'xlsx') => {
    setBusy(format);
    try {
      await downloadFile(`${API_URL}/reports/annual/${format}?${reportQuery(report)}`, `${report.orgName}${report.year}年度工作报告.${format}`);
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Button size="small" variant="outlined" startIcon={<DescriptionIcon />} disabled={busy !== null} onClick={() => download('docx')}>
        {translate(busy === 'docx' ? 'app.reports.preparing' : 'app.reports.download_docx')}
      </Button>
      <Button size="small" variant="outlined" startIcon={<GridOnIcon />} disabled={busy !== null} onClick={() => download('xlsx')}>
        {translate(busy === 'xlsx' ? 'app.reports.preparing' : 'app.reports.download_xlsx')}
      </Button>
      <Button size="small" startIcon={<PrintIcon />} onClick={() => window.print()}>
        {translate('app.reports.print')}
      </Button>
    </>
  );
};

const Body = ({ report }: { report: AnnualReport }) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <Panel title={translate('app.reports.checks')} printHidden>
        <DataChecks year={report.year} orgId={report.orgId} />
      </Panel>
      <Panel title={translate('app.reports.summary')}>
        <SummaryEditor year={report.year} orgId={report.orgId} />
      </Panel>
      <Panel title={translate('app.reports.tables')}>
        <Stack spacing={3}>
          <ReportTable table={totalsTable(report)} />
          <ReportTable table={developmentTable(report.development)} />
          {report.byOrg.length > 0 && <ReportTable table={byOrgTable(report.byOrg)} />}
        </Stack>
      </Panel>
      <ReportCharts report={report} />
      <Panel title={translate('app.reports.compliance')}>
        <ComplianceGrid year={report.year} rows={report.compliance} />
      </Panel>
      <Panel title={translate('app.reports.photos')}>
        <ReportPhotos year={report.year} orgId={report.orgId} />
      </Panel>
      {report.byOrg.length > 0 && (
        <Panel title={translate('app.reports.by_org')} printHidden>
          <OrgBreakdown report={report} basePath="/reports/annual" />
        </Panel>
      )}
      <Panel title={translate('app.reports.snapshots')} printHidden>
        <Snapshots report={report} />
      </Panel>
    </Stack>
  );
};

/**
 * 年度报告: the data checks, the drafted summary to edit, the tables and charts, 三会一课, Word and
 * Excel, a print view (the browser's, without the menus), and 定稿.
 */
export const ReportPage = () => {
  const translate = useTranslate();
  const { year, orgId, yearChoices, update } = useReportScope();
  const { data: report, error } = useAnnualReport(year, orgId);
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('app.reports.report')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={1.5} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}>
        <Typography variant="h5" component="h1">
          {report ? translate('app.reports.report_heading', { org: report.orgName, year: report.year }) : translate('app.reports.report')}
        </Typography>
        <ReportScopeBar year={year} orgId={orgId} yearChoices={yearChoices} update={update}>
          {report && <Downloads report={report} />}
        </ReportScopeBar>
      </Stack>
      {error ? <Alert severity="error">{(error as Error).message}</Alert> : report ? <Body report={report} /> : <Skeleton variant="rectangular" height={200} />}
    </Stack>
  );
};
