import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of an analysis page (a chart, a table); `label` names the section when the title is too short. */
export function FigureCard({ title, label = title, children }: { title: string; label?: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={label}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
