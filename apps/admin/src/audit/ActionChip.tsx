import { Chip } from '@mui/material';
import { AuditAction } from '@wb/contracts';
import { useLocaleState } from 'react-admin';
import { labelOf } from '../common/choices';

const COLOR = { create: 'success', update: 'info', delete: 'error', restore: 'warning' } as const;

/** An audit action (新建 / 修改 / 删除 / 恢复) as a small coloured chip. */
export const ActionChip = ({ action }: { action: AuditAction }) => {
  const [locale] = useLocaleState();
  return <Chip size="small" variant="outlined" color={COLOR[action] ?? 'default'} label={labelOf(AuditAction, action, locale)} />;
};
