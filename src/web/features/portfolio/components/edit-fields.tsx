import { NumberInput, TextInput } from '@mantine/core';
import type { LocalizedTextDto as LocalizedText } from '../../../../shared/contracts/common';
import type { Language } from '../../../../shared/languages';

/** The text in the reader's language; the other languages of the name are kept as they were. */
export const textIn = (value: LocalizedText, language: Language) => value[language] ?? '';
export const withText = (value: LocalizedText, language: Language, text: string): LocalizedText => ({ ...value, [language]: text.trim() ? text : null });
export const blankText = (): LocalizedText => ({ ru: null, en: null, zh: null });

/** A date field as the browser draws it; empty means "not given". */
export function DateField({ label, value, onChange, required }: { label: string; value: string | null; onChange: (value: string | null) => void; required?: boolean }) {
  return <TextInput type="date" label={label} value={value ?? ''} required={required} onChange={(e) => onChange(e.currentTarget.value || null)} w={170} />;
}

/** A number field; empty means "not given". */
export function AmountField({ label, value, onChange, min, max, w = 150 }: { label: string; value: number | null; onChange: (value: number | null) => void; min?: number; max?: number; w?: number }) {
  return (
    <NumberInput
      label={label} value={value ?? ''} min={min} max={max} w={w} thousandSeparator=" " decimalSeparator="," allowNegative={min === undefined || min < 0}
      onChange={(v) => onChange(v === '' || v === undefined ? null : Number(v))}
    />
  );
}
