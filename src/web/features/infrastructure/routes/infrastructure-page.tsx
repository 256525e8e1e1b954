import { Anchor, Button, Select, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CurrentUser } from '../../../../shared/contracts/auth';
import { investorRequestStatuses } from '../../../../shared/infrastructure';
import { AppModal } from '../../../components/ui/app-modal';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { hasAnyRole } from '../../../app/roles';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useCurrentUser } from '../api/get-current-user';
import { useOccupancy } from '../api/get-occupancy';
import { useInvestorRequests } from '../api/investor-requests';
import { useEcosystems } from '../api/list-ecosystems';
import { useInfrastructureList } from '../api/list-infrastructure';
import { InfrastructureMap } from '../components/infrastructure-map';
import { InfrastructureTable } from '../components/infrastructure-table';
import { ObjectForm } from '../components/object-form';
import { OccupancyChart } from '../components/occupancy-chart';
import { RequestStatusBadge } from '../components/status-badge';

const tabs = ['objects', 'requests', 'occupancy'] as const;
type Tab = (typeof tabs)[number];
const objectLink = (id: string) => `/infrastructure/objects/${id}`;

/** The ecosystems whose infrastructure the user manages: all for the center, their own for a park manager. */
function useManagedEcosystems(user: CurrentUser | null | undefined) {
  const all = useEcosystems().data?.items ?? [];
  if (hasAnyRole(user, ['admin', 'coordinator'])) return all;
  const own = new Set(user?.roles.filter((r) => r.role === 'park_manager').map((r) => r.scopeOrganizationId));
  return all.filter((e) => own.has(e.id));
}

function ObjectsTab({ ecosystems }: { ecosystems: ReturnType<typeof useManagedEcosystems> }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  // A park manager's list: their parks' objects, occupied ones included; the center sees all.
  const ecosystemId = ecosystems.length === 1 ? ecosystems[0]!.id : undefined;
  const objects = useInfrastructureList({ ecosystemId, page, pageSize: 100, sort: 'name' });
  return (
    <Stack gap="md">
      {ecosystems.length > 0 && <Button w="fit-content" onClick={() => setCreating(true)}>{t('infrastructure.newObject')}</Button>}
      <QueryState query={objects}>
        {(data) => (
          <>
            {data.items.length > 0 && <InfrastructureMap objects={data.items} linkTo={objectLink} />}
            <InfrastructureTable objects={data.items} linkTo={objectLink} />
            {data.items.length === 0 && <Text>{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      <AppModal opened={creating} onClose={() => setCreating(false)} title={t('infrastructure.newObject')} size="xl">
        <ObjectForm ecosystems={ecosystems} onSaved={() => setCreating(false)} />
      </AppModal>
    </Stack>
  );
}

function RequestsTab() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<string | null>(null);
  const requests = useInvestorRequests({ page, pageSize: 25, status: status ?? undefined });
  return (
    <Stack gap="md">
      <Select label={t('investorRequest.statusFilter')} placeholder={t('investorRequest.anyStatus')} clearable w={260} value={status} onChange={setStatus}
        data={investorRequestStatuses.map((s) => ({ value: s, label: t(`infrastructure.requestStatuses.${s}`) }))} />
      <QueryState query={requests}>
        {(data) => (
          <>
            <ScrollTable label={t('investorRequest.list')} minWidth={640}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('investorRequest.received')}</Table.Th>
                  <Table.Th>{t('investorRequest.contact')}</Table.Th>
                  <Table.Th>{t('infrastructure.ecosystem')}</Table.Th>
                  <Table.Th>{t('investorRequest.wanted')}</Table.Th>
                  <Table.Th>{t('infrastructure.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((request) => (
                  <Table.Tr key={request.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/infrastructure/requests/${request.id}`}>{formatDate(request.createdAt.slice(0, 10), language)}</Anchor>
                    </Table.Td>
                    <Table.Td>{request.contactName ?? `[${t('investorRequest.erasedContact')}]`}{request.companyName ? `, ${request.companyName}` : ''}</Table.Td>
                    <Table.Td>{localized(request.ecosystem.name)}</Table.Td>
                    <Table.Td>{request.wantedType ? t(`infrastructure.types.${request.wantedType}`) : t('common.none')}</Table.Td>
                    <Table.Td><RequestStatusBadge status={request.status} /></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {data.items.length === 0 && <Text>{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </Stack>
  );
}

function OccupancyTab({ ecosystems }: { ecosystems: ReturnType<typeof useManagedEcosystems> }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [chosen, setChosen] = useState<string | null>(null);
  const ecosystemId = chosen ?? ecosystems[0]?.id ?? null;
  const occupancy = useOccupancy(ecosystemId);
  return (
    <Stack gap="md">
      <Select label={t('infrastructure.occupancyEcosystem')} w={320} value={ecosystemId} onChange={setChosen} allowDeselect={false}
        data={ecosystems.map((e) => ({ value: e.id, label: localized(e.shortName) || localized(e.name) }))} />
      <Text fw={500}>{t('infrastructure.occupancyTitle')}</Text>
      {ecosystemId && <QueryState query={occupancy}>{(data) => <OccupancyChart occupancy={data} />}</QueryState>}
    </Stack>
  );
}

/** The parks' side: their objects (with a map), investors' requests, occupancy over time. */
export function InfrastructurePage() {
  const { t } = useTranslation();
  const user = useCurrentUser().data?.user;
  const ecosystems = useManagedEcosystems(user);
  const [params, setParams] = useSearchParams();
  const tab: Tab = tabs.find((value) => value === params.get('tab')) ?? 'objects';
  return (
    <>
      <PageTitle>{t('infrastructure.manage')}</PageTitle>
      <Text mb="md">{t('infrastructure.manageLead')}</Text>
      <Tabs value={tab} onChange={(value) => setParams(value && value !== 'objects' ? { tab: value } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="objects">{t('infrastructure.objects')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('infrastructure.requests')}</Tabs.Tab>
          {ecosystems.length > 0 && <Tabs.Tab value="occupancy">{t('infrastructure.occupancy')}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="objects"><ObjectsTab ecosystems={ecosystems} /></Tabs.Panel>
        <Tabs.Panel value="requests"><RequestsTab /></Tabs.Panel>
        <Tabs.Panel value="occupancy"><OccupancyTab ecosystems={ecosystems} /></Tabs.Panel>
      </Tabs>
    </>
  );
}
