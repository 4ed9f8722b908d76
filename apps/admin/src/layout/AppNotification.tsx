import { useMediaQuery, type Theme } from '@mui/material';
import { Notification } from 'react-admin';

/**
 * Notices ("已保存", errors) at the top of a phone's screen: at the bottom they sat over the form's
 * toolbar, which a phone keeps at the bottom, and covered the Save button for a few seconds.
 */
export const AppNotification = () => {
  const isSmall = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return <Notification anchorOrigin={{ vertical: isSmall ? 'top' : 'bottom', horizontal: 'center' }} />;
};
