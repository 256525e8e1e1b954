import { Anchor, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agreement } from '../../../shared/contracts/agreements';
import { formatDate } from '../../lib/format';
import { useLanguage, useLocalized } from '../../lib/use-language';
import { AgreementHealthBadge } from './agreement-health-badge';
import { AgreementStatusBadge } from './agreement-status-badge';
import { DirectionBadges } from './direction-badges';

type AgreementDetailsProps = {
  agreement: Agreement;
  /** On a list the title links to the agreement's page; on that page it is the page's heading. */
  linkTitle?: boolean;
  headingLevel?: 1 | 2 | 3;
};

/** Everything that identifies an agreement: who signed what, when, where, on which occasion, about what. */
export function AgreementDetails({ agreement, linkTitle = false, headingLevel = 3 }: AgreementDetailsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const title = localized(agreement.title);
  const place = localized(agreement.place);
  const occasion = localized(agreement.occasion);
  const summary = localized(agreement.summary);
  const partyName = (organizationId: string) => {
    const party = agreement.parties.find((p) => p.organization.id === organizationId);
    return party ? localized(party.organization.shortName) || localized(party.organization.name) : '';
  };

  return (
    <Card withBorder padding="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={headingLevel} size="h4">
            {linkTitle ? (
              <Anchor component={Link} to={`/agreements/${agreement.id}`} inherit>
                {title}
              </Anchor>
            ) : (
              title
            )}
          </Title>
          <Group gap={6}>
            <AgreementStatusBadge status={agreement.status} />
            {agreement.health && agreement.health.state !== 'none' && <AgreementHealthBadge state={agreement.health.state} />}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          {[
            t(`enums.agreementKind.${agreement.kind}`),
            agreement.number ? t('agreement.number', { number: agreement.number }) : null,
            agreement.signedOn ? t('agreement.signed', { date: formatDate(agreement.signedOn, language) }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {place && <Text size="sm">{t('agreement.place', { place })}</Text>}
        {occasion && <Text size="sm">{t('agreement.occasion', { occasion })}</Text>}
        {summary && !linkTitle && <Text size="sm">{summary}</Text>}

        <Stack gap={4}>
          <Text fw={600} size="sm">
            {t('agreement.parties')}
          </Text>
          <List size="sm" spacing={2}>
            {agreement.parties.map((party) => (
              <List.Item key={party.organization.id}>
                <Anchor component={Link} to={`/organizations/${party.organization.id}`} inherit>
                  {localized(party.organization.name)}
                </Anchor>
                {party.role !== 'party' && ` (${t(`enums.partyRole.${party.role}`)})`}
              </List.Item>
            ))}
          </List>
        </Stack>

        {agreement.signatories.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('agreement.signatories')}
            </Text>
            <List size="sm" spacing={2}>
              {agreement.signatories.map((signatory) => (
                <List.Item key={signatory.personId}>
                  <Text span fw={600} size="sm">
                    {localized(signatory.fullName)}
                  </Text>
                  {[localized(signatory.position), partyName(signatory.partyOrganizationId)]
                    .filter(Boolean)
                    .map((part) => `, ${part}`)
                    .join('')}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}

        {agreement.directions.length > 0 && (
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('agreement.directions')}
            </Text>
            <DirectionBadges directions={agreement.directions} />
          </Stack>
        )}
        {(agreement.validFrom || agreement.validTo) && (
          <Text size="sm">
            {t('agreement.validity', {
              from: formatDate(agreement.validFrom, language) || '…',
              to: formatDate(agreement.validTo, language) || '…',
            })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
