import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * One labelled value of a record's summary card: small uppercase label over the value. `compact` sets the value in
 * small text inside a div (it may hold badges or several lines).
 */
export function Detail({ label, compact, children }: { label: string; compact?: boolean; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {compact ? (
        <Text size="sm" component="div">
          {children}
        </Text>
      ) : (
        <Text>{children}</Text>
      )}
    </div>
  );
}
