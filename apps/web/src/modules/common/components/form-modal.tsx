import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { saveForm, type Notice } from '../../../lib/notify';
import { FormActions } from './form-actions';

type FormModalProps = Omit<ModalProps, 'opened' | 'onClose' | 'onSubmit' | 'children'> & {
  onClose(): void;
  onSubmit(event?: FormEvent<HTMLFormElement>): void;
  loading?: boolean;
  submitLabel?: string;
  /** The submit button's colour (red for what cannot be undone). */
  submitColor?: string;
  children: ReactNode;
};

/** A dialog holding one form: its fields in a column, then "Annuler" (closes) and the submit button. */
export function FormModal({
  onClose,
  onSubmit,
  loading,
  submitLabel,
  submitColor,
  children,
  ...modalProps
}: FormModalProps) {
  return (
    <Modal opened onClose={onClose} {...modalProps}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {children}
          <FormActions onCancel={onClose} loading={loading} submitLabel={submitLabel} color={submitColor} />
        </Stack>
      </form>
    </Modal>
  );
}

/** What `formSaveProps` needs of a Mantine form. */
interface SaveableForm<V> {
  onSubmit(handler: (values: V) => unknown): (event?: FormEvent<HTMLFormElement>) => void;
  getValues(): object;
  setErrors(errors: Record<string, string>): void;
}

/**
 * FormModal's `onClose` and `onSubmit` for the usual save: once the form is valid its values go to `save`; when
 * saved, the notice `saved` shows and the dialog closes; when the API refuses, its messages go on the form
 * (`rename`: API field → form path).
 */
export function formSaveProps<V>(
  form: SaveableForm<V>,
  saved: Notice,
  onClose: () => void,
  save: (values: V) => Promise<unknown>,
  rename?: Record<string, string>,
) {
  return { onClose, onSubmit: form.onSubmit((values) => saveForm(form, () => save(values), saved, onClose, rename)) };
}
