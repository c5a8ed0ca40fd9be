import { Button, Group } from '@mantine/core';

/** The footer of a form: "Annuler" leaves it, the submit button sends it. */
export function FormActions({
  onCancel,
  loading,
  submitLabel = 'Enregistrer',
}: {
  onCancel(): void;
  loading?: boolean;
  submitLabel?: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Annuler
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel}
      </Button>
    </Group>
  );
}
