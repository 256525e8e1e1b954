import { Button, Group, NumberInput, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { stageTransitions, type ProjectStage } from '../../../../shared/portfolio';
import { AppModal } from '../../../components/ui/app-modal';
import { notify } from '../../../components/ui/notify';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { usePassStage, useUpdateBasics } from '../api/passport-edit-api';
import { DateField, textIn, withText } from './edit-fields';
import { PassportError } from './passport-error';
import { ItemsEditor, SectionEditor } from './section-editor';
import { OrganizationSelect } from '../../../components/domain/organization-select';

/** Names, goal, dates and national goals. */
export function BasicsEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const update = useUpdateBasics(project.id);
  type Draft = { shortName: string; fullName: string; goal: string; startsOn: string | null; endsOn: string | null; nationalGoals: string };
  return (
    <SectionEditor<Draft, Parameters<typeof update.mutateAsync>[0]>
      section={t('portfolio.sections.basics')}
      mutation={update}
      start={() => ({
        shortName: textIn(project.shortName, language), fullName: textIn(project.fullName, language), goal: textIn(project.goal, language),
        startsOn: project.startsOn, endsOn: project.endsOn, nationalGoals: project.nationalGoals.join('\n'),
      })}
      toInput={(d) => ({
        shortName: withText(project.shortName, language, d.shortName), fullName: withText(project.fullName, language, d.fullName), goal: withText(project.goal, language, d.goal),
        startsOn: d.startsOn ?? '', endsOn: d.endsOn ?? '', nationalGoals: d.nationalGoals.split('\n').map((g) => g.trim()).filter(Boolean),
      })}
    >
      {(d, set) => (
        <>
          <TextInput label={t('portfolioForms.fields.shortName')} required value={d.shortName} onChange={(e) => { const v = e.currentTarget.value; set((x) => ({ ...x, shortName: v })); }} />
          <Textarea label={t('portfolioForms.fields.fullName')} required autosize minRows={2} value={d.fullName} onChange={(e) => { const v = e.currentTarget.value; set((x) => ({ ...x, fullName: v })); }} />
          <Textarea label={t('portfolioForms.fields.goal')} autosize minRows={2} value={d.goal} onChange={(e) => { const v = e.currentTarget.value; set((x) => ({ ...x, goal: v })); }} />
          <Group gap="sm">
            <DateField label={t('portfolioForms.fields.startsOn')} required value={d.startsOn} onChange={(v) => set((x) => ({ ...x, startsOn: v }))} />
            <DateField label={t('portfolioForms.fields.endsOn')} required value={d.endsOn} onChange={(v) => set((x) => ({ ...x, endsOn: v }))} />
          </Group>
          <Textarea label={t('portfolioForms.fields.nationalGoals')} autosize minRows={2} value={d.nationalGoals} onChange={(e) => { const v = e.currentTarget.value; set((x) => ({ ...x, nationalGoals: v })); }} />
        </>
      )}
    </SectionEditor>
  );
}

type ParticipantDraft = { organizationId: string | null; organizationName: string; personId: string | null; role: string; workloadPercent: number | null };

/** Participating organizations with their role and workload. */
export function ParticipantsEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const update = useUpdateBasics(project.id);
  return (
    <SectionEditor<ParticipantDraft[], Parameters<typeof update.mutateAsync>[0]>
      section={t('portfolio.sections.roles')}
      mutation={update}
      start={() => project.participants.map((p) => ({ organizationId: p.organizationId, organizationName: localized(p.organizationName), personId: p.personId, role: p.role, workloadPercent: p.workloadPercent }))}
      toInput={(items) => ({ participants: items.map((p) => ({ organizationId: p.organizationId ?? '', personId: p.personId, role: p.role, workloadPercent: p.workloadPercent })) })}
    >
      {(items, set) => (
        <ItemsEditor
          items={items} onChange={(next) => set(() => next)} nameOf={(p, i) => p.organizationName || t('portfolioForms.itemNumber', { n: i + 1 })}
          blank={() => ({ organizationId: null, organizationName: '', personId: null, role: '', workloadPercent: null })}
        >
          {(p, patch) => (
            <Group gap="sm" align="flex-end">
              <OrganizationSelect label={t('portfolioForms.fields.organization')} required value={p.organizationId} chosenName={p.organizationName} onChange={(organizationId, organizationName) => patch({ organizationId, organizationName })} />
              <TextInput label={t('portfolioForms.fields.role')} required value={p.role} onChange={(e) => patch({ role: e.currentTarget.value })} w={220} />
              <NumberInput label={t('portfolioForms.fields.workload')} value={p.workloadPercent ?? ''} min={0} max={100} w={130} onChange={(v) => patch({ workloadPercent: v === '' ? null : Number(v) })} />
            </Group>
          )}
        </ItemsEditor>
      )}
    </SectionEditor>
  );
}

/** The stage gate: the next stages the lifecycle allows, with the decision's grounds. */
export function StageGateControl({ project }: { project: Project }) {
  const { t } = useTranslation();
  const pass = usePassStage(project.id);
  const [opened, setOpened] = useState(false);
  const allowed = stageTransitions[project.stage];
  const [stage, setStage] = useState<ProjectStage | null>(null);
  const [comment, setComment] = useState('');
  const open = () => { pass.reset(); setStage(allowed[0] ?? null); setComment(''); setOpened(true); };
  const submit = () => {
    if (!stage) return;
    pass.mutate({ stage, comment }, { onSuccess: () => { notify(t('portfolioForms.stage.passed')); setOpened(false); } });
  };
  return (
    <>
      <Button size="xs" variant="light" onClick={open}>{t('portfolioForms.stage.change')}</Button>
      <AppModal opened={opened} onClose={() => setOpened(false)} title={t('portfolioForms.stage.title')}>
        <Stack component="form" gap="sm" onSubmit={(e) => { e.preventDefault(); submit(); }}>
          {allowed.length === 0 ? <Text>{t('portfolioForms.stage.none')}</Text> : (
            <Select
              label={t('portfolioForms.stage.next')} value={stage} allowDeselect={false} onChange={(v) => setStage(v as ProjectStage)}
              data={allowed.map((s) => ({ value: s, label: t(`portfolio.stages.${s}`) }))}
            />
          )}
          <Textarea label={t('portfolioForms.stage.comment')} autosize minRows={2} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
          {pass.error && <PassportError error={pass.error} />}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setOpened(false)}>{t('portfolioForms.cancel')}</Button>
            <Button type="submit" disabled={!stage} loading={pass.isPending}>{t('portfolioForms.stage.pass')}</Button>
          </Group>
        </Stack>
      </AppModal>
    </>
  );
}
