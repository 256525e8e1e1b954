import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganizationHit } from '../../../shared/contracts/search';
import { countryName } from '../../lib/format';
import { useLanguage, useLocalized } from '../../lib/use-language';
import { HighlightedSnippet } from './highlighted-snippet';

/** A found organization: its name (a link to `to`), kind, place, why it matched and the snippet. */
export function OrganizationHitCard({ hit, to }: { hit: OrganizationHit; to: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const organization = hit.organization;
  return (
    <Card withBorder padding="sm" radius="md" component="article">
      <Stack gap={4}>
        <Anchor component={Link} to={to} fw={600}>
          {localized(organization.name)}
        </Anchor>
        <Group gap="xs">
          <Text size="sm">{t(`enums.organizationKind.${organization.kind}`)}</Text>
          <Text size="sm" c="dimmed">· {countryName(organization.country, language)}{localized(organization.city) ? `, ${localized(organization.city)}` : ''}</Text>
          {hit.matchedBy.map((how) => (
            <Badge key={how} size="xs" variant="outline" color="dark">{t(`search.matchedBy.${how}`)}</Badge>
          ))}
        </Group>
        {hit.snippet && <HighlightedSnippet snippet={hit.snippet} />}
      </Stack>
    </Card>
  );
}
