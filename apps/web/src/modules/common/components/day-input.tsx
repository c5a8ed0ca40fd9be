import { TextInput, type TextInputProps } from '@mantine/core';

type DayInputProps = Omit<TextInputProps, 'type' | 'value' | 'onChange'> & {
  /** AAAA-MM-JJ, or '' */
  value?: string;
  onChange?(value: string): void;
};

/**
 * A calendar day. The browser's own date field: typed with the keyboard (jj/mm/aaaa in French), with its picker,
 * and read by screen readers; the value is the AAAA-MM-JJ the API expects.
 */
export function DayInput({ value, onChange, ...props }: DayInputProps) {
  return (
    <TextInput
      type="date"
      value={value ?? ''}
      onChange={(event) => onChange?.(event.currentTarget.value)}
      min="1900-01-01"
      max="2100-12-31"
      {...props}
    />
  );
}
