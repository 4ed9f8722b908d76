import { defaultTheme, type RaThemeOptions } from 'react-admin';

/** react-admin's default theme in Party red, with CJK-friendly fonts; buttons as written (下载 Word, not WORD). */
export const theme: RaThemeOptions = {
  ...defaultTheme,
  palette: {
    ...defaultTheme.palette,
    primary: { main: '#b71c1c' },
    secondary: { main: '#c62828' },
  },
  typography: {
    ...defaultTheme.typography,
    fontFamily: [
      '-apple-system',
      'BlinkMacSystemFont',
      '"Segoe UI"',
      '"PingFang SC"',
      '"Hiragino Sans GB"',
      '"Microsoft YaHei"',
      '"Noto Sans CJK SC"',
      '"Noto Sans SC"',
      'Roboto',
      'Arial',
      'sans-serif',
    ].join(','),
  },
  components: {
    ...defaultTheme.components,
    MuiButton: { ...defaultTheme.components?.MuiButton, styleOverrides: { ...defaultTheme.components?.MuiButton?.styleOverrides, root: { textTransform: 'none' } } },
  },
};
