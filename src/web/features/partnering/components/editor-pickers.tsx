import { MultiSelect, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../../shared/contracts/registry';
import { useCurrentUser } from '../api/partnering';
import { useOrganizationSearch } from '../../../lib/use-organization-search';
import { useDirectionOptions, useEcosystemOptions, useOrganizationsById } from '../api/profile-editor';
import { useLocalized } from '../../../lib/use-language';

/** Top-level directions become groups holding themselves and their children, so both can be chosen. */
function grouped(items: Direction[], label: (d: Direction) => string) {
  const children = new Map<string, Direction[]>();
  for (const d of items) if (d.parentId) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d]);
  const known = new Set(items.map((d) => d.id));
  const byLabel = (a: Direction, b: Direction) => label(a).localeCompare(label(b));
  return items.filter((d) => !d.parentId || !known.has(d.parentId)).sort(byLabel)
    .map((root) => ({ group: label(root), items: [root, ...(children.get(root.id) ?? []).sort(byLabel)].map((d) => ({ value: d.id, label: label(d) })) }));
}

export function DirectionsField({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const directions = useDirectionOptions();
  return (
    <MultiSelect label={t('partneringWork.fields.directionIds')} description={t('partneringWork.editor.directionsHint')} required searchable clearable hidePickedOptions maxValues={10}
      data={grouped(directions.data?.items ?? [], (d) => localized(d.label))} value={value} onChange={onChange} nothingFoundMessage={t('common.empty')} />
  );
}

export function EcosystemsField({ value, onChange }: { value: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const ecosystems = useEcosystemOptions();
  return (
    <MultiSelect label={t('partneringWork.fields.targetEcosystemIds')} searchable clearable value={value} onChange={onChange}
      data={(ecosystems.data?.items ?? []).map((e) => ({ value: e.id, label: localized(e.name) }))} nothingFoundMessage={t('common.empty')} />
  );
}

/**
 * Whose profile it is: the organizations the caller's roles name; the center (no such role) finds
 * any organization by name.
 */
export function OrganizationField({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const user = useCurrentUser();
  const scoped = [...new Set((user.data?.user?.roles ?? []).map((r) => r.scopeOrganizationId).filter((id): id is string => !!id))];
  const own = useOrganizationsById(scoped).flatMap((q) => (q.data ? [{ value: q.data.id, label: localized(q.data.name) }] : []));
  const [search, setSearch] = useState('');
  const found = useOrganizationSearch(search, { minLength: 2 }).data?.items.map((o) => ({ value: o.id, label: localized(o.name) })) ?? [];
  const options = [...own, ...found.filter((o) => !own.some((x) => x.value === o.value))];
  return (
    <Select label={t('partneringWork.fields.organizationId')} required searchable value={value} onChange={onChange} onSearchChange={setSearch}
      data={options} nothingFoundMessage={t('partneringWork.editor.typeToFind')} />
  );
}
