import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../../../shared/contracts/indicators';
import { directionsOfGood, indicatorAggregations, indicatorLevels, indicatorUnits, type DirectionOfGood, type IndicatorAggregation, type IndicatorLevel, type IndicatorUnit } from '../../../../shared/domain';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useDirections } from '../api/list-directions';
import { useEcosystems } from '../api/list-ecosystems';
import { useSaveIndicator } from '../api/save-indicator';

type YearTarget = { year: number | ''; value: number | '' };
const blankToNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (value: number | '') => (value === '' ? null : value);

/**
 * Defines an indicator or changes one: names in three languages, unit, level, what counts as good,
 * how a year is made of its periods, base, yearly targets, method, formula, source, who answers for it.
 * Targets of quarters and months, set through the API, are kept as they are.
 */
export function IndicatorFormModal({ existing, onClose }: { existing?: IndicatorDetail; onClose: (savedId?: string) => void }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const save = useSaveIndicator(existing?.id);
  const ecosystems = useEcosystems().data?.items ?? [];
  const directions = useDirections().data?.items ?? [];
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState({ ru: existing?.name.ru ?? '', en: existing?.name.en ?? '', zh: existing?.name.zh ?? '' });
  const [unit, setUnit] = useState<IndicatorUnit>(existing?.unit ?? 'people');
  const [level, setLevel] = useState<IndicatorLevel>(existing?.level ?? 'program');
  const [good, setGood] = useState<DirectionOfGood>(existing?.directionOfGood ?? 'increase');
  const [aggregation, setAggregation] = useState<IndicatorAggregation>(existing?.aggregation ?? 'sum');
  const [baseYear, setBaseYear] = useState<number | ''>(existing?.baseYear ?? '');
  const [baseValue, setBaseValue] = useState<number | ''>(existing?.baseValue ?? '');
  const [targets, setTargets] = useState<YearTarget[]>(existing?.targets.map((target) => ({ ...target })) ?? [{ year: '', value: '' }]);
  const [texts, setTexts] = useState({
    calculationMethod: existing?.calculationMethod ?? '', formula: existing?.formula ?? '', dataSource: existing?.dataSource ?? '', responsible: existing?.responsible ?? '',
  });
  const [ecosystemId, setEcosystemId] = useState<string | null>(existing?.ecosystemId ?? null);
  const [directionId, setDirectionId] = useState<string | null>(existing?.directionId ?? null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const yearly = targets.flatMap((target) => (target.year === '' || target.value === '' ? [] : [{ year: target.year, periodKind: 'year' as const, periodIndex: 0, value: target.value }]));
    const periodTargets = (existing?.periodTargets ?? []).filter((target) => target.periodKind !== 'year');
    save.mutate({
      code: code.trim(), name: { ru: blankToNull(name.ru), en: blankToNull(name.en), zh: blankToNull(name.zh) }, unit, level,
      directionOfGood: good, aggregation, baseYear: numberOrNull(baseYear), baseValue: numberOrNull(baseValue), targets: [...yearly, ...periodTargets],
      calculationMethod: blankToNull(texts.calculationMethod), formula: blankToNull(texts.formula), dataSource: blankToNull(texts.dataSource), responsible: blankToNull(texts.responsible),
      ecosystemId, directionId,
    }, { onSuccess: (saved) => { notify(t(existing ? 'indicatorForm.saved' : 'indicatorForm.created')); onClose(saved.id); } });
  }

  const options = <T extends string>(values: readonly T[], label: (value: T) => string) => values.map((value) => ({ value, label: label(value) }));
  const setTarget = (index: number, change: Partial<YearTarget>) => setTargets(targets.map((target, i) => (i === index ? { ...target, ...change } : target)));

  return (
    <AppModal opened onClose={() => onClose()} title={existing ? t('indicatorForm.editTitle', { code: existing.code }) : t('indicatorForm.createTitle')} size="xl">
      <Stack gap="sm" component="form" onSubmit={submit}>
        <TextInput label={t('indicator.code')} description={t('indicatorForm.codeHint')} value={code} onChange={(e) => setCode(e.currentTarget.value)} required maxLength={64} w={{ base: '100%', sm: 320 }} />
        {(['ru', 'en', 'zh'] as const).map((language) => (
          <TextInput key={language} label={t(`indicatorForm.name${language === 'ru' ? 'Ru' : language === 'en' ? 'En' : 'Zh'}`)} value={name[language]} maxLength={500}
            onChange={(e) => setName({ ...name, [language]: e.currentTarget.value })} />
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('indicator.unit')} data={options(indicatorUnits, (u) => t(`enums.indicatorUnit.${u}`))} value={unit} onChange={(v) => v && setUnit(v as IndicatorUnit)} allowDeselect={false} />
          <Select label={t('indicator.level')} data={options(indicatorLevels, (l) => t(`enums.indicatorLevel.${l}`))} value={level} onChange={(v) => v && setLevel(v as IndicatorLevel)} allowDeselect={false} />
          <Select label={t('indicatorForm.directionOfGood')} data={options(directionsOfGood, (g) => t(`indicatorForm.good.${g}`))} value={good} onChange={(v) => v && setGood(v as DirectionOfGood)} allowDeselect={false} />
          <Select label={t('indicators.aggregationLabel')} data={options(indicatorAggregations, (a) => t(`indicators.aggregation.${a}`))} value={aggregation} onChange={(v) => v && setAggregation(v as IndicatorAggregation)} allowDeselect={false} />
          <NumberInput label={t('indicatorForm.baseYear')} value={baseYear} onChange={(v) => setBaseYear(v === '' ? '' : Number(v))} min={1990} max={2100} allowDecimal={false} />
          <NumberInput label={t('indicatorForm.baseValue')} value={baseValue} onChange={(v) => setBaseValue(v === '' ? '' : Number(v))} thousandSeparator=" " />
        </SimpleGrid>
        <Stack gap={4} component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" size="sm" fw={500}>{t('indicatorForm.targets')}</Text>
          {targets.map((target, index) => (
            // Rows have no identity until saved: the position is the key.
            <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
              <NumberInput label={t('indicatorForm.targetYear')} value={target.year} onChange={(v) => setTarget(index, { year: v === '' ? '' : Number(v) })} min={1990} max={2100} allowDecimal={false} w={110} />
              <NumberInput label={t('indicatorForm.targetValue')} value={target.value} onChange={(v) => setTarget(index, { value: v === '' ? '' : Number(v) })} thousandSeparator=" " style={{ flex: 1 }} />
              <ActionIcon variant="subtle" color="gray.8" size="lg" aria-label={t('indicatorForm.removeTarget', { year: target.year || '—' })} onClick={() => setTargets(targets.filter((_, i) => i !== index))}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group><Button variant="subtle" size="xs" onClick={() => setTargets([...targets, { year: '', value: '' }])}>{t('indicatorForm.addTarget')}</Button></Group>
        </Stack>
        <Textarea label={t('indicators.calculationMethod')} value={texts.calculationMethod} onChange={(e) => setTexts({ ...texts, calculationMethod: e.currentTarget.value })} maxLength={2000} autosize minRows={2} />
        <TextInput label={t('indicators.formula')} description={t('indicatorForm.formulaHint')} value={texts.formula} onChange={(e) => setTexts({ ...texts, formula: e.currentTarget.value })} maxLength={1000} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('indicators.dataSource')} value={texts.dataSource} onChange={(e) => setTexts({ ...texts, dataSource: e.currentTarget.value })} maxLength={500} />
          <TextInput label={t('indicators.responsible')} value={texts.responsible} onChange={(e) => setTexts({ ...texts, responsible: e.currentTarget.value })} maxLength={300} />
          <Select label={t('indicatorForm.ecosystem')} data={ecosystems.map((e) => ({ value: e.id, label: localized(e.name) }))} value={ecosystemId} onChange={setEcosystemId} clearable searchable />
          <Select label={t('indicatorForm.direction')} data={directions.map((d) => ({ value: d.id, label: localized(d.label) }))} value={directionId} onChange={setDirectionId} clearable searchable />
        </SimpleGrid>
        {save.error && <ErrorAlert error={save.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onClose()}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('indicatorForm.save')}</Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
