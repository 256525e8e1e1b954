import { createVarsResolver, getSize, InputBase, UnstyledButton, useStyles, type NumberInputHandlers, type NumberInputProps } from '@mantine/core';
import classes from '@mantine/core/esm/components/NumberInput/NumberInput.module.mjs';
import { useMergedRef } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { onDemand } from '../../lib/on-demand';
import { typeAgain, wrapperPropsOf } from './stand-in';

// Mantine's number input brings react-number-format with it (≈ 9 KB gzip): a list page's number
// filter shows its stand-in first and fetches it when first reached for (ADR 042).
const numberInput = onDemand(() => import('./number-input'));

type StandInFactory = { props: NumberInputProps; stylesNames: 'controls' | 'control'; vars: { controls: '--ni-chevron-size' } };
// As Mantine's number input sizes its chevrons.
const varsResolver = createVarsResolver<StandInFactory>((_theme, { size }) => ({ controls: { '--ni-chevron-size': getSize(size, 'ni-chevron-size') } }));

/** Mantine's chevron for the step buttons (`NumberInputChevron`), drawn the same way. */
function Chevron({ direction }: { direction: 'up' | 'down' }) {
  return (
    <svg style={{ width: 'var(--ni-chevron-size)', height: 'var(--ni-chevron-size)', transform: direction === 'up' ? 'rotate(180deg)' : undefined }} viewBox="0 0 15 15" fill="none" xmlns="http://www.w3.org/2000/svg">
      <path
        d="M3.13523 6.15803C3.3241 5.95657 3.64052 5.94637 3.84197 6.13523L7.5 9.56464L11.158 6.13523C11.3595 5.94637 11.6759 5.95657 11.8648 6.15803C12.0536 6.35949 12.0434 6.67591 11.842 6.86477L7.84197 10.6148C7.64964 10.7951 7.35036 10.7951 7.15803 10.6148L3.15803 6.86477C2.95657 6.67591 2.94637 6.35949 3.13523 6.15803Z"
        fill="currentColor"
        fillRule="evenodd"
        clipRule="evenodd"
      />
    </svg>
  );
}

/**
 * Mantine's `NumberInput` (a number with step buttons, no formatting options), drawn until its
 * code is in as an input that looks the same: the label, the value and the two step buttons with
 * Mantine's own classes. Hovering or focusing it fetches the real one, which takes over the
 * keyboard's focus, the text typed meanwhile and a step button pressed meanwhile.
 */
export function NumberInputOnDemand({ ref, handlersRef, ...props }: NumberInputProps) {
  const loaded = numberInput.useLoaded();
  const input = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(input, ref);
  const handlers = useRef<NumberInputHandlers | undefined>(undefined);
  const mergedHandlers = useMergedRef(handlers, handlersRef);
  const focused = useRef(false);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  const [stepWanted, setStepWanted] = useState<'up' | 'down' | undefined>(undefined);
  const size = props.size ?? 'sm'; // Mantine's default for the number input
  const getStyles = useStyles<StandInFactory>({ name: 'NumberInput', classes, props: { ...props, size }, varsResolver });
  // In the commit that swaps the stand-in for the input, so no key pressed meanwhile goes astray.
  useLayoutEffect(() => {
    if (loaded && focused.current) input.current?.focus();
  }, [loaded]);
  // Once the real input has mounted: the text typed into the stand-in is typed again (an input
  // event is what it takes for typing), a step pressed meanwhile is taken.
  useEffect(() => {
    const element = input.current;
    if (!loaded || !element) return;
    typeAgain(element, typed);
    if (stepWanted === 'up') handlers.current?.increment();
    if (stepWanted === 'down') handlers.current?.decrement();
  }, [loaded]); // once, when the input replaces the stand-in

  if (loaded) return <loaded.NumberInput ref={mergedRef} handlersRef={mergedHandlers} {...props} />;

  const { disabled, readOnly, value, defaultValue, min, max, className } = props;
  const shown = value ?? defaultValue ?? '';
  const atMost = (limit: number | undefined) => typeof shown === 'number' && limit !== undefined && shown >= limit;
  const atLeast = (limit: number | undefined) => typeof shown === 'number' && limit !== undefined && shown <= limit;
  const stepButton = (direction: 'up' | 'down') => (
    <UnstyledButton
      {...getStyles('control')}
      tabIndex={-1}
      aria-hidden
      disabled={disabled || (direction === 'up' ? atMost(max) : atLeast(min))}
      mod={{ direction }}
      onMouseDown={(event) => event.preventDefault()}
      onPointerDown={() => {
        setStepWanted(direction);
        numberInput.request();
      }}
    >
      <Chevron direction={direction} />
    </UnstyledButton>
  );
  return (
    <InputBase
      ref={mergedRef}
      __staticSelector="NumberInput"
      className={[classes.root, className].filter(Boolean).join(' ')}
      {...wrapperPropsOf(props)}
      size={size}
      readOnly={readOnly}
      type="text"
      inputMode="decimal"
      value={typed ?? String(shown)}
      rightSection={
        readOnly ? undefined : (
          <div {...getStyles('controls')}>
            {stepButton('up')}
            {stepButton('down')}
          </div>
        )
      }
      rightSectionWidth={`var(--ni-right-section-width-${size})`}
      rightSectionPointerEvents={disabled ? 'none' : undefined}
      onPointerEnter={numberInput.request}
      onFocus={() => {
        focused.current = true;
        numberInput.request();
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onChange={(event) => setTyped(event.currentTarget.value)}
    />
  );
}
