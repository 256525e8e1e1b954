import { Badge, Group, Select, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import type { budgetSources, ProjectStage, resultKinds, riskStatuses } from '../../../../shared/portfolio';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate, formatDateTime, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { usePassportVersions, useProjectIndicators } from '../api/passport-edit-api';
import { comparedSections, diffPassports, show, type DiffRow } from '../lib/passport-diff';

/** The live passport in the shape the server keeps its versions in. */
function snapshotOf(project: Project): Record<string, unknown> {
  const { can: _can, health: _health, ...rest } = project;
  return { ...rest, controlPoints: rest.controlPoints.map(({ status: _s, critical: _c, ...point }) => point) };
}

/** Values as a reader expects them: dates and money localized, stages and sources in words. */
function useFormat() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const indicators = useProjectIndicators();
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (typeof value === 'string' && /On$/.test(field)) return formatDate(value, language);
    if (typeof value === 'number' && field.endsWith('Rub')) return formatRubles(value, language);
    if (field === 'stage') return t(`portfolio.stages.${String(value) as ProjectStage}`);
    if (field === 'kind') return t(`portfolioForms.resultKinds.${String(value) as (typeof resultKinds)[number]}`);
    if (field === 'source') return t(`portfolio.sources.${String(value) as (typeof budgetSources)[number]}`);
    if (field === 'status') return t(`portfolioForms.riskStatuses.${String(value) as (typeof riskStatuses)[number]}`);
    if (field === 'valuesByYear' && typeof value === 'object') return Object.entries(value).map(([year, v]) => `${year}: ${String(v)}`).join('; ') || '—';
    if (field === 'influence' && Array.isArray(value)) {
      return value.map((i: { indicatorId: string; percent: number }) => `${indicators.data?.items.find((x) => x.id === i.indicatorId)?.code ?? i.indicatorId.slice(0, 8)}: ${i.percent}%`).join('; ') || '—';
    }
    return show(value, localized);
  };
}

function SectionDiff({ section, rows, left, right }: { section: string; rows: DiffRow[]; left: string; right: string }) {
  const { t } = useTranslation();
  const withItems = rows.some((r) => r.item);
  const fieldName = (field: string) => t(`portfolioForms.versions.fieldNames.${field as 'code'}`, { defaultValue: field });
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">{section}</Title>
      <ScrollTable label={t('portfolioForms.versions.table', { section })} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            {withItems && <Table.Th>{t('portfolioForms.versions.item')}</Table.Th>}
            <Table.Th>{t('portfolioForms.versions.field')}</Table.Th>
            <Table.Th>{left}</Table.Th>
            <Table.Th>{right}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.item}/${r.field}`} data-changed={r.changed || undefined} bg={r.changed ? '#fff3bf' : undefined}>
              {withItems && <Table.Td>{r.item}</Table.Td>}
              <Table.Td>
                {fieldName(r.field)}
                {r.changed && <Badge ml={6} size="xs" variant="outline" color="#7a3d00" tt="none">{t('portfolioForms.versions.changed')}</Badge>}
              </Table.Td>
              <Table.Td>{r.left}</Table.Td>
              <Table.Td fw={r.changed ? 700 : undefined}>{r.right}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}

/** Two versions of the passport side by side, section by section, the changed values highlighted. */
export function VersionCompare({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const versions = usePassportVersions(project.id);
  const format = useFormat();
  const [left, setLeft] = useState<string | null>(null);
  const [right, setRight] = useState<string>('current');
  const [onlyChanged, setOnlyChanged] = useState(true);
  const current = useMemo(() => snapshotOf(project), [project]);
  return (
    <QueryState query={versions}>
      {(data) => {
        if (data.items.length === 0) return <Text>{t('portfolioForms.versions.none')}</Text>;
        const options = [
          { value: 'current', label: t('portfolioForms.versions.current', { version: data.current }) },
          ...data.items.map((v) => ({ value: String(v.version), label: t('portfolioForms.versions.option', { version: v.version, date: formatDateTime(v.createdAt, language) }) })),
        ];
        const passportOf = (value: string | null) => (value === 'current' ? current : data.items.find((v) => String(v.version) === value)?.passport ?? null);
        const leftValue = left ?? String(data.items[0]!.version);
        const labelOf = (value: string) => options.find((o) => o.value === value)?.label ?? value;
        const rows = diffPassports(passportOf(leftValue), passportOf(right), format, (item) => localized(item.organizationName as Parameters<typeof localized>[0]));
        const changed = rows.filter((r) => r.changed).length;
        return (
          <Stack gap="sm" data-testid="version-compare">
            <Group gap="sm" align="flex-end" wrap="wrap">
              <Select label={t('portfolioForms.versions.left')} data={options} value={leftValue} allowDeselect={false} onChange={(v) => setLeft(v)} w={320} />
              <Select label={t('portfolioForms.versions.right')} data={options} value={right} allowDeselect={false} onChange={(v) => setRight(v ?? 'current')} w={320} />
              <Switch label={t('portfolioForms.versions.onlyChanged')} checked={onlyChanged} onChange={(e) => setOnlyChanged(e.currentTarget.checked)} />
            </Group>
            <Text size="sm" fw={600} data-testid="changed-count">{t('portfolioForms.versions.summary', { count: changed })}</Text>
            {comparedSections.map((section) => {
              const shown = rows.filter((r) => r.section === section && (!onlyChanged || r.changed));
              if (shown.length === 0) return null;
              return <SectionDiff key={section} section={t(`portfolioForms.versions.sectionNames.${section}`)} rows={shown} left={labelOf(leftValue)} right={labelOf(right)} />;
            })}
            {changed === 0 && onlyChanged && <Text size="sm">{t('portfolioForms.versions.noChanges')}</Text>}
          </Stack>
        );
      }}
    </QueryState>
  );
}
