import { MultiSelect, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { useLocalized } from '../../../lib/use-language';
import { useUpdateBasics } from '../api/passport-edit-api';
import { useAgreementChoices, useProjectPeopleOptions } from '../api/people-and-links-options';
import { useDirectionOptions, useEcosystemOptions } from '../api/overview-filter-options';
import { SectionEditor } from './section-editor';

type Draft = {
  curatorUserId: string | null; managerUserId: string | null; administratorPersonId: string | null;
  directionIds: string[]; ecosystemIds: string[]; agreementIds: string[];
};
type Option = { value: string; label: string };

/** Options with the current choices kept first, even when the server's list no longer offers them. */
const withCurrent = (options: Option[], current: Option[]) => [...current.filter((c) => !options.some((o) => o.value === c.value)), ...options];

function Fields({ project, draft, set }: { project: Project; draft: Draft; set: (update: (d: Draft) => Draft) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const [agreementSearch, setAgreementSearch] = useState('');
  const people = useProjectPeopleOptions(project.id, true).data;
  const directions = useDirectionOptions().data?.items ?? [];
  const ecosystems = useEcosystemOptions().data?.items ?? [];
  const agreements = useAgreementChoices(agreementSearch.trim(), true).data?.items ?? [];
  const userOptions = withCurrent(
    (people?.users ?? []).map((u) => ({ value: u.id, label: u.fullName })),
    [project.curator, project.manager].filter((u) => u !== null).map((u) => ({ value: u.id, label: u.fullName })),
  );
  const contactOptions = withCurrent(
    (people?.contacts ?? []).map((c) => ({ value: c.id, label: [localized(c.fullName), localized(c.position)].filter(Boolean).join(', ') })),
    project.administrator ? [{ value: project.administrator.id, label: localized(project.administrator.fullName) }] : [],
  );
  const agreementLabel = (a: { number: string | null; title: Project['agreements'][number]['title'] }) => `${a.number ? `${a.number} · ` : ''}${localized(a.title)}`;
  const agreementOptions = withCurrent(agreements.map((a) => ({ value: a.id, label: agreementLabel(a) })), project.agreements.map((a) => ({ value: a.id, label: agreementLabel(a) })));
  const person = (key: 'curatorUserId' | 'managerUserId' | 'administratorPersonId', label: string, data: Option[], description?: string) => (
    <Select
      label={label} description={description} placeholder={t('portfolioPeople.none')} data={data} value={draft[key]} searchable clearable
      nothingFoundMessage={key === 'administratorPersonId' ? t('portfolioPeople.noContacts') : undefined}
      onChange={(value) => set((d) => ({ ...d, [key]: value }))} comboboxProps={{ withinPortal: true }} data-testid={`people-${key}`}
    />
  );
  return (
    <>
      {person('curatorUserId', t('portfolioPeople.curator'), userOptions)}
      {person('managerUserId', t('portfolioPeople.manager'), userOptions, t('portfolioPeople.managerHint'))}
      {person('administratorPersonId', t('portfolioPeople.administrator'), contactOptions, t('portfolioPeople.administratorHint'))}
      <MultiSelect
        label={t('portfolioPeople.directions')} searchable value={draft.directionIds} data-testid="people-directionIds" comboboxProps={{ withinPortal: true }}
        data={directions.map((d) => ({ value: d.id, label: localized(d.label) }))} onChange={(value) => set((d) => ({ ...d, directionIds: value }))}
      />
      <MultiSelect
        label={t('portfolioPeople.ecosystems')} searchable value={draft.ecosystemIds} data-testid="people-ecosystemIds" comboboxProps={{ withinPortal: true }}
        data={withCurrent(ecosystems.map((e) => ({ value: e.id, label: localized(e.name) })), project.ecosystems.map((e) => ({ value: e.id, label: localized(e.name) })))}
        onChange={(value) => set((d) => ({ ...d, ecosystemIds: value }))}
      />
      <MultiSelect
        label={t('portfolioPeople.agreements')} description={t('portfolioPeople.agreementsHint')} searchable value={draft.agreementIds} data-testid="people-agreementIds"
        comboboxProps={{ withinPortal: true }} searchValue={agreementSearch} onSearchChange={setAgreementSearch} filter={({ options }) => options}
        data={agreementOptions} onChange={(value) => set((d) => ({ ...d, agreementIds: value }))}
      />
    </>
  );
}

/**
 * The passport's people and links after registration: curator, manager and administrator, the
 * directions, the partner ecosystems and the agreements the project implements. Sent as one PATCH of
 * the basics; the server checks every reference and who may change the curator and the ecosystems.
 */
export function PeopleAndLinksEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const update = useUpdateBasics(project.id);
  return (
    <SectionEditor<Draft, Parameters<typeof update.mutateAsync>[0]>
      section={t('portfolioPeople.section')}
      buttonLabel={t('portfolioPeople.button')}
      mutation={update}
      start={() => ({
        curatorUserId: project.curator?.id ?? null, managerUserId: project.manager?.id ?? null, administratorPersonId: project.administrator?.id ?? null,
        directionIds: project.directions.map((d) => d.id), ecosystemIds: project.ecosystems.map((e) => e.id), agreementIds: project.agreements.map((a) => a.id),
      })}
      toInput={(draft) => draft}
    >
      {(draft, set) => <Fields project={project} draft={draft} set={set} />}
    </SectionEditor>
  );
}
