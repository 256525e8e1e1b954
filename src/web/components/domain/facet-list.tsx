import { Badge, Stack, Text, UnstyledButton } from '@mantine/core';

export type FacetOption = { value: string; label: string; count: number };

/** One facet: its values with counts; the chosen one is marked and chosen again to clear it. */
export function FacetList({ title, options, selected, onSelect }: { title: string; options: FacetOption[]; selected?: string; onSelect: (value: string | undefined) => void }) {
  if (options.length === 0) return null;
  return (
    <Stack gap={4} component="section" aria-label={title}>
      <Text fw={600} size="sm">{title}</Text>
      {options.map((option) => {
        const active = option.value === selected;
        return (
          <UnstyledButton
            key={option.value}
            onClick={() => onSelect(active ? undefined : option.value)}
            aria-pressed={active}
            style={{ display: 'flex', justifyContent: 'space-between', gap: 8, fontWeight: active ? 700 : 400 }}
          >
            <Text size="sm" span>{option.label}</Text>
            <Badge variant={active ? 'filled' : 'outline'} color="dark" size="sm" style={{ flexShrink: 0 }}>{option.count}</Badge>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
