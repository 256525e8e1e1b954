import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/**
 * Mantine's defaults fail WCAG AA on white: blue-6 links/buttons (3.6:1) and gray-6 "dimmed" text (3.3:1).
 * Shade 8 of blue (4.9:1 on white, and white on it) and gray-7 for dimmed text (7.7:1) pass.
 * Field errors in red-6 (3.3:1) fail too; red-9 (5.4:1) passes.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 4 },
  autoContrast: true,
  // Latin and Cyrillic fonts first (a CJK font would set their quotes full-width); CJK fonts only
  // as a fallback here, and first for Chinese pages (global.css).
  fontFamily:
    '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Helvetica, Arial, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'sm',
  focusRing: 'auto',
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    '--mantine-color-anchor': 'var(--mantine-color-blue-8)',
    // Field errors in red-6 are 3.3:1 on white; red-9 passes AA at the small size they use.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});
