import { Paper, Text } from '@mantine/core';

/** One figure of a roll-up (projects, budget, overdue points): its label above, the value large. */
export function RollUpFigure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="gray.8">{label}</Text>
      <Text fw={700} size="xl">{value}</Text>
    </Paper>
  );
}
