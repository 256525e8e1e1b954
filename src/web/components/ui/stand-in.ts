import type { __InputWrapperProps, MantineStyleProps } from '@mantine/core';

type WrapperProps = Pick<__InputWrapperProps, 'label' | 'description' | 'error' | 'withAsterisk'> &
  Pick<MantineStyleProps, 'w'> & { id?: string; name?: string; placeholder?: string; disabled?: boolean; required?: boolean; 'aria-label'?: string };

/**
 * What a stand-in of a Mantine input (ADR 042) passes to its `InputBase` unchanged, so that it is
 * labelled, described and sized like the control it stands in for.
 */
export function wrapperPropsOf<Props extends WrapperProps>(props: Props): WrapperProps {
  const { id, name, label, description, error, placeholder, w, disabled, required, withAsterisk } = props;
  return { id, name, label, description, error, placeholder, w, disabled, required, withAsterisk, 'aria-label': props['aria-label'] };
}

/**
 * Types text into the focused input again once the real control has replaced its stand-in: an
 * input event carrying the value is what Mantine's controls take for typing.
 */
export function typeAgain(element: HTMLInputElement | null, text: string | undefined): void {
  if (text === undefined || !element || element.ownerDocument.activeElement !== element) return;
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, text);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}
