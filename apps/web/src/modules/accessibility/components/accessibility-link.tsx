import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** The compliance status shown in every footer and menu, as the RGAA asks (« Accessibilité : … »). */
export const ACCESSIBILITY_STATUS = 'non conforme';

/** The link to the statement, as the RGAA asks it on every page: « Accessibilité : <état> ». */
export function AccessibilityLink({ size = 'sm' }: { size?: 'xs' | 'sm' }) {
  return (
    <Anchor component={Link} to="/accessibilite" size={size}>
      Accessibilité : {ACCESSIBILITY_STATUS}
    </Anchor>
  );
}
