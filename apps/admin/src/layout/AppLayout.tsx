import type { ReactNode } from 'react';
import { GlobalStyles } from '@mui/material';
import { Layout } from 'react-admin';
import { AppBar } from './AppBar';
import { AppMenu } from './AppMenu';

/** Printing (the year-end report's print view) shows the page's content alone, without the bars around it. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header.MuiAppBar-root, .RaSidebar-docked, .RaSidebar-paper, .RaLayout-appFrame > .MuiToolbar-root': { display: 'none !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content': { padding: '0 !important' },
        '.print-hidden': { display: 'none !important' },
        '.MuiCard-root': { breakInside: 'avoid' },
      },
    }}
  />
);

export const AppLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={AppBar} menu={AppMenu}>
    {printStyles}
    {children}
  </Layout>
);
