import { Button, Group, type MantineSpacing } from '@mantine/core';

/** The footer of a form: "Annuler" leaves it, the submit button sends it. */
export function FormActions({
  onCancel,
  loading,
  submitLabel = 'Enregistrer',
  color,
  mt,
}: {
  onCancel(): void;
  loading?: boolean;
  submitLabel?: string;
  /** The submit button's colour (red for what cannot be undone). */
  color?: string;
  mt?: MantineSpacing;
}) {
  return (
    <Group justify="flex-end" mt={mt}>
      <Button variant="default" onClick={onCancel}>
        Annuler
      </Button>
      <Button type="submit" loading={loading} color={color}>
        {submitLabel}
      </Button>
    </Group>
  );
}
