import { Badge, Group } from '@mantine/core';
import type { z } from 'zod';
import type { directionRef } from '../../../shared/contracts/registry';
import { useLocalized } from '../../lib/use-language';

type DirectionRef = z.infer<typeof directionRef>;

export function DirectionBadges({ directions }: { directions: DirectionRef[] }) {
  const localized = useLocalized();
  return (
    <Group gap={6}>
      {directions.map((direction) => (
        <Badge key={direction.id} variant="outline" color="teal.9" tt="none" size="lg" fw={500}>
          {localized(direction.label)}
        </Badge>
      ))}
    </Group>
  );
}
