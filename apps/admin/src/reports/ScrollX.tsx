import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/**
 * A wide table that scrolls sideways inside its card on a phone. `width: 0; min-width: 100%` keeps
 * the table's own width out of the page's: without it the whole page grows to the table's width.
 */
export const ScrollX = ({ children }: { children: ReactNode }) => <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%', '@media print': { overflow: 'visible', width: 'auto' } }}>{children}</Box>;
