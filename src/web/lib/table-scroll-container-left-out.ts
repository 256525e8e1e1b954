/**
 * Stands in for Mantine's `Table.ScrollContainer`, which the build leaves out of `Table`
 * (vite.config.ts): it would bring Mantine's ScrollArea (≈ 5 KB gzip) to every page with a table,
 * and the app scrolls wide tables with `ScrollTable` instead (ADR 042). Using it fails loudly.
 */
export function TableScrollContainer(): never {
  throw new Error('Table.ScrollContainer is left out of the build (vite.config.ts): use ScrollTable from components/ui/scroll-table.');
}
