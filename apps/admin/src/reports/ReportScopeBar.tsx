import { useMemo, type ReactNode } from 'react';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useGetIdentity, useTranslate } from 'react-admin';
import { seesEverything, type Role } from '@wb/contracts';
import { subtreeIds } from '../orgs/orgTree';
import { useOrgOptions } from '../orgs/useOrgOptions';
import type { Identity } from '../auth/authProvider';

interface ReportScopeBarProps {
  year: number | undefined;
  orgId: number | undefined;
  yearChoices: number[];
  update: (next: { year?: number; orgId?: number | null }) => void;
  /** Buttons at the end of the bar. */
  children?: ReactNode;
}

/** The orgs a user may pick a report of: every org for those who see all, else their own subtree. */
function useScopeOrgs() {
  const { identity } = useGetIdentity();
  const { orgs, options } = useOrgOptions();
  return useMemo(() => {
    const me = identity as Identity | undefined;
    if (!me) return [];
    if (seesEverything(me.role as Role) || me.orgId == null) return options;
    const mine = subtreeIds(orgs, me.orgId);
    return options.filter((option) => mine.has(option.id));
  }, [identity, orgs, options]);
}

/** 年度 and 组织 of a dashboard or report, written to the address. */
export const ReportScopeBar = ({ year, orgId, yearChoices, update, children }: ReportScopeBarProps) => {
  const translate = useTranslate();
  const orgs = useScopeOrgs();
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', justifyContent: { sm: 'flex-end' }, flexGrow: 1, '@media print': { display: 'none' } }}>
      <TextField
        select
        size="small"
        fullWidth={false}
        label={translate('app.reports.year')}
        value={year ?? ''}
        onChange={(event) => update({ year: Number(event.target.value) })}
        sx={{ minWidth: 110 }}
      >
        {yearChoices.map((choice) => (
          <MenuItem key={choice} value={choice}>
            {translate('app.reports.year_option', { year: choice })}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        fullWidth={false}
        label={translate('app.reports.org')}
        value={orgs.some((org) => org.id === orgId) ? orgId : ''}
        onChange={(event) => update({ orgId: event.target.value === '' ? null : Number(event.target.value) })}
        sx={{ minWidth: 200, maxWidth: '100%' }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{translate('app.reports.own_org')}</MenuItem>
        {orgs.map((org) => (
          <MenuItem key={org.id} value={org.id}>
            {org.label}
          </MenuItem>
        ))}
      </TextField>
      {children}
    </Stack>
  );
};
