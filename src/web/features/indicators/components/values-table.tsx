import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActualValue, IndicatorDetail } from '../../../../shared/contracts/indicators';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDateTime } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useConfirmActual } from '../api/confirm-actual';
import { useIndicatorTexts } from './use-indicator-texts';

// Darker than Mantine's shades, so the text stays readable on striped rows too (WCAG AA).
const statusColors: Record<ActualValue['status'], string> = { draft: 'gray.8', submitted: '#8f3500', confirmed: '#1b6b2c' };

function Revisions({ value, unit }: { value: ActualValue; unit: IndicatorDetail['unit'] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { format } = useIndicatorTexts();
  if (value.revisions.length === 0) return null;
  return (
    <details>
      <summary>
        <Text span size="xs">{t('indicators.revisions', { count: value.revisions.length })}</Text>
      </summary>
      {value.revisions.map((revision) => (
        <Text key={revision.at + revision.statusAfter} size="xs">
          {t('indicators.revision', {
            at: formatDateTime(revision.at, language),
            before: `${format(revision.valueBefore, unit)} (${t(`indicators.actualStatus.${revision.statusBefore}`)})`,
            after: `${format(revision.valueAfter, unit)} (${t(`indicators.actualStatus.${revision.statusAfter}`)})`,
            who: revision.changedBy ?? '—',
            reason: revision.reason ? ` — ${revision.reason}` : '',
          })}
        </Text>
      ))}
    </details>
  );
}

/** Every figure the caller may see, newest period first, with confirmation for those who may confirm. */
export function ValuesTable({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { format, period } = useIndicatorTexts();
  const confirm = useConfirmActual();
  if (indicator.values.length === 0) return <Text>{t('indicators.noValues')}</Text>;
  return (
    <>
      {confirm.error && <ErrorAlert error={confirm.error} />}
      <ScrollTable label={t('indicators.valuesHeading')} minWidth={820}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('indicators.period')}</Table.Th>
              <Table.Th>{t('indicators.organization')}</Table.Th>
              <Table.Th>{t('indicators.value')}</Table.Th>
              <Table.Th>{t('indicators.statusColumn')}</Table.Th>
              <Table.Th>{t('indicators.sourceAndComment')}</Table.Th>
              <Table.Th>{t('indicators.enteredBy')}</Table.Th>
              {indicator.can.confirm && <Table.Th>{t('indicators.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {indicator.values.map((value) => {
              const label = period(value.year, value.periodKind, value.periodIndex);
              return (
                <Table.Tr key={value.id}>
                  <Table.Td>{label}</Table.Td>
                  <Table.Td>{value.organization ? localized(value.organization.name) : '—'}</Table.Td>
                  <Table.Td>
                    {format(value.value, indicator.unit)}
                    {value.isDemo && <Text size="xs" c="violet.9">{t('indicator.demoValue')}</Text>}
                    <Revisions value={value} unit={indicator.unit} />
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={statusColors[value.status]} tt="none">{t(`indicators.actualStatus.${value.status}`)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{value.source ?? '—'}</Text>
                    {value.comment && <Text size="xs" c="dimmed">{value.comment}</Text>}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{value.enteredBy ?? '—'}</Text>
                    <Text size="xs" c="dimmed">{formatDateTime(value.updatedAt, language)}</Text>
                  </Table.Td>
                  {indicator.can.confirm && (
                    <Table.Td>
                      {value.canConfirm && (
                        <Button
                          size="xs"
                          loading={confirm.isPending && confirm.variables === value.id}
                          aria-label={t('indicators.confirmLabel', { period: `${label}${value.organization ? `, ${localized(value.organization.name)}` : ''}` })}
                          onClick={() => confirm.mutate(value.id, { onSuccess: () => notify(t('indicators.confirmed')) })}
                        >
                          {t('indicators.confirm')}
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
      </ScrollTable>
    </>
  );
}
