import { ListSubheader } from '@mui/material';
import AssessmentIcon from '@mui/icons-material/Assessment';
import RuleIcon from '@mui/icons-material/Rule';
import {
  Menu,
  useCanAccessResources,
  useHasDashboard,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { visibleGroups } from './menuGroups';

/** The sidebar: the dashboard, the year-end report and the 三会一课 rules, then the resources the user may list, by section. */
export const AppMenu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const hasDashboard = useHasDashboard();
  const definitions = useResourceDefinitions();
  const withList = Object.values(definitions)
    .filter((definition) => definition.hasList)
    .map((definition) => definition.name);
  // Sections whose resources are all off-limits disappear with their heading.
  const { canAccess } = useCanAccessResources({ action: 'list', resources: withList });
  const registered = withList.filter((name) => canAccess?.[name]);

  return (
    <Menu>
      {hasDashboard && <Menu.DashboardItem />}
      <Menu.Item to="/reports/annual" primaryText={translate('app.reports.report')} leftIcon={<AssessmentIcon />} />
      <Menu.Item to="/reports/compliance-rules" primaryText={translate('app.reports.rules')} leftIcon={<RuleIcon />} />
      {visibleGroups(registered).map((group) => (
        <div key={group.label || 'other'} role="group" aria-label={group.label ? translate(group.label) : undefined}>
          {open && group.label && (
            <ListSubheader disableSticky sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
              {translate(group.label)}
            </ListSubheader>
          )}
          {group.resources.map((name) => (
            <Menu.ResourceItem key={name} name={name} />
          ))}
        </div>
      ))}
    </Menu>
  );
};
