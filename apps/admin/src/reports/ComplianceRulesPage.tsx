import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, FormControlLabel, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Title, useCanAccess, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ComplianceFrequency, DEFAULT_COMPLIANCE_RULES, MeetingCategory, OrgType, type ComplianceRule } from '@wb/contracts';
import type { AppDataProvider } from '../dataProvider';
import { toContractLocale } from '../common/choices';
import { REPORTS_KEY } from './useReport';

const ORG_TYPES = ['party_branch', 'party_group'] as const;

/**
 * 三会一课 rules: how often each kind of meeting is due, and for which orgs. Everyone reads them
 * (they explain the red and green); admins change them. Defaults follow 《中国共产党支部工作条例（试行）》.
 */
export const ComplianceRulesPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const lang = toContractLocale(locale);
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const { canAccess: canWrite } = useCanAccess({ resource: 'compliance-rules', action: 'write' });
  const { data, error } = useQuery({ queryKey: [REPORTS_KEY, 'rules'], queryFn: () => dataProvider.getComplianceRules().then((result) => result.data) });
  const [rules, setRules] = useState<ComplianceRule[]>([]);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (data) setRules(data);
  }, [data]);

  const change = (index: number, patch: Partial<ComplianceRule>) => setRules((current) => current.map((rule, i) => (i === index ? { ...rule, ...patch } : rule)));
  const save = async (next: ComplianceRule[]) => {
    setSaving(true);
    try {
      const saved = (await dataProvider.saveComplianceRules(next)).data;
      setRules(saved);
      // every report's red and green follow the rules
      await queryClient.invalidateQueries({ queryKey: [REPORTS_KEY] });
      notify('app.reports.rules_saved', { type: 'success' });
    } catch (failure) {
      notify((failure as Error).message || 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3 }}>
      <Title title={translate('app.reports.rules')} />
      <Typography variant="h5" component="h1">
        {translate('app.reports.rules')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.reports.rules_explain')}
      </Typography>
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      <Table size="small" sx={{ maxWidth: 960 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.reports.meeting_kind')}</TableCell>
            <TableCell>{translate('app.reports.frequency')}</TableCell>
            <TableCell>{translate('app.reports.required')}</TableCell>
            <TableCell>{translate('app.reports.applies_to')}</TableCell>
            <TableCell>{translate('app.reports.source')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rules.map((rule, i) => (
            <TableRow key={rule.category}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{MeetingCategory.label(rule.category, lang)}</TableCell>
              <TableCell>
                <TextField
                  select
                  size="small"
                  value={rule.frequency}
                  disabled={!canWrite}
                  onChange={(event) => change(i, { frequency: event.target.value as ComplianceFrequency })}
                  slotProps={{ htmlInput: { 'aria-label': `${MeetingCategory.label(rule.category, lang)} ${translate('app.reports.frequency')}` } }}
                >
                  {ComplianceFrequency.values.map((frequency) => (
                    <MenuItem key={frequency} value={frequency}>
                      {ComplianceFrequency.label(frequency, lang)}
                    </MenuItem>
                  ))}
                </TextField>
              </TableCell>
              <TableCell>
                <TextField
                  type="number"
                  size="small"
                  value={rule.required}
                  disabled={!canWrite}
                  onChange={(event) => change(i, { required: Number(event.target.value) })}
                  slotProps={{ htmlInput: { min: 1, max: 31, 'aria-label': `${MeetingCategory.label(rule.category, lang)} ${translate('app.reports.required')}` } }}
                  sx={{ width: 80 }}
                />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {ORG_TYPES.map((type) => (
                  <FormControlLabel
                    key={type}
                    disabled={!canWrite}
                    control={
                      <Checkbox
                        size="small"
                        checked={rule.orgTypes.includes(type)}
                        onChange={(event) => change(i, { orgTypes: event.target.checked ? [...rule.orgTypes, type] : rule.orgTypes.filter((t) => t !== type) })}
                      />
                    }
                    label={OrgType.label(type, lang)}
                  />
                ))}
              </TableCell>
              <TableCell>
                <TextField size="small" value={rule.source} disabled={!canWrite} onChange={(event) => change(i, { source: event.target.value })} fullWidth slotProps={{ htmlInput: { maxLength: 100 } }} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {canWrite && (
        <Stack direction="row" spacing={1}>
          <Button variant="contained" disabled={saving} onClick={() => save(rules)}>
            {translate('ra.action.save')}
          </Button>
          <Button disabled={saving} onClick={() => save(DEFAULT_COMPLIANCE_RULES.map((rule) => ({ ...rule })))}>
            {translate('app.reports.rules_defaults')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
};
