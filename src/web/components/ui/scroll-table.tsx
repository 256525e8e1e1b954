import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

type ScrollTableProps = { label: string; children: ReactNode; minWidth?: number };

/**
 * A table that scrolls sideways inside its own box on narrow screens, so the page never does.
 * The box is focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, children, minWidth = 640 }: ScrollTableProps) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <Table striped highlightOnHover verticalSpacing="sm" miw={minWidth}>
        {children}
      </Table>
    </div>
  );
}
