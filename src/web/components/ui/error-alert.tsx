import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { localizeError, useErrorTexts } from '../../lib/api-errors';
import { useLanguage } from '../../lib/use-language';

type ErrorAlertProps = { error: unknown; onRetry?: () => void };

/** A failed call, said in the reader's language; field issues are listed when the server gave them. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorTextsIn = useErrorTexts(error, language);
  // Rarely more than a moment: only an error made in the browser can arrive before its texts.
  if (!errorTextsIn) return null;
  const { message, fields } = localizeError(error, language, t('common.networkError'));
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert">
      <Stack gap="xs">
        <Text size="sm" c="red.9">
          {message}
        </Text>
        {Object.entries(fields).map(([field, text]) => (
          <Text key={field} size="sm" c="red.9">
            {field}: {text}
          </Text>
        ))}
        {onRetry && (
          <Button size="xs" variant="outline" color="red.9" onClick={onRetry} w="fit-content">
            {t('common.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
