import { Anchor, Breadcrumbs, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useInvestorRequest } from '../api/investor-requests';
import { ConsentState, RecordConsentWithdrawal } from '../components/consent-withdrawal';
import { OutcomeActions, RespondForm } from '../components/request-actions';
import { RequestStatusBadge } from '../components/status-badge';

/** One request: what the investor asked, the park's answers with the proposed objects, the outcome. */
export function InvestorRequestPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { id = '' } = useParams();
  const request = useInvestorRequest(id);
  const none = t('common.none');
  const erased = `[${t('investorRequest.erasedContact')}]`;
  return (
    <QueryState query={request}>
      {(data) => {
        const open = data.status === 'new' || data.status === 'in_progress';
        const answerable = open && !data.erasedAt;
        const area = data.areaMinM2 !== null || data.areaMaxM2 !== null
          ? t('investorRequest.areaRange', { min: data.areaMinM2 === null ? '' : formatNumber(data.areaMinM2, language), max: data.areaMaxM2 === null ? '' : formatNumber(data.areaMaxM2, language) })
          : none;
        const rows: [string, string][] = [
          [t('investorRequest.received'), formatDate(data.createdAt.slice(0, 10), language)],
          [t('infrastructure.ecosystem'), localized(data.ecosystem.name)],
          [t('investorRequest.contactName'), data.contactName ?? erased],
          [t('investorRequest.contactEmail'), data.contactEmail ?? erased],
          [t('investorRequest.contactPhone'), data.contactPhone ?? (data.erasedAt ? erased : none)],
          [t('investorRequest.companyName'), data.companyName ?? none],
          [t('investorRequest.wantedType'), data.wantedType ? t(`infrastructure.types.${data.wantedType}`) : none],
          [t('infrastructure.area'), area],
          [t('investorRequest.consentGiven'), formatDateTime(data.consentGivenAt, language)],
        ];
        return (
          <>
            <Breadcrumbs mb="xs">
              <Anchor component={Link} to="/infrastructure?tab=requests">{t('infrastructure.requests')}</Anchor>
            </Breadcrumbs>
            <PageTitle actions={<RequestStatusBadge status={data.status} />}>{`${t('investorRequest.title')}: ${data.companyName ?? data.contactName ?? erased}`}</PageTitle>
            <Stack gap="lg">
              <Table variant="vertical" withTableBorder layout="fixed">
                <Table.Tbody>
                  {rows.map(([label, value]) => (
                    <Table.Tr key={label}><Table.Th w={{ base: 130, sm: 240 }}>{label}</Table.Th><Table.Td>{value}</Table.Td></Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {data.object && (
                <Text>{t('investorRequest.aboutObject', { name: '' })}<Anchor component={Link} to={`/infrastructure/objects/${data.object.id}`}>{localized(data.object.name)}</Anchor></Text>
              )}
              <ConsentState request={data} />
              {data.message && <Text style={{ whiteSpace: 'pre-line' }}>{data.message}</Text>}
              {data.residentOrganization && (
                <Text>{t('investorRequest.residentOrganization')}: <Anchor component={Link} to={`/organizations/${data.residentOrganization.id}`}>{localized(data.residentOrganization.name)}</Anchor></Text>
              )}
              {data.declineReason && <Text c="red.9">{t('investorRequest.declineReason')}: {data.declineReason}</Text>}
              <section aria-labelledby="responses-heading">
                <Title order={2} size="h4" id="responses-heading" mb="xs">{t('investorRequest.responses')}</Title>
                {data.responses.length === 0 && <Text>{t('investorRequest.noResponses')}</Text>}
                <Stack gap="xs">
                  {data.responses.map((response) => (
                    <Card key={response.id} withBorder padding="sm">
                      <Text size="xs" c="dimmed">{formatDateTime(response.createdAt, language)}{response.authorName ? ` · ${response.authorName}` : ''}</Text>
                      <Text style={{ whiteSpace: 'pre-line' }}>{response.message}</Text>
                      {response.proposedObjects.length > 0 && (
                        <Group gap="xs" mt={4}>
                          <Text size="sm">{t('investorRequest.proposed', { names: '' })}</Text>
                          {response.proposedObjects.map((object) => (
                            <Anchor key={object.id} size="sm" component={Link} to={`/infrastructure/objects/${object.id}`}>{localized(object.name)}</Anchor>
                          ))}
                        </Group>
                      )}
                    </Card>
                  ))}
                </Stack>
              </section>
              {data.canManage && open && (
                <>
                  {answerable && <RespondForm request={data} />}
                  <section aria-labelledby="outcome-heading">
                    <Title order={2} size="h4" id="outcome-heading" mb="xs">{t('investorRequest.outcome')}</Title>
                    <OutcomeActions request={data} />
                  </section>
                </>
              )}
              <RecordConsentWithdrawal request={data} />
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}
