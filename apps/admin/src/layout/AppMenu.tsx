import { ListSubheader } from '@mui/material';
import {
  Menu,
  useCanAccessResources,
  useHasDashboard,
  useResourceDefinitions,
  useSidebarState,
  useTranslate,
} from 'react-admin';
import { visibleGroups } from './menuGroups';

/** The sidebar: the dashboard (once there is one), then the resources the user may list, by section. */
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
