import { Badge, Chip, Group, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { formatDay } from '../../../lib/format';
import {
  buildTimeline,
  TIMELINE_CATEGORY_LABELS,
  type TimelineCategory,
  type TimelineDocument,
  type TimelinePath,
} from '../path-rules';

const CATEGORIES = Object.keys(TIMELINE_CATEGORY_LABELS) as TimelineCategory[];

/** Everything that happened on a path, and the documents of the file, most recent first, filtered by kind of event. */
export function PathTimeline({
  path,
  documents = [],
}: {
  path: TimelinePath;
  documents?: readonly TimelineDocument[];
}) {
  const [shown, setShown] = useState<string[]>(CATEGORIES);
  const events = buildTimeline(path, documents).filter((event) => shown.includes(event.category));
  return (
    <Stack gap="md">
      <Chip.Group multiple value={shown} onChange={setShown}>
        <Group gap="xs" role="group" aria-label="Événements affichés">
          {CATEGORIES.map((category) => (
            <Chip key={category} value={category} size="sm" variant="outline">
              {TIMELINE_CATEGORY_LABELS[category]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
      {events.length === 0 ? (
        <Text c="dimmed" size="sm">
          Aucun événement à afficher.
        </Text>
      ) : (
        <Timeline
          bulletSize={14}
          lineWidth={2}
          active={events.length - 1}
          aria-label="Historique du parcours"
          data-testid="path-timeline"
        >
          {events.map((event) => (
            <Timeline.Item
              key={event.key}
              color={event.color}
              title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">
                    {event.title}
                  </Text>
                  {event.badges.map((badge) => (
                    <Badge key={badge.label} color={badge.color} variant="light" size="sm">
                      {badge.label}
                    </Badge>
                  ))}
                </Group>
              }
              data-testid="timeline-entry"
            >
              <Text size="xs" c="dimmed">
                {formatDay(event.day)}
                {event.author ? ` · par ${event.author}` : ''}
              </Text>
              {event.details.map((detail, i) => (
                <Text key={i} size="sm" style={{ whiteSpace: 'pre-line' }}>
                  {detail}
                </Text>
              ))}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Stack>
  );
}
