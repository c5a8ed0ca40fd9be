import { Modal, Stack, type ModalProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
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
