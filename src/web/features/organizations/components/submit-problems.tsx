import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCopy } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { duplicateCandidate } from '../../../../shared/contracts/organization-input';
import { ApiError } from '../../../lib/api-client';
import { localizeError } from '../../../lib/api-errors';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { DuplicateCandidateList, warningAlertProps } from './duplicate-candidate-list';

const candidatesOf = (error: ApiError) => z.array(duplicateCandidate).safeParse(error.details?.candidates).data ?? [];
const holderOf = (error: ApiError) =>
  z.object({ id: z.uuid(), name: z.object({ ru: z.string().nullable(), en: z.string().nullable(), zh: z.string().nullable() }) }).safeParse(error.details?.existing).data;

type SubmitProblemsProps = {
  error: unknown;
  /** True when the form's own check found problems: then only "check the marked fields" is said. */
  hasFieldErrors: boolean;
  onCreateAnyway: () => void;
  pending: boolean;
};

/**
 * What stopped a save, next to the save button: likely duplicates with a way to go ahead, the
 * holder of a taken identifier, or any other refusal in the reader's language. It takes focus,
 * so a keyboard or screen reader user lands on it after pressing save.
 */
export function SubmitProblems({ error, hasFieldErrors, onCreateAnyway, pending }: SubmitProblemsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const ref = useRef<HTMLDivElement>(null);
  const shown = error !== null && error !== undefined;
  useEffect(() => {
    if (shown && !hasFieldErrors) ref.current?.focus();
  }, [shown, hasFieldErrors, error]);

  if (!shown && !hasFieldErrors) return null;
  const icon = <IconAlertTriangle aria-hidden />;
  let body;
  if (error instanceof ApiError && error.code === 'POSSIBLE_DUPLICATE') {
    body = (
      <Alert {...warningAlertProps} icon={<IconCopy aria-hidden />} title={t('organizationForm.duplicateTitle')}>
        <Stack gap="sm">
          <Text size="sm">{t('organizationForm.duplicateText')}</Text>
          <DuplicateCandidateList candidates={candidatesOf(error)} />
          <Button onClick={onCreateAnyway} loading={pending} w="fit-content" style={{ whiteSpace: 'normal', height: 'auto', minHeight: 36 }}>
            {t('organizationForm.createAnyway')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (error instanceof ApiError && error.code === 'IDENTIFIER_TAKEN') {
    const holder = holderOf(error);
    body = (
      <Alert color="red" icon={icon} title={localizeError(error, language, '').message}>
        <Text size="sm">
          {t('organizationForm.identifierTaken', { value: String(error.details?.value ?? '') })}{' '}
          {holder && (
            <Anchor component={Link} to={`/organizations/${holder.id}`} target="_blank" rel="noopener" size="sm">
              {localized(holder.name)}
            </Anchor>
          )}
        </Text>
      </Alert>
    );
  } else {
    body = (
      <Alert color="red" icon={icon}>
        <Text size="sm" c="red.9">
          {shown ? localizeError(error, language, t('common.networkError')).message : null} {hasFieldErrors || (error instanceof ApiError && error.details?.issues) ? t('organizationForm.fixErrors') : null}
        </Text>
      </Alert>
    );
  }
  return (
    // Each Alert inside already has role="alert"; this wrapper only takes the focus.
    <div ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {body}
    </div>
  );
}
