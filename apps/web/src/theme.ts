import { Badge, createTheme, FileInput, Modal, Notification, PasswordInput, Select } from '@mantine/core';

/** Mantine's built-in accessible names are English: give them French ones everywhere. */
export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  focusRing: 'auto',
  components: {
    PasswordInput: PasswordInput.extend({
      defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Afficher ou masquer le mot de passe' } },
    }),
    FileInput: FileInput.extend({ defaultProps: { clearButtonProps: { 'aria-label': 'Retirer le fichier' } } }),
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Fermer' } } }),
    Notification: Notification.extend({
      defaultProps: { closeButtonProps: { 'aria-label': 'Fermer la notification' } },
    }),
    // Labels stay in their natural case and are never cut inside table cells.
    Badge: Badge.extend({ defaultProps: { tt: 'none' }, styles: { root: { flexShrink: 0, minWidth: 'max-content' } } }),
    Select: Select.extend({ defaultProps: { nothingFoundMessage: 'Aucun résultat' } }),
  },
});
