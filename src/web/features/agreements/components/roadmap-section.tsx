import { Anchor, Button, Group, SegmentedControl, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconCircle, IconClockExclamation, IconDownload, IconMessage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agreement, Obligation } from '../../../../shared/contracts/agreements';
import { AddObligationForm } from './add-obligation-form';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { documentUrl, useDocuments } from '../api/list-documents';
import { useObligations } from '../api/list-obligations';
import { ObligationCommentsModal } from './obligation-comments-modal';
import { ObligationStatusBadge } from './obligation-status-badge';
import { ReportObligationModal } from './report-obligation-modal';

/** The roadmap as a table (with actions) or as a timeline of due dates, and its XLSX export. */
export function RoadmapSection({ agreement }: { agreement: Agreement }) {
  const agreementId = agreement.id;
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const obligations = useObligations(agreementId);
  const documents = useDocuments(agreementId);
  const [view, setView] = useState<'table' | 'timeline'>('table');
  const [reporting, setReporting] = useState<Obligation | null>(null);
  const [commenting, setCommenting] = useState<Obligation | null>(null);
  const partyName = (o: Obligation) => (o.responsibleOrganization ? localized(o.responsibleOrganization.shortName) || localized(o.responsibleOrganization.name) : '—');
  const due = (o: Obligation) => (o.startsOn ? t('agreements.roadmap.period', { from: formatDate(o.startsOn, language), to: formatDate(o.dueOn, language) }) : formatDate(o.dueOn, language));
  const evidence = (o: Obligation) => {
    const version = documents.data?.items.find((d) => d.id === o.evidenceDocumentId)?.versions[0];
    return (
      <Stack gap={2}>
        {o.doneOn && <Text size="xs">{t('agreements.roadmap.doneMark', { date: formatDate(o.doneOn, language) })}</Text>}
        {o.evidenceUrl && <Anchor href={o.evidenceUrl} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>{o.evidenceUrl}</Anchor>}
        {o.evidenceNote && <Text size="sm">{o.evidenceNote}</Text>}
        {o.evidenceDocumentId && version && <Anchor href={documentUrl(agreementId, o.evidenceDocumentId, version.version)} size="sm">{version.fileName}</Anchor>}
      </Stack>
    );
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="roadmap-heading">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h4" id="roadmap-heading">{t('agreements.roadmap.title')}</Title>
        <Group gap="sm">
          <SegmentedControl
            aria-label={t('agreements.roadmap.title')}
            value={view}
            onChange={(value) => setView(value as 'table' | 'timeline')}
            data={[{ value: 'table', label: t('agreements.roadmap.table') }, { value: 'timeline', label: t('agreements.roadmap.timeline') }]}
          />
          <Button component="a" href={`/api/agreements/${agreementId}/obligations/export?format=xlsx`} variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
            {t('agreements.exportRoadmap')}
          </Button>
        </Group>
      </Group>
      <QueryState query={obligations}>
        {(data) => data.items.length === 0 ? <Text size="sm" c="dimmed">{t('agreements.roadmap.empty')}</Text> : view === 'table' ? (
          <ScrollTable label={`${t('agreements.roadmap.title')}: ${t('agreements.roadmap.table')}`} minWidth={820}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.roadmap.text')}</Table.Th>
                <Table.Th>{t('agreements.roadmap.responsible')}</Table.Th>
                <Table.Th>{t('agreements.roadmap.due')}</Table.Th>
                <Table.Th>{t('agreements.roadmap.status')}</Table.Th>
                <Table.Th>{t('agreements.roadmap.evidence')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((o) => (
                <Table.Tr key={o.id}>
                  <Table.Td>{localized(o.text)}</Table.Td>
                  <Table.Td>{partyName(o)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{due(o)}</Table.Td>
                  <Table.Td><ObligationStatusBadge status={o.status} /></Table.Td>
                  <Table.Td>{evidence(o)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {o.canReport && o.storedStatus !== 'done' && o.storedStatus !== 'cancelled' && (
                        <Button size="xs" variant="light" onClick={() => setReporting(o)} aria-label={t('agreements.roadmap.report', { text: localized(o.text) })}>
                          {t('agreements.roadmap.markDone')}
                        </Button>
                      )}
                      <Button size="xs" variant="subtle" leftSection={<IconMessage size={14} aria-hidden />} onClick={() => setCommenting(o)}>
                        {t('agreements.roadmap.comments', { count: o.comments.length })}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        ) : (
          <Timeline bulletSize={24} lineWidth={2} active={data.items.filter((o) => o.status === 'done').length - 1}>
            {[...data.items].sort((a, b) => a.dueOn.localeCompare(b.dueOn)).map((o) => (
              <Timeline.Item
                key={o.id}
                bullet={o.status === 'done' ? <IconCheck size={14} aria-hidden /> : o.status === 'overdue' ? <IconClockExclamation size={14} aria-hidden /> : <IconCircle size={10} aria-hidden />}
                color={o.status === 'done' ? 'teal.9' : o.status === 'overdue' ? 'red.9' : 'gray.7'}
                title={<Text size="sm" fw={600}>{due(o)}</Text>}
              >
                <Text size="sm">{localized(o.text)}</Text>
                <Group gap="xs" mt={4}>
                  <ObligationStatusBadge status={o.status} />
                  <Text size="xs" c="dimmed">{partyName(o)}</Text>
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        )}
      </QueryState>
      {obligations.data?.permissions.manage && <AddObligationForm agreement={agreement} />}
      <ReportObligationModal agreementId={agreementId} obligation={reporting} onClose={() => setReporting(null)} />
      <ObligationCommentsModal agreementId={agreementId} obligation={commenting} canComment={obligations.data?.permissions.contribute ?? false} onClose={() => setCommenting(null)} />
    </Stack>
  );
}
