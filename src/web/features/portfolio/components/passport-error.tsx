import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProjectStage } from '../../../../shared/portfolio';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { ApiError } from '../../../lib/api-client';
import { formatDate } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';

type Details = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/**
 * The server's refusal of a passport write, in words: the rule's message from its code, then what
 * exactly broke it from the details (which control point and date, which cycle, which year).
 */
function useExplanation(error: unknown): string | null {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!(error instanceof ApiError) || !error.details) return null;
  const d: Details = error.details;
  const date = (value: unknown) => formatDate(text(value), language);
  const stage = (value: unknown) => t(`portfolio.stages.${text(value) as ProjectStage}`);
  switch (error.code) {
    case 'CONTROL_POINT_OUTSIDE_PROJECT':
      return t('portfolioForms.why.outside', {
        key: text(d.key), field: t(`portfolioForms.pointDates.${text(d.field) as 'dueOn'}`), value: date(d.value), startsOn: date(d.startsOn), endsOn: date(d.endsOn),
      });
    case 'DEPENDENCY_CYCLE':
      return Array.isArray(d.cycle) ? t('portfolioForms.why.cycle', { cycle: d.cycle.map(text).join(' → ') }) : null;
    case 'BUDGET_ACTUAL_IN_FUTURE':
      return t('portfolioForms.why.futureActual', { year: text(d.year), currentYear: text(d.currentYear) });
    case 'UNKNOWN_KEY':
      return t(d.section === 'results' ? 'portfolioForms.why.unknownResult' : 'portfolioForms.why.unknownPoint', { key: text(d.key) });
    case 'REFERENCE_NOT_FOUND':
      return t('portfolioPeople.why', { field: t(`portfolioPeople.fields.${text(d.field) as 'curatorUserId'}`, { defaultValue: text(d.field) }) });
    case 'DUPLICATE_KEY':
      return t('portfolioForms.why.duplicate', { key: text(d.key) });
    case 'PROJECT_DATES_OUT_OF_ORDER':
      return t('portfolioForms.why.datesOrder', { startsOn: date(d.startsOn), endsOn: date(d.endsOn) });
    case 'STAGE_TRANSITION_FORBIDDEN': {
      const allowed = Array.isArray(d.allowed) ? d.allowed.map(stage) : [];
      return allowed.length
        ? t('portfolioForms.why.allowed', { from: stage(d.from), allowed: allowed.join(', ') })
        : t('portfolioForms.why.nothingAllowed', { from: stage(d.from) });
    }
    default:
      return null;
  }
}

export function PassportError({ error }: { error: unknown }) {
  const explanation = useExplanation(error);
  return (
    <div data-testid="passport-error">
      <ErrorAlert error={error} />
      {explanation && <Text size="sm" c="red.9" mt={4} fw={600}>{explanation}</Text>}
    </div>
  );
}
