import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import { formatDate, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { formatArea, formatPrice } from './format-offer';
import { ObjectStatusBadge } from './status-badge';

/** Everything the park states about an object: particulars, conditions, description and photos. */
export function ObjectFacts({ object }: { object: InfrastructureObject }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const none = t('common.none');
  const rows: [string, string][] = [
    [t('infrastructure.type'), t(`infrastructure.types.${object.type}`)],
    [t('infrastructure.ecosystem'), localized(object.ecosystem.name)],
    [t('infrastructure.address'), localized(object.address) || none],
    [t('infrastructure.position'), `${object.latitude.toFixed(5)}, ${object.longitude.toFixed(5)}`],
    [t('infrastructure.area'), formatArea(object, t, language)],
    [t('infrastructure.capacity'), object.capacity === null ? none : formatNumber(object.capacity, language)],
    [t('infrastructure.powerKw'), object.powerKw === null ? none : formatNumber(object.powerKw, language)],
    [t('infrastructure.utilities'), object.utilities.map((u) => t(`infrastructure.utilityKinds.${u}`)).join(', ') || none],
    [t('infrastructure.price'), formatPrice(object, t, language)],
    [t('infrastructure.dealType'), t(`infrastructure.dealTypes.${object.dealType}`)],
    [t('infrastructure.availableFrom'), object.availableFrom ? formatDate(object.availableFrom, language) : t('infrastructure.availableNow')],
    [t('infrastructure.unitsFree'), object.unitsFree === null ? none : formatNumber(object.unitsFree, language)],
  ];
  const texts: [string, string][] = [
    [t('infrastructure.conditions'), localized(object.conditions)],
    [t('infrastructure.taxRegime'), localized(object.taxRegime)],
    [t('infrastructure.description'), localized(object.description)],
  ];
  return (
    <Stack gap="md">
      <Group gap="xs"><ObjectStatusBadge status={object.status} /></Group>
      <section aria-labelledby="object-facts-heading">
        <Title order={2} size="h4" id="object-facts-heading" mb="xs">{t('infrastructure.facts')}</Title>
        <Table variant="vertical" withTableBorder layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={{ base: 130, sm: 260 }}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>
      {texts.filter(([, value]) => value).map(([label, value]) => (
        <section key={label}>
          <Title order={2} size="h4" mb={4}>{label}</Title>
          <Text style={{ whiteSpace: 'pre-line' }}>{value}</Text>
        </section>
      ))}
    </Stack>
  );
}
