import { Badge, Card, Group, ScrollArea, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReportQuery } from '../../../generated/graphql';
import { formatDateTime } from '../../../lib/format';
import { formatFigure } from '../report-rules';

type Figures = ReportQuery['report']['figures'];

/** The report's tables of figures (evaluation criteria), as the XLSX export has them. */
export function ReportFigures({ figures }: { figures: Figures }) {
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color={figures.frozen ? 'blue' : 'gray'}>
          {figures.frozen ? 'Chiffres figés à la transmission' : 'Chiffres recalculés à chaque lecture'}
        </Badge>
        <Text size="xs" c="dimmed">
          Calculés le {formatDateTime(figures.computedAt)}
        </Text>
      </Group>
      {figures.tables.map((table) => (
        <Card withBorder key={table.key} component="section" aria-label={table.title}>
          <Title order={3} size="h5">
            {table.title}
          </Title>
          {table.note && (
            <Text size="xs" c="dimmed" mb="xs">
              {table.note}
            </Text>
          )}
          <ScrollArea viewportProps={{ tabIndex: 0 }}>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>
                    <VisuallyHidden>Libellé</VisuallyHidden>
                  </Table.Th>
                  {table.columns.map((column) => (
                    <Table.Th key={column.key} ta="right">
                      {column.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {table.rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th fw={500}>{row.label}</Table.Th>
                    {row.values.map((value, i) => (
                      <Table.Td key={table.columns[i]?.key ?? i} ta="right">
                        {formatFigure(value)}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      ))}
    </Stack>
  );
}
