import { MultiSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../../shared/contracts/registry';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';

type DirectionsPickerProps = { value: string[]; onChange: (ids: string[]) => void; error?: string };

/** Top-level directions become groups holding themselves and their children, so both can be chosen. */
function groupDirections(items: Direction[], label: (direction: Direction) => string) {
  const childrenOf = new Map<string, Direction[]>();
  for (const direction of items) {
    if (direction.parentId) childrenOf.set(direction.parentId, [...(childrenOf.get(direction.parentId) ?? []), direction]);
  }
  const known = new Set(items.map((direction) => direction.id));
  const roots = items.filter((direction) => !direction.parentId || !known.has(direction.parentId));
  const byLabel = (a: Direction, b: Direction) => label(a).localeCompare(label(b));
  return roots.sort(byLabel).map((root) => ({
    group: label(root),
    items: [root, ...(childrenOf.get(root.id) ?? []).sort(byLabel)].map((direction) => ({ value: direction.id, label: label(direction) })),
  }));
}

export function DirectionsPicker({ value, onChange, error }: DirectionsPickerProps) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const directions = useDirections();
  return (
    <MultiSelect
      // The section's legend shows the name; the input still needs its own for screen readers.
      aria-label={t('organizationForm.directions')}
      placeholder={value.length ? undefined : t('organizationForm.directionsPlaceholder')}
      data={groupDirections(directions.data?.items ?? [], (direction) => localized(direction.label))}
      value={value}
      onChange={onChange}
      searchable
      clearable
      hidePickedOptions
      maxValues={30}
      nothingFoundMessage={t('common.empty')}
      error={error}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
