import {
  Anchor,
  Badge,
  createTheme,
  darken,
  FileInput,
  Modal,
  Notification,
  PasswordInput,
  Select,
  TableScrollContainer,
  type CSSVariablesResolver,
} from '@mantine/core';

/**
 * Contrast (RGAA 3.2, WCAG 1.4.3, 4.5:1 for text): Mantine's dimmed grey (gray.6, #868e96) reads at 3.3:1 on white;
 * gray.7 (#495057) reads at 8.2:1, and 7.4:1 on the light grey and blue backgrounds. The text of light variants
 * (badges, alerts, light buttons) is the colour's shade 9 darkened by 30 %: shade 9 alone reads at 2.8:1 (yellow) to
 * 3.9:1 (orange) on its own light background; darkened, 5.2:1 at least.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(current.colors).map(([name, shades]) => [
        `--mantine-color-${name}-light-color`,
        darken(shades[9], 0.3),
      ]),
    ),
  },
  dark: {},
});

/**
 * Accessible by default (RGAA): the primary shade is blue.8 (#1971c2, 5:1 on white; blue.6 was 3.6:1), filled
 * colours pick black or white text by contrast, links are underlined (they sit in text of another colour). Mantine's
 * built-in accessible names are English: give them French ones everywhere.
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  autoContrast: true,
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
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A table wider than the screen scrolls sideways: its scrolling area takes the keyboard focus (RGAA 12.13).
    TableScrollContainer: TableScrollContainer.extend({
      defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } },
    }),
    Select: Select.extend({ defaultProps: { nothingFoundMessage: 'Aucun résultat' } }),
  },
});
