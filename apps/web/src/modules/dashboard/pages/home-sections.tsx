import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  CEJ_ATTENTION_REASON_LABELS,
  EXIT_PROPOSAL_REASON_LABELS,
  PORTFOLIO_ALERT_LABELS,
  REPORT_STATUS_LABELS,
} from '@passerelle/domain';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { HomeQuery } from '../../../generated/graphql';
import { formatDay, formatNumber } from '../../../lib/format';

type HomeData = HomeQuery['home'];

/** One work list of the home page: its first items, how many in all, and a link to the full page. */
function Section({
  title,
  totalCount,
  empty,
  more,
  children,
}: {
  title: string;
  totalCount: number;
  empty: string;
  more?: { to: string; label: string };
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="lg" radius="md" component="section" aria-label={title}>
      <Group justify="space-between" mb="sm">
        <Group gap="xs">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Badge variant="light" color={totalCount > 0 ? 'orange' : 'gray'}>
            {formatNumber(totalCount)}
          </Badge>
        </Group>
        {more && (
          <Anchor component={Link} to={more.to} size="sm">
            {more.label}
          </Anchor>
        )}
      </Group>
      {totalCount === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {children}
        </Stack>
      )}
    </Card>
  );
}

function Item({ to, label, detail }: { to: string; label: string; detail?: ReactNode }) {
  return (
    <li>
      <Anchor component={Link} to={to} fw={500} size="sm">
        {label}
      </Anchor>
      {detail && (
        <Text size="xs" c="dimmed">
          {detail}
        </Text>
      )}
    </li>
  );
}

const fullName = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName}`;

/** A work list of the home data: how many in all and its first items. */
type WorkList<T> = { totalCount: number; items: T[] } | null | undefined;

/** One section: what it lists (absent for a role that does not have it), its words, and each item's link. */
function section<T>(
  list: WorkList<T>,
  props: { title: string; empty: string; more?: { to: string; label: string } },
  item: (x: T) => { key: string; to: string; label: string; detail?: ReactNode },
) {
  return (
    list && (
      <Section key={props.title} totalCount={list.totalCount} {...props}>
        {list.items.map((x) => {
          const { key, ...itemProps } = item(x);
          return <Item key={key} {...itemProps} />;
        })}
      </Section>
    )
  );
}

/** The role's sections, in the order of its day. */
export function HomeSections({ home }: { home: HomeData }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {section(
        home.cejContractsToWatch,
        {
          title: 'Contrats CEJ à surveiller',
          empty: 'Aucun contrat ne demande d’attention.',
          more: { to: '/cej', label: 'Tous les contrats' },
        },
        (e) => ({
          key: e.contract.id,
          to: `/cej/${e.contract.id}`,
          label: fullName(e.contract.participant),
          detail: e.reasons.map((r) => CEJ_ATTENTION_REASON_LABELS[r]).join(' · '),
        }),
      )}
      {section(
        home.todaySessions,
        { title: 'Séances et ateliers du jour', empty: 'Aucune séance aujourd’hui.' },
        (s) => ({
          key: s.id,
          to: `/seances/${s.id}`,
          label: s.title,
          detail: `${s.startTime} · ${s.place}`,
        }),
      )}
      {section(
        home.portfolioByUrgency,
        {
          title: 'Mon portefeuille, par urgence',
          empty: 'Aucun parcours en cours.',
          more: { to: '/portefeuille', label: 'Tout le portefeuille' },
        },
        (e) => ({
          key: e.path.id,
          to: `/participants/${e.path.participant.id}`,
          label: fullName(e.path.participant),
          detail: e.alerts.map((a) => PORTFOLIO_ALERT_LABELS[a]).join(' · ') || 'Rien d’urgent',
        }),
      )}
      {section(
        home.orientationsToProcess,
        {
          title: 'Orientations à traiter',
          empty: 'Aucune orientation en attente de fiche d’entrée.',
          more: { to: '/prestataire', label: 'Espace prestataire' },
        },
        (o) => ({
          key: o.id,
          to: `/orientations/${o.id}`,
          label: fullName(o.participant),
          detail: `Orienté·e le ${formatDay(o.orientedOn)} · fiche d’entrée due le ${formatDay(o.entrySheet.dueOn)}`,
        }),
      )}
      {section(home.lateSheets, { title: 'Fiches de liaison en retard', empty: 'Aucune fiche en retard.' }, (o) => ({
        key: o.id,
        to: `/orientations/${o.id}`,
        label: fullName(o.participant),
        detail: `Fiche d’entrée due le ${formatDay(o.entrySheet.dueOn)}`,
      }))}
      {section(
        home.committeeFiles,
        {
          title: 'Dossiers en attente du comité',
          empty: 'Aucun dossier n’attend le comité.',
          more: { to: '/comites', label: 'Les comités' },
        },
        (p) => ({ key: p.id, to: `/participants/${p.participant.id}`, label: fullName(p.participant) }),
      )}
      {section(
        home.exitProposalsToValidate,
        { title: 'Propositions de sortie à valider', empty: 'Aucune proposition de sortie à valider.' },
        (x) => ({
          key: x.id,
          to: `/orientations/${x.orientationId}`,
          label: fullName(x.orientation.participant),
          detail: `${EXIT_PROPOSAL_REASON_LABELS[x.reason]} · proposée le ${formatDay(x.raisedOn)}`,
        }),
      )}
      {home.lateLiaisonSheets && (
        <Section
          title="Fiches de liaison des prestataires en retard"
          totalCount={home.lateLiaisonSheets.totalCount}
          empty="Aucune fiche de liaison en retard."
        >
          {home.lateLiaisonSheets.items.map((o) => {
            const exit = o.exitSheet && !o.exitSheet.sentOn;
            return (
              <Item
                key={o.id}
                to={`/orientations/${o.id}`}
                label={fullName(o.participant)}
                detail={`${o.provider.name} · fiche ${exit ? 'de sortie' : 'd’entrée'} due le ${formatDay(exit ? o.exitSheet!.dueOn : o.entrySheet.dueOn)}`}
              />
            );
          })}
        </Section>
      )}
      {home.lateLotReports && (
        <Section
          title="Bilans des lots en retard"
          totalCount={home.lateLotReports.totalCount}
          empty="Aucun bilan de lot en retard."
          more={{ to: '/bilans', label: 'Tous les bilans' }}
        >
          {home.lateLotReports.items.map((r) => (
            <Item
              key={r.id}
              to={`/bilans/${r.id}`}
              label={r.title}
              detail={`${REPORT_STATUS_LABELS[r.status]} · à transmettre le ${formatDay(r.dueOn)} au plus tard`}
            />
          ))}
        </Section>
      )}
    </SimpleGrid>
  );
}
