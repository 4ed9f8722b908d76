import { ListItemText, MenuItem } from '@mui/material';
import { Logout, UserMenu as RaUserMenu, useGetIdentity, useLocaleState } from 'react-admin';
import { Role } from '@wb/contracts';
import type { Identity } from '../auth/authProvider';
import { labelOf } from '../common/choices';

/** Who is signed in: name; username, role and org (not clickable). */
const IdentityItem = () => {
  const { identity } = useGetIdentity();
  const [locale] = useLocaleState();
  if (!identity) return null;
  const { fullName, role, orgName, username } = identity as Identity;
  const details = [username, labelOf(Role, role, locale), orgName].filter(Boolean).join(' · ');
  return (
    <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
      <ListItemText
        primary={fullName ?? username}
        secondary={details}
      />
    </MenuItem>
  );
};

/** The app bar's user menu: identity, then 退出登录. */
export const UserMenu = () => (
  <RaUserMenu>
    <IdentityItem />
    <Logout />
  </RaUserMenu>
);
