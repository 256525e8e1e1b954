import { Button, Group, MultiSelect, NumberInput, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LocalizedTextDto as LocalizedText } from '../../../../shared/contracts/common';
import type { Project } from '../../../../shared/contracts/portfolio';
import { budgetSources, resultKinds, riskStatuses } from '../../../../shared/portfolio';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProjectIndicators, useReplaceSection } from '../api/passport-edit-api';
import { AmountField, blankText, DateField, textIn, withText } from './edit-fields';
import { ItemsEditor, SectionEditor } from './section-editor';

type Result = Project['results'][number];
type ResultDraft = Omit<Result, 'valuesByYear'> & { values: { year: number | null; value: number | null }[] };

/** Results with their values per year and their influence on the project's indicators. */
export function ResultsEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const replace = useReplaceSection(project.id, 'results');
  const indicators = useProjectIndicators();
  const indicatorOptions = (indicators.data?.items ?? []).map((i) => ({ value: i.id, label: `${i.code} · ${localized(i.name)}` }));
  return (
    <SectionEditor<ResultDraft[], Parameters<typeof replace.mutateAsync>[0]>
      section={t('portfolioForms.sections.results')}
      mutation={replace}
      start={() => project.results.map(({ valuesByYear, ...r }) => ({ ...r, values: Object.entries(valuesByYear).map(([year, value]) => ({ year: Number(year), value })) }))}
      toInput={(items) => ({
        items: items.map(({ values, ...r }) => ({ ...r, valuesByYear: Object.fromEntries(values.filter((v) => v.year !== null && v.value !== null).map((v) => [String(v.year), v.value!])) })),
      })}
    >
      {(items, set) => (
        <ItemsEditor
          items={items} onChange={(next) => set(() => next)} nameOf={(r, i) => r.key || t('portfolioForms.itemNumber', { n: i + 1 })}
          blank={() => ({ key: `R${items.length + 1}`, name: blankText(), kind: 'product' as const, dueOn: project.endsOn, responsible: null, values: [], influence: [] })}
        >
          {(r, patch) => (
            <>
              <Group gap="sm" align="flex-end">
                <TextInput label={t('portfolioForms.fields.key')} required value={r.key} w={100} onChange={(e) => patch({ key: e.currentTarget.value })} />
                <TextInput label={t('portfolioForms.fields.name')} required value={textIn(r.name, language)} style={{ flex: 1, minWidth: 220 }} onChange={(e) => patch({ name: withText(r.name, language, e.currentTarget.value) })} />
                <Select label={t('portfolioForms.fields.kind')} value={r.kind} allowDeselect={false} w={170} data={resultKinds.map((k) => ({ value: k, label: t(`portfolioForms.resultKinds.${k}`) }))} onChange={(v) => patch({ kind: (v ?? 'product') as Result['kind'] })} />
                <DateField label={t('portfolioForms.fields.dueOn')} required value={r.dueOn} onChange={(v) => patch({ dueOn: v ?? '' })} />
                <TextInput label={t('portfolioForms.fields.responsible')} value={r.responsible ?? ''} w={200} onChange={(e) => patch({ responsible: e.currentTarget.value || null })} />
              </Group>
              <Text size="sm" fw={600}>{t('portfolioForms.fields.valuesByYear')}</Text>
              {r.values.map((v, i) => (
                <Group key={i} gap="sm" align="flex-end">
                  <AmountField label={t('portfolioForms.fields.valueYear')} value={v.year} min={2000} max={2100} w={120} onChange={(year) => patch({ values: r.values.map((x, j) => (j === i ? { ...x, year } : x)) })} />
                  <AmountField label={t('portfolioForms.fields.value')} value={v.value} onChange={(value) => patch({ values: r.values.map((x, j) => (j === i ? { ...x, value } : x)) })} />
                  <Button size="xs" variant="subtle" color="red.9" onClick={() => patch({ values: r.values.filter((_, j) => j !== i) })}>{t('portfolioForms.remove')}</Button>
                </Group>
              ))}
              <Button size="xs" variant="subtle" w="fit-content" onClick={() => patch({ values: [...r.values, { year: null, value: null }] })}>{t('portfolioForms.addValue')}</Button>
              <Text size="sm" fw={600}>{t('portfolioForms.fields.influence')}</Text>
              {r.influence.map((inf, i) => (
                <Group key={i} gap="sm" align="flex-end">
                  <Select label={t('portfolioForms.fields.indicator')} value={inf.indicatorId} searchable w={360} data={indicatorOptions} onChange={(id) => patch({ influence: r.influence.map((x, j) => (j === i ? { ...x, indicatorId: id ?? '' } : x)) })} />
                  <NumberInput label={t('portfolioForms.fields.percent')} value={inf.percent} min={0} max={100} w={150} onChange={(p) => patch({ influence: r.influence.map((x, j) => (j === i ? { ...x, percent: Number(p) } : x)) })} />
                  <Button size="xs" variant="subtle" color="red.9" onClick={() => patch({ influence: r.influence.filter((_, j) => j !== i) })}>{t('portfolioForms.remove')}</Button>
                </Group>
              ))}
              <Button size="xs" variant="subtle" w="fit-content" onClick={() => patch({ influence: [...r.influence, { indicatorId: '', percent: 100 }] })}>{t('portfolioForms.addInfluence')}</Button>
            </>
          )}
        </ItemsEditor>
      )}
    </SectionEditor>
  );
}

type PointDraft = Omit<Project['controlPoints'][number], 'status' | 'critical'>;

/** Control points and activities: dates, responsible, evidence, the result they serve and what they wait for. */
export function ControlPointsEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const replace = useReplaceSection(project.id, 'control-points');
  const resultOptions = project.results.map((r) => ({ value: r.key, label: r.key }));
  return (
    <SectionEditor<PointDraft[], Parameters<typeof replace.mutateAsync>[0]>
      section={t('portfolio.sections.timeline')}
      mutation={replace}
      start={() => project.controlPoints.map(({ status: _s, critical: _c, ...p }) => p)}
      toInput={(items) => ({ items })}
    >
      {(items, set) => (
        <ItemsEditor
          items={items} onChange={(next) => set(() => next)} nameOf={(p, i) => p.key || t('portfolioForms.itemNumber', { n: i + 1 })}
          blank={() => ({ key: `КТ-${items.length + 1}`, resultKey: null, title: blankText() as LocalizedText, startsOn: null, dueOn: project.endsOn, forecastOn: null, actualOn: null, responsible: null, evidenceUrl: null, obligationId: null, dependsOn: [] })}
        >
          {(p, patch) => (
            <>
              <Group gap="sm" align="flex-end">
                <TextInput label={t('portfolioForms.fields.key')} required value={p.key} w={100} onChange={(e) => patch({ key: e.currentTarget.value })} />
                <TextInput label={t('portfolioForms.fields.title')} required value={textIn(p.title, language)} style={{ flex: 1, minWidth: 220 }} onChange={(e) => patch({ title: withText(p.title, language, e.currentTarget.value) })} />
                <Select label={t('portfolioForms.fields.result')} placeholder={t('portfolioForms.noResult')} clearable value={p.resultKey} data={resultOptions} w={150} onChange={(v) => patch({ resultKey: v })} />
              </Group>
              <Group gap="sm" align="flex-end">
                <DateField label={t('portfolioForms.fields.pointStart')} value={p.startsOn} onChange={(startsOn) => patch({ startsOn })} />
                <DateField label={t('portfolioForms.fields.dueOn')} required value={p.dueOn} onChange={(v) => patch({ dueOn: v ?? '' })} />
                <DateField label={t('portfolioForms.fields.forecastOn')} value={p.forecastOn} onChange={(forecastOn) => patch({ forecastOn })} />
                <DateField label={t('portfolioForms.fields.actualOn')} value={p.actualOn} onChange={(actualOn) => patch({ actualOn })} />
              </Group>
              <Group gap="sm" align="flex-end">
                <TextInput label={t('portfolioForms.fields.responsible')} value={p.responsible ?? ''} w={220} onChange={(e) => patch({ responsible: e.currentTarget.value || null })} />
                <TextInput label={t('portfolioForms.fields.evidenceUrl')} type="url" value={p.evidenceUrl ?? ''} w={280} onChange={(e) => patch({ evidenceUrl: e.currentTarget.value || null })} />
                <MultiSelect
                  label={t('portfolioForms.fields.dependsOn')} value={p.dependsOn} w={260} searchable
                  data={[...new Set([...items.map((o) => o.key).filter((k) => k && k !== p.key), ...p.dependsOn])]}
                  onChange={(dependsOn) => patch({ dependsOn })}
                />
              </Group>
            </>
          )}
        </ItemsEditor>
      )}
    </SectionEditor>
  );
}

type BudgetDraft = { year: number | null; source: Project['budget'][number]['source']; resultKey: string | null; planRub: number | null; actualRub: number | null };

/** Budget lines by year, source and result, plan and actual. */
export function BudgetEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const replace = useReplaceSection(project.id, 'budget');
  const startYear = Number(project.startsOn.slice(0, 4));
  return (
    <SectionEditor<BudgetDraft[], Parameters<typeof replace.mutateAsync>[0]>
      section={t('portfolio.sections.budget')}
      mutation={replace}
      start={() => project.budget.map(({ deviationRub: _d, ...b }) => b)}
      toInput={(items) => ({ items: items.map((b) => ({ ...b, year: b.year ?? 0, planRub: b.planRub ?? 0 })) })}
    >
      {(items, set) => (
        <ItemsEditor
          items={items} onChange={(next) => set(() => next)} nameOf={(b, i) => (b.year ? `${b.year} · ${t(`portfolio.sources.${b.source}`)}` : t('portfolioForms.itemNumber', { n: i + 1 }))}
          blank={() => ({ year: startYear, source: 'federal' as const, resultKey: null, planRub: null, actualRub: null })}
        >
          {(b, patch) => (
            <Group gap="sm" align="flex-end">
              <AmountField label={t('portfolioForms.fields.year')} value={b.year} min={2000} max={2100} w={110} onChange={(year) => patch({ year })} />
              <Select label={t('portfolioForms.fields.source')} value={b.source} allowDeselect={false} w={240} data={budgetSources.map((s) => ({ value: s, label: t(`portfolio.sources.${s}`) }))} onChange={(v) => patch({ source: (v ?? 'federal') as BudgetDraft['source'] })} />
              <Select label={t('portfolioForms.fields.result')} placeholder={t('portfolioForms.noResult')} clearable value={b.resultKey} w={150} data={project.results.map((r) => r.key)} onChange={(resultKey) => patch({ resultKey })} />
              <AmountField label={t('portfolioForms.fields.planRub')} value={b.planRub} min={0} w={170} onChange={(planRub) => patch({ planRub })} />
              <AmountField label={t('portfolioForms.fields.actualRub')} value={b.actualRub} min={0} w={170} onChange={(actualRub) => patch({ actualRub })} />
            </Group>
          )}
        </ItemsEditor>
      )}
    </SectionEditor>
  );
}

type RiskDraft = Omit<Project['risks'][number], 'score'>;

/** Risks with probability and impact (1–5), response, owner and state. */
export function RisksEditor({ project }: { project: Project }) {
  const { t } = useTranslation();
  const replace = useReplaceSection(project.id, 'risks');
  return (
    <SectionEditor<RiskDraft[], Parameters<typeof replace.mutateAsync>[0]>
      section={t('portfolio.sections.risks')}
      mutation={replace}
      start={() => project.risks.map(({ score: _s, ...r }) => r)}
      toInput={(items) => ({ items })}
    >
      {(items, set) => (
        <ItemsEditor
          items={items} onChange={(next) => set(() => next)} nameOf={(r, i) => r.description.slice(0, 40) || t('portfolioForms.itemNumber', { n: i + 1 })}
          blank={() => ({ description: '', probability: 3, impact: 3, mitigation: null, owner: null, status: 'open' as const })}
        >
          {(r, patch) => (
            <>
              <Textarea label={t('portfolioForms.fields.description')} required autosize minRows={1} value={r.description} onChange={(e) => patch({ description: e.currentTarget.value })} />
              <Group gap="sm" align="flex-end">
                <NumberInput label={t('portfolioForms.fields.probability')} value={r.probability} min={1} max={5} w={150} onChange={(v) => patch({ probability: Number(v) })} />
                <NumberInput label={t('portfolioForms.fields.impact')} value={r.impact} min={1} max={5} w={150} onChange={(v) => patch({ impact: Number(v) })} />
                <Select label={t('portfolioForms.fields.status')} value={r.status} allowDeselect={false} w={160} data={riskStatuses.map((s) => ({ value: s, label: t(`portfolioForms.riskStatuses.${s}`) }))} onChange={(v) => patch({ status: (v ?? 'open') as RiskDraft['status'] })} />
                <TextInput label={t('portfolioForms.fields.owner')} value={r.owner ?? ''} w={200} onChange={(e) => patch({ owner: e.currentTarget.value || null })} />
              </Group>
              <Textarea label={t('portfolioForms.fields.mitigation')} autosize minRows={1} value={r.mitigation ?? ''} onChange={(e) => patch({ mitigation: e.currentTarget.value || null })} />
            </>
          )}
        </ItemsEditor>
      )}
    </SectionEditor>
  );
}
