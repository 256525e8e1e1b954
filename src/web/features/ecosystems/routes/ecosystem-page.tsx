import { Anchor, Breadcrumbs, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconFileImport, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { EcosystemDetail, Member } from '../../../../shared/contracts/ecosystems';
import { languages } from '../../../../shared/languages';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { countryName } from '../../../lib/format';
import { useSearchState } from '../../../lib/use-search-state';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useEcosystem } from '../api/get-ecosystem';
import { useMembers, type MembersQuery } from '../api/list-members';
import { EcosystemCharts } from '../components/ecosystem-charts';
import { EcosystemStatCards } from '../components/ecosystem-stat-cards';
import { MemberFilters } from '../components/member-filters';
import { MembersExportMenu } from '../components/members-export-menu';
import { MembersTable } from '../components/members-table';
import { MembershipFormModal } from '../components/membership-form-modal';

const pageSize = 25;

type Dialog = { kind: 'add' } | { kind: 'edit'; member: Member } | null;

export function EcosystemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const ecosystem = useEcosystem(id);

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to="/ecosystems">
          {t('ecosystems.title')}
        </Anchor>
      </Breadcrumbs>
      <QueryState query={ecosystem}>{(data) => <EcosystemView ecosystem={data} />}</QueryState>
    </Stack>
  );
}

function EcosystemView({ ecosystem }: { ecosystem: EcosystemDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const { values, page, update, setPage } = useSearchState(['q', 'status', 'country', 'directionId', 'residentType', 'periodFrom', 'periodTo', 'sort'] as const);
  const members = useMembers(ecosystem.id, { ...values, page, pageSize } as MembersQuery);
  const [dialog, setDialog] = useState<Dialog>(null);
  // A park is known by its short name; the full legal name follows in smaller type.
  const name = localized(ecosystem.shortName) || localized(ecosystem.name);
  const fullName = localized(ecosystem.name);
  const otherNames = languages.filter((l) => l !== language && ecosystem.name[l] && ecosystem.name[l] !== fullName);
  const canManage = ecosystem.canManageMemberships;

  return (
    <Stack gap="lg">
      <div>
        <PageTitle>{name}</PageTitle>
        {fullName !== name && <Text mt={-8}>{fullName}</Text>}
        <Group gap="xs" wrap="wrap">
          <Text c="dimmed">
            {t(`enums.organizationKind.${ecosystem.kind}`)} · {countryName(ecosystem.country, language)}
          </Text>
          <Anchor component={Link} to={`/organizations/${ecosystem.id}`} size="sm">
            {t('ecosystems.profile')}
          </Anchor>
        </Group>
        {otherNames.length > 0 && (
          <Text size="sm" c="dimmed" aria-label={t('ecosystems.otherNames')}>
            {otherNames.map((l) => ecosystem.name[l]).join(' · ')}
          </Text>
        )}
      </div>
      <EcosystemStatCards stats={ecosystem.stats} />
      <EcosystemCharts stats={ecosystem.stats} />
      <Stack gap="xs" component="section" aria-labelledby="ecosystem-members-title">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="ecosystem-members-title">
            {t('ecosystems.members')}
          </Title>
          <Group gap="xs">
            <MembersExportMenu ecosystemId={ecosystem.id} filters={values} />
            {canManage && (<>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
                {t('ecosystems.addMember')}
              </Button>
              <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} component={Link} to={`/imports?ecosystemId=${ecosystem.id}`}>
                {t('imports.new')}
              </Button>
            </>)}
          </Group>
        </Group>
        <MemberFilters values={values} countries={ecosystem.stats.byCountry.map((item) => item.key)} onChange={(filters) => update(filters)} />
        <QueryState query={members}>
          {(data) => (
            <>
              <MembersTable members={data.items} sort={values.sort} onSort={(sort) => update({ sort })} onEdit={canManage ? (member) => setDialog({ kind: 'edit', member }) : undefined} />
              {data.items.length === 0 && <Text mt="md">{t('common.empty')}</Text>}
              <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
            </>
          )}
        </QueryState>
      </Stack>
      {dialog?.kind === 'add' && <MembershipFormModal ecosystemId={ecosystem.id} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <MembershipFormModal ecosystemId={ecosystem.id} member={dialog.member} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
