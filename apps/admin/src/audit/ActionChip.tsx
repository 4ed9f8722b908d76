import { Chip } from '@mui/material';
import { AuditAction } from '@wb/contracts';
import { useLocaleState } from 'react-admin';
import { labelOf } from '../common/choices';

const COLOR: Record<AuditAction, 'success' | 'info' | 'error' | 'warning' | 'default' | 'secondary'> = {
  create: 'success',
  update: 'info',
  delete: 'error',
  restore: 'warning',
  move: 'secondary',
  sign_in: 'default',
  sign_out: 'default',
  sign_in_failed: 'warning',
  token_reuse: 'error',
  admin_reset: 'secondary',
  finalize: 'success',
};

/** An audit action (新建 / 修改 / 删除 / 登录失败 …) as a small coloured chip. */
export const ActionChip = ({ action }: { action: AuditAction }) => {
  const [locale] = useLocaleState();
  return <Chip size="small" variant="outlined" color={COLOR[action]} label={labelOf(AuditAction, action, locale)} />;
};
