/**
 * What Mantine's AppShell header, footer and aside take from react-remove-scroll: the class names
 * its `RemoveScroll` (loaded with the first modal) looks for to keep fixed bars from jumping when it
 * hides the page's scroll bar. The build serves this to the AppShell (vite.config.ts), so the shell
 * does not fetch the library for two strings (ADR 042). The values are react-remove-scroll-bar's.
 */
export const RemoveScroll = {
  classNames: { zeroRight: 'right-scroll-bar-position', fullWidth: 'width-before-scroll-bar' },
};
