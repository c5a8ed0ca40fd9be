import { Anchor, Container, List, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ACCESSIBILITY_STATUS } from '../components/accessibility-link';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap="xs" component="section" aria-labelledby={`declaration-${title}`}>
      <Title order={2} size="h3" id={`declaration-${title}`}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/**
 * The accessibility statement (déclaration d'accessibilité) in the RGAA model the French public services publish:
 * compliance status, non-accessible content, how the statement was made, feedback and legal remedies. Public: a
 * participant who signs on a phone reaches it without an account.
 */
export function AccessibilityStatementPage() {
  return (
    <Container size="md" py="xl" component="main" id="contenu">
      <Stack gap="lg">
        <Stack gap={4}>
          <Anchor component={Link} to="/" size="sm">
            Passerelle
          </Anchor>
          <Title order={1}>Déclaration d’accessibilité</Title>
        </Stack>
        <Text>
          Les structures qui utilisent Passerelle (Missions Locales, PLIE et leurs prestataires) s’engagent à rendre
          leurs services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005.
        </Text>
        <Text>
          Cette déclaration d’accessibilité s’applique à Passerelle, l’application de suivi des parcours d’insertion, y
          compris la page publique de signature des feuilles d’émargement.
        </Text>

        <Section title="État de conformité">
          <Text>
            Passerelle est <strong>{ACCESSIBILITY_STATUS}</strong> avec le référentiel général d’amélioration de
            l’accessibilité (RGAA), version 4.1.2 : aucun audit de conformité complet n’a encore été réalisé. Les
            vérifications menées sont décrites ci-dessous.
          </Text>
        </Section>

        <Section title="Résultats des tests">
          <List spacing="xs">
            <List.Item>
              À chaque version, un test automatique (axe-core, critères WCAG 2.1 niveaux A et AA sur lesquels le RGAA
              est fondé) parcourt tous les écrans accessibles à chaque rôle de démonstration, sur ordinateur et sur
              téléphone (390 × 844 pixels), ainsi que la page publique de signature : aucune violation critique ou
              sérieuse n’y est relevée.
            </List.Item>
            <List.Item>
              Les parcours principaux (connexion, suivi d’un participant, émargement, bilans) sont utilisables au
              clavier seul.
            </List.Item>
          </List>
        </Section>

        <Section title="Contenus non accessibles">
          <Text fw={600}>Non-conformités connues</Text>
          <List spacing="xs">
            <List.Item>
              Les tests automatiques ne couvrent qu’une partie des critères du RGAA : la pertinence des alternatives
              textuelles, l’ordre de lecture et la restitution par les lecteurs d’écran n’ont pas encore été vérifiés
              par un audit.
            </List.Item>
            <List.Item>
              Les graphiques des tableaux de bord et des indicateurs n’ont pas tous une alternative sous forme de
              tableau de données.
            </List.Item>
            <List.Item>
              Les documents PDF produits (feuilles d’émargement, contrats, bilans) n’ont pas été vérifiés au regard du
              RGAA.
            </List.Item>
          </List>
          <Text fw={600}>Dérogations pour charge disproportionnée</Text>
          <Text>Aucune.</Text>
          <Text fw={600}>Contenus non soumis à l’obligation d’accessibilité</Text>
          <Text>
            La signature manuscrite sur écran demande de dessiner : une personne qui ne le peut pas signe la feuille
            d’émargement papier, que la structure imprime depuis la page de la séance.
          </Text>
        </Section>

        <Section title="Établissement de cette déclaration">
          <Text>Cette déclaration a été établie le 3 décembre 2026.</Text>
          <Text fw={600}>Technologies utilisées</Text>
          <Text>HTML5, CSS, JavaScript (React).</Text>
          <Text fw={600}>Environnement de test</Text>
          <Text>
            Chromium (Debian) sur ordinateur et en taille de téléphone, extension axe-core ; navigation au clavier.
          </Text>
        </Section>

        <Section title="Retour d’information et contact">
          <Text>
            Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez la structure qui vous accompagne ou
            qui vous emploie (Mission Locale, PLIE ou prestataire) : elle vous orientera vers une alternative accessible
            ou vous fournira le contenu sous une autre forme.
          </Text>
        </Section>

        <Section title="Voies de recours">
          <Text>
            Si vous avez signalé un défaut d’accessibilité qui vous empêche d’accéder à un contenu ou à un service et
            que vous n’avez pas obtenu de réponse satisfaisante, vous pouvez :
          </Text>
          <List spacing="xs">
            <List.Item>
              écrire un message au{' '}
              <Anchor href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener noreferrer">
                Défenseur des droits
              </Anchor>{' '}
              ;
            </List.Item>
            <List.Item>
              contacter{' '}
              <Anchor
                href="https://www.defenseurdesdroits.fr/saisir/delegues"
                target="_blank"
                rel="noopener noreferrer"
              >
                le délégué du Défenseur des droits dans votre région
              </Anchor>{' '}
              ;
            </List.Item>
            <List.Item>
              envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
              71120, 75342 Paris CEDEX 07.
            </List.Item>
          </List>
        </Section>
      </Stack>
    </Container>
  );
}
