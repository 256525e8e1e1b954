import { Button, Group, MultiSelect, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateInfrastructureInput, InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import {
  areaUnits, currencies, dealTypes, infrastructureStatuses, infrastructureTypes, pricePeriods, priceUnits, utilityKinds,
} from '../../../../shared/infrastructure';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLocalized } from '../../../lib/use-language';
import { useSaveInfrastructure } from '../api/save-infrastructure';

type Ecosystem = { id: string; name: { ru: string | null; en: string | null; zh: string | null } };
type Props = { object?: InfrastructureObject; ecosystems: Ecosystem[]; onSaved: () => void };

const localizedOf = (text?: { ru: string | null; en: string | null; zh: string | null }) => ({ ru: text?.ru ?? '', en: text?.en ?? '', zh: text?.zh ?? '' });
const languageSuffix = { ru: 'Ru', en: 'En', zh: 'Zh' } as const;
const numberOrNull = (value: string | number) => (value === '' ? null : Number(value));

/** Adding or editing an object; the server checks every rule again (ranges, a whole price, the park). */
export function ObjectForm({ object, ecosystems, onSaved }: Props) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const save = useSaveInfrastructure(object?.id ?? null);
  const [ecosystemId, setEcosystemId] = useState<string | null>(object?.ecosystem.id ?? ecosystems[0]?.id ?? null);
  const [type, setType] = useState<string>(object?.type ?? 'office');
  const [name, setName] = useState(localizedOf(object?.name));
  const [address, setAddress] = useState(localizedOf(object?.address));
  const [description, setDescription] = useState(localizedOf(object?.description));
  const [conditions, setConditions] = useState(localizedOf(object?.conditions));
  const [taxRegime, setTaxRegime] = useState(localizedOf(object?.taxRegime));
  const [statusSince, setStatusSince] = useState('');
  const [latitude, setLatitude] = useState<string | number>(object?.latitude ?? '');
  const [longitude, setLongitude] = useState<string | number>(object?.longitude ?? '');
  const [area, setArea] = useState<string | number>(object?.area ?? '');
  const [areaUnit, setAreaUnit] = useState<string>(object?.areaUnit ?? 'm2');
  const [capacity, setCapacity] = useState<string | number>(object?.capacity ?? '');
  const [powerKw, setPowerKw] = useState<string | number>(object?.powerKw ?? '');
  const [utilities, setUtilities] = useState<string[]>(object?.utilities ?? []);
  const [price, setPrice] = useState<string | number>(object?.price ?? '');
  const [currency, setCurrency] = useState<string | null>(object?.currency ?? null);
  const [priceUnit, setPriceUnit] = useState<string | null>(object?.priceUnit ?? null);
  const [pricePeriod, setPricePeriod] = useState<string | null>(object?.pricePeriod ?? null);
  const [dealType, setDealType] = useState<string>(object?.dealType ?? 'lease');
  const [availableFrom, setAvailableFrom] = useState(object?.availableFrom ?? '');
  const [unitsFree, setUnitsFree] = useState<string | number>(object?.unitsFree ?? '');
  const [status, setStatus] = useState<string>(object?.status ?? 'available');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      ecosystemId: ecosystemId ?? '', type, name, address, description, conditions, taxRegime,
      // Only an edit that changes the status says since when; the server refuses a day in the future.
      ...(object && status !== object.status && statusSince ? { statusSince } : {}),
      latitude: Number(latitude), longitude: Number(longitude), area: Number(area), areaUnit, dealType, status,
      capacity: numberOrNull(capacity), powerKw: numberOrNull(powerKw), utilities, price: numberOrNull(price),
      currency, priceUnit, pricePeriod, availableFrom: availableFrom || null, unitsFree: numberOrNull(unitsFree),
    } as unknown as CreateInfrastructureInput;
    save.mutate(input, { onSuccess: () => { notify(t('infrastructure.objectSaved')); onSaved(); } });
  };
  const options = <Value extends string>(values: readonly Value[], group: 'types' | 'statuses' | 'utilityKinds' | 'dealTypes' | 'areaUnits' | 'priceUnits' | 'pricePeriods') =>
    values.map((value) => ({ value, label: t(`infrastructure.${group}.${value}` as never) }));

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select label={t('infrastructure.ecosystem')} required disabled={Boolean(object)} value={ecosystemId} onChange={setEcosystemId}
            data={ecosystems.map((e) => ({ value: e.id, label: localized(e.name) }))} />
          <Select label={t('infrastructure.type')} required value={type} onChange={(v) => setType(v ?? 'office')} data={options(infrastructureTypes, 'types')} />
          {(['ru', 'en', 'zh'] as const).map((language) => (
            <TextInput key={`name-${language}`} label={t(`infrastructure.name${language === 'ru' ? 'Ru' : language === 'en' ? 'En' : 'Zh'}`)} value={name[language]} onChange={(e) => setName({ ...name, [language]: e.currentTarget.value })} />
          ))}
          {(['ru', 'en', 'zh'] as const).map((language) => (
            <TextInput key={`address-${language}`} label={t(`infrastructure.address${language === 'ru' ? 'Ru' : language === 'en' ? 'En' : 'Zh'}`)} value={address[language]} onChange={(e) => setAddress({ ...address, [language]: e.currentTarget.value })} />
          ))}
          <NumberInput label={t('infrastructure.latitude')} required min={-90} max={90} decimalScale={6} value={latitude} onChange={setLatitude} />
          <NumberInput label={t('infrastructure.longitude')} required min={-180} max={180} decimalScale={6} value={longitude} onChange={setLongitude} />
          <NumberInput label={t('infrastructure.areaValue')} required min={0} value={area} onChange={setArea} />
          <Select label={t('infrastructure.areaUnit')} required value={areaUnit} onChange={(v) => setAreaUnit(v ?? 'm2')} data={options(areaUnits, 'areaUnits')} />
          <NumberInput label={t('infrastructure.capacity')} min={0} value={capacity} onChange={setCapacity} />
          <NumberInput label={t('infrastructure.powerKw')} min={0} value={powerKw} onChange={setPowerKw} />
          <MultiSelect label={t('infrastructure.utilities')} value={utilities} onChange={setUtilities} data={options(utilityKinds, 'utilityKinds')} />
          <Select label={t('infrastructure.dealType')} required value={dealType} onChange={(v) => setDealType(v ?? 'lease')} data={options(dealTypes, 'dealTypes')} />
          <NumberInput label={t('infrastructure.price')} min={0} value={price} onChange={setPrice} />
          <Select label={t('infrastructure.currency')} clearable value={currency} onChange={setCurrency} data={[...currencies]} />
          <Select label={t('infrastructure.priceUnit')} clearable value={priceUnit} onChange={setPriceUnit} data={options(priceUnits, 'priceUnits')} />
          <Select label={t('infrastructure.pricePeriod')} clearable value={pricePeriod} onChange={setPricePeriod} data={options(pricePeriods, 'pricePeriods')} />
          <TextInput type="date" label={t('infrastructure.availableFrom')} value={availableFrom} onChange={(e) => setAvailableFrom(e.currentTarget.value)} />
          <NumberInput label={t('infrastructure.unitsFree')} min={0} value={unitsFree} onChange={setUnitsFree} />
          <Select label={t('infrastructure.status')} required value={status} onChange={(v) => setStatus(v ?? 'available')} data={options(infrastructureStatuses, 'statuses')} />
          {object && status !== object.status && (
            <TextInput type="date" label={t('infrastructureObject.statusSince')} description={t('infrastructureObject.statusSinceHint')} value={statusSince} onChange={(e) => setStatusSince(e.currentTarget.value)} />
          )}
        </SimpleGrid>
        {(['conditions', 'taxRegime'] as const).map((field) => (['ru', 'en', 'zh'] as const).map((language) => {
          const [value, setValue] = field === 'conditions' ? [conditions, setConditions] : [taxRegime, setTaxRegime];
          return (
            <Textarea key={`${field}-${language}`} autosize minRows={1} label={t(`infrastructureObject.${field}${languageSuffix[language]}`)}
              value={value[language]} onChange={(e) => setValue({ ...value, [language]: e.currentTarget.value })} />
          );
        }))}
        {(['ru', 'en', 'zh'] as const).map((language) => (
          <Textarea key={`description-${language}`} autosize minRows={2} label={t(`infrastructure.description${language === 'ru' ? 'Ru' : language === 'en' ? 'En' : 'Zh'}`)} value={description[language]} onChange={(e) => setDescription({ ...description, [language]: e.currentTarget.value })} />
        ))}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group justify="flex-end"><Button type="submit" loading={save.isPending}>{t('common.save')}</Button></Group>
      </Stack>
    </form>
  );
}
