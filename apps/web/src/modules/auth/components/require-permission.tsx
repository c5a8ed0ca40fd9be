import { Alert } from '@mantine/core';
import type { Permission } from '@passerelle/domain';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useSession } from '../hooks/session-context';

/**
 * Hides a screen from a user whose role in the current structure has none of the permissions (the API refuses
 * anyway; this only spares a useless page). Without children, renders the nested routes.
 */
export function RequirePermission({ anyOf, children }: { anyOf: Permission[]; children?: ReactNode }) {
  const { can } = useSession();
  if (!anyOf.some((permission) => can(permission))) {
    return (
      <Alert color="orange" title="Accès refusé" role="alert">
        Votre rôle dans cette structure ne permet pas d’accéder à cette page. Changez de structure ou demandez l’accès à
        la direction de votre structure.
      </Alert>
    );
  }
  return children ?? <Outlet />;
}
