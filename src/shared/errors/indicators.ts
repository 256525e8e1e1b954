import type { Language } from '../languages';

/** Errors of indicators, their formulas, contributions and reported actuals. */
export const indicatorsErrorMessages = {
  INDICATOR_CODE_TAKEN: {
    en: 'An indicator with this code already exists.',
    ru: 'Показатель с таким кодом уже есть.',
    zh: '已存在使用此代码的指标。',
  },
  TARGET_BEFORE_BASE_YEAR: {
    en: 'A target cannot be set for a year before the base year.',
    ru: 'Целевое значение нельзя задать на год раньше базового.',
    zh: '不能为基准年之前的年份设定目标。',
  },
  UNIT_MISMATCH: {
    en: 'The indicators measure different things (their units do not convert); one cannot count towards the other.',
    ru: 'Показатели измеряются в несопоставимых единицах; один не может входить в другой.',
    zh: '指标的计量单位不可换算，不能计入另一个指标。',
  },
  FORMULA_INVALID: {
    en: 'The formula is not valid: use {CODE} of existing indicators, numbers, + - * / and parentheses.',
    ru: 'Формула неверна: используйте {КОД} существующих показателей, числа, + - * / и скобки.',
    zh: '公式无效：请使用现有指标的 {代码}、数字、+ - * / 和括号。',
  },
  FORMULA_CYCLE: {
    en: 'The formula refers back to this indicator through other formulas.',
    ru: 'Формула ссылается на сам показатель через другие формулы (цикл).',
    zh: '公式通过其他公式引用了该指标本身（循环）。',
  },
  CONTRIBUTION_CYCLE: {
    en: 'An indicator cannot contribute to itself or to an indicator that contributes to it.',
    ru: 'Показатель не может входить в себя или в показатель, который входит в него.',
    zh: '指标不能计入自身或计入其下级指标。',
  },
  PERCENT_OUT_OF_RANGE: {
    en: 'A percentage must be between 0 and 100.',
    ru: 'Процент должен быть от 0 до 100.',
    zh: '百分比必须在 0 到 100 之间。',
  },
  ACTUAL_CONFIRMED: {
    en: 'This figure is already confirmed; changing it is a correction and needs a reason.',
    ru: 'Значение уже подтверждено; его изменение — корректировка, укажите причину.',
    zh: '该数值已确认；修改属于更正，需要说明原因。',
  },
  ACTUAL_NOT_SUBMITTED: {
    en: 'Only a submitted figure can be confirmed.',
    ru: 'Подтвердить можно только отправленное значение.',
    zh: '只能确认已提交的数值。',
  },
} as const satisfies Record<string, Record<Language, string>>;
