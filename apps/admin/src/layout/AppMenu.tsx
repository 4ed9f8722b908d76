import { ListSubheader } from '@mui/material';
import { Menu, useHasDashboard, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { visibleGroups } from './menuGroups';

/** The sidebar: the dashboard (once there is one), then resources by section. */
export const AppMenu = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  const hasDashboard = useHasDashboard();
  const definitions = useResourceDefinitions();
  const registered = Object.values(definitions)
    .filter((definition) => definition.hasList)
    .map((definition) => definition.name);

  return (
    <Menu>
      {hasDashboard && <Menu.DashboardItem />}
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
