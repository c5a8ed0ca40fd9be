import { type Locator, type Page } from '@playwright/test';
import { expect, test, chooseOption, expectDashboard, signIn, todayInParis } from './helpers';

const COUNSELLOR = 'conseillere@ml-ales.test';
const COORDINATOR = 'coordination@ml-ales.test';

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Menu principal' });
}

async function signOut(page: Page): Promise<void> {
  await menu(page).getByRole('button', { name: 'Se déconnecter' }).click();
  await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
}

/** AAAA-MM-JJ shifted by whole years, months and days (UTC arithmetic on a calendar day). */
function shift(
  day: string,
  { years = 0, months = 0, days = 0 }: { years?: number; months?: number; days?: number },
): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years, date.getUTCMonth() + months, date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** As the screens write a day: "23 novembre 2026" and "23/11/2026". */
const longDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${day}T00:00:00Z`));
const shortDay = (day: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'short' }).format(new Date(`${day}T00:00:00Z`));

test('CEJ : jeune créé·e, contrat préparé et signé, action réalisée, manquement suggéré écarté, positionnement saisi, allocation détaillée, renouvellement', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const today = todayInParis();
  const stamp = Date.now().toString(36).toUpperCase();
  const lastName = `Journey${stamp}`;
  const firstName = 'Yanis';
  const birthDate = shift(today, { years: -20, days: -40 });

  // 1. The counsellor of the Mission Locale d'Alès creates the young person's file.
  await signIn(page, COUNSELLOR);
  await expectDashboard(page);
  await page.goto('/participants/nouveau');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau participant' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill(lastName);
  await page.getByRole('textbox', { name: 'Prénom', exact: true }).fill(firstName);
  await page.getByRole('radio', { name: 'Homme' }).check();
  await page.getByLabel('Date de naissance').fill(birthDate);
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: new RegExp(`${lastName} ${firstName}`, 'i') }),
  ).toBeVisible();

  // 2. A contract is prepared on /cej/nouveau for 6 months starting today.
  await menu(page).getByRole('link', { name: 'Contrats CEJ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Contrats d’engagement jeune|Contrats CEJ/ })).toBeVisible();
  await page.goto('/cej/nouveau');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouveau contrat d’engagement jeune' })).toBeVisible();
  const young = page.getByRole('combobox', { name: 'Jeune' });
  await young.click();
  await young.fill(lastName);
  await page.getByRole('option', { name: new RegExp(`${lastName}.*\\(20 ans\\)`, 'i') }).click();
  await chooseOption(page, 'Situation fiscale du foyer', 'Foyer non imposable');
  await page.getByLabel('Premier jour du contrat').fill(today);
  await page.getByRole('button', { name: 'Préparer le contrat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`CEJ — .*${lastName}`, 'i') })).toBeVisible();
  await expect(page.getByText('Brouillon', { exact: true })).toBeVisible();
  await expect(page.getByText('Le planning s’ouvre à la signature du contrat.')).toBeVisible();
  const contractPath = new URL(page.url()).pathname;
  const endOn = shift(today, { months: 6, days: -1 });

  // 3. Signature: eligible at 20, registered as a jobseeker.
  await page.getByRole('button', { name: 'Signer le contrat' }).click();
  const signDialog = page.getByRole('dialog', { name: 'Signer le contrat' });
  await expect(signDialog.getByText(': 20 ans à la signature')).toBeVisible();
  await signDialog.getByRole('button', { name: 'Signer' }).click();
  await expect(signDialog).toBeHidden();
  await expect(page.getByText('Signé, en cours', { exact: true })).toBeVisible();
  await expect(page.getByText(`signé le ${shortDay(today)} (20 ans)`)).toBeVisible();

  // 4. The week's planning: one action today, then recorded as done.
  const title = `Atelier CV ${stamp}`;
  await page.getByRole('button', { name: 'Planifier des actions' }).click();
  const planDialog = page.getByRole('dialog');
  await planDialog.getByLabel('Intitulé').fill(title);
  await planDialog.getByLabel('Entreprise, organisme ou prestataire').fill('Mission Locale Alès');
  await planDialog.getByLabel('Objectif').fill('Un CV à jour pour les candidatures');
  const dayBoxes = planDialog.getByRole('group', { name: 'Jours' }).getByRole('checkbox');
  for (const box of await dayBoxes.all()) if (await box.isChecked()) await box.uncheck();
  await planDialog.getByRole('checkbox', { name: new RegExp(`${shortDay(today).slice(0, 5)}$`) }).check();
  await planDialog.getByRole('button', { name: 'Planifier' }).click();
  await expect(planDialog).toBeHidden();
  const card = page.getByTestId('cej-action').filter({ hasText: title });
  await expect(card).toContainText('3,5 h prévues');
  await expect(card).toContainText('Prévue');
  await card.getByRole('button', { name: `Saisir la réalisation de « ${title} » le ${shortDay(today)}` }).click();
  await page.getByRole('menuitem', { name: 'Réalisée', exact: true }).click();
  const outcomeDialog = page.getByRole('dialog', { name: `${title} — ${shortDay(today)}` });
  await outcomeDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(outcomeDialog).toBeHidden();
  await expect(card).toContainText('3,5 h / 3,5 h');
  await expect(card).toContainText('Réalisée');
  await expect(page.getByText(/Réalisé : 3,5 h/)).toBeVisible();

  // 4a. A second action of the day is missed without excuse: a breach is suggested, never applied by itself; the
  // counsellor sets it aside with the reason.
  const missed = `Atelier mobilité ${stamp}`;
  await page.getByRole('button', { name: 'Planifier des actions' }).click();
  const secondDialog = page.getByRole('dialog');
  await secondDialog.getByLabel('Intitulé').fill(missed);
  for (const box of await secondDialog.getByRole('group', { name: 'Jours' }).getByRole('checkbox').all())
    if (await box.isChecked()) await box.uncheck();
  await secondDialog.getByRole('checkbox', { name: new RegExp(`${shortDay(today).slice(0, 5)}$`) }).check();
  await secondDialog.getByRole('button', { name: 'Planifier' }).click();
  await expect(secondDialog).toBeHidden();
  const missedCard = page.getByTestId('cej-action').filter({ hasText: missed });
  await missedCard
    .getByRole('button', { name: `Saisir la réalisation de « ${missed} » le ${shortDay(today)}` })
    .click();
  await page.getByRole('menuitem', { name: 'Non réalisée, absence injustifiée…' }).click();
  const absenceDialog = page.getByRole('dialog', { name: `${missed} — ${shortDay(today)}` });
  await absenceDialog.getByLabel('Motif de l’absence').fill('Pas venu, pas de nouvelles.');
  await absenceDialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(absenceDialog).toBeHidden();
  const suggestions = page.getByRole('table', { name: 'Manquements suggérés' });
  const suggestion = suggestions.getByRole('row').filter({ hasText: missed });
  await expect(suggestion).toContainText('Si confirmé : 1er manquement : retrait d’un quart de l’allocation du mois');
  await suggestion.getByRole('button', { name: 'Écarter' }).click();
  const dismissDialog = page.getByRole('dialog', { name: 'Écarter le manquement' });
  await dismissDialog.getByRole('button', { name: 'Écarter' }).click();
  await expect(dismissDialog.getByText('Indiquez pourquoi le manquement est écarté.')).toBeVisible();
  await dismissDialog.getByLabel('Raison').fill('Justificatif de transport reçu ensuite.');
  await dismissDialog.getByRole('button', { name: 'Écarter' }).click();
  await expect(dismissDialog).toBeHidden();
  await expect(suggestions).toHaveCount(0);
  await expect(missedCard).toContainText('Non réalisée (absence injustifiée)');

  // 4b. The initial positioning sheet is filled in with the young person, then shows in the history.
  await page.getByRole('tab', { name: 'Positionnement' }).click();
  const schedule = page.getByRole('table', { name: 'Échéances de positionnement' });
  const initialRow = schedule.getByRole('row').filter({ hasText: 'Positionnement initial (15 premiers jours)' });
  await expect(initialRow).toContainText(shortDay(shift(today, { days: 14 })));
  await expect(initialRow).toContainText('À venir');
  await expect(page.getByText('Aucune fiche saisie pour l’instant.')).toBeVisible();
  await initialRow.getByRole('button', { name: 'Saisir la fiche' }).click();
  const sheetDialog = page.getByRole('dialog', { name: 'Positionnement initial (15 premiers jours)' });
  await sheetDialog.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(sheetDialog.getByText('Notez chaque compétence de la grille, de 1 à 4.')).toBeVisible();
  const skills = sheetDialog.getByRole('group');
  const skillCount = await skills.count();
  expect(skillCount).toBeGreaterThanOrEqual(9);
  for (let i = 0; i < skillCount; i += 1)
    await skills
      .nth(i)
      .getByText(i % 2 === 0 ? '2 · En cours d’acquisition' : '3 · Acquis', { exact: true })
      .click();
  await sheetDialog.getByLabel('Ce qu’en dit le ou la jeune').fill('Je veux travailler mon CV et la mobilité.');
  await sheetDialog.getByRole('button', { name: 'Enregistrer la fiche' }).click();
  await expect(sheetDialog).toBeHidden();
  await expect(initialRow).toContainText('Réalisé');
  const history = page.getByRole('table', { name: 'Historique des fiches de positionnement' });
  const sheetRow = history.getByRole('row').filter({ hasText: 'Positionnement initial (15 premiers jours)' });
  await expect(sheetRow).toContainText(shortDay(today));
  await expect(sheetRow).toContainText('Je veux travailler mon CV et la mobilité.');
  await expect(page.getByText('La progression s’affiche à partir de la deuxième fiche.')).toBeVisible();
  await page.screenshot({ path: 'test-results/cej-positioning.png', fullPage: true });
  await page.getByRole('tab', { name: 'Planning' }).click();

  // 5. The month's income is declared, and the detail of the computation shows its terms.
  await page.getByRole('tab', { name: 'Allocation' }).click();
  const monthRow = page
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name: 'Détail du calcul' }) })
    .first();
  await monthRow.getByRole('button', { name: 'Déclarer les ressources' }).click();
  const declareDialog = page.getByRole('dialog');
  await declareDialog.getByLabel('Revenus d’activité du mois (€)').fill('250');
  await declareDialog.getByRole('button', { name: 'Déclarer' }).click();
  await expect(declareDialog).toBeHidden();
  await expect(monthRow).toContainText(/250,00\s€ d’activité/);
  await monthRow.getByRole('button', { name: 'Détail du calcul' }).click();
  const detail = page.getByRole('dialog');
  // A counsellor's explanation in plain French, in the young man's own words; the trace stays folded.
  const explanation = detail.getByRole('list', { name: 'Détail du calcul' });
  await expect(explanation).toContainText(/Majeur au 1er \S+ \d{4} \(20 ans\)/);
  await expect(explanation).toContainText(/Les revenus d’activité \(250,00\s€\) ne dépassent pas 300,00\s€/);
  await expect(explanation).toContainText(/Allocation due pour/);
  await expect(explanation).not.toContainText(/R_full|threshold|\d{4}-\d{2}-\d{2}/);
  await detail.getByRole('button', { name: 'Détail technique' }).click();
  const terms = detail.getByRole('table', { name: 'Détail technique du calcul' });
  await expect(terms).toBeVisible();
  expect(await terms.getByRole('row').count()).toBeGreaterThan(3);
  await expect(detail.getByText('Ressources non déclarées')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();
  await page.screenshot({ path: 'test-results/cej-contract-allowance.png', fullPage: true });
  await signOut(page);

  // 6. The coordinator renews the contract after the follow-up committee.
  await signIn(page, COORDINATOR);
  await expectDashboard(page);
  await page.goto(contractPath);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`CEJ — .*${lastName}`, 'i') })).toBeVisible();
  await expect(page.getByText(`Du ${longDay(today)} au ${longDay(endOn)}`)).toBeVisible();
  const newEndOn = shift(endOn, { months: 3 });
  await page.getByRole('button', { name: 'Renouveler' }).click();
  const renewDialog = page.getByRole('dialog', { name: 'Renouveler le contrat' });
  await expect(renewDialog.getByText(`Fin actuelle : ${longDay(endOn)}`)).toBeVisible();
  await renewDialog.getByLabel('Nouveau dernier jour du contrat').fill(newEndOn);
  await renewDialog
    .getByLabel('Avis motivé de la commission')
    .fill('Engagement régulier, projet de formation en cours : renouvellement de trois mois.');
  await renewDialog.getByRole('button', { name: 'Renouveler' }).click();
  await expect(renewDialog).toBeHidden();
  await expect(page.getByText(`Du ${longDay(today)} au ${longDay(newEndOn)}`)).toBeVisible();
  await expect(page.getByText('6 mois initiaux · 1 renouvellement', { exact: false })).toBeVisible();
  await expect(page.getByText('Signé, en cours', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Historique' }).click();
  await expect(page.getByRole('cell', { name: `${shortDay(endOn)} → ${shortDay(newEndOn)}` })).toBeVisible();
  await expect(page.getByRole('cell', { name: `Commission du ${shortDay(today)}` })).toBeVisible();
  // The renewal owes a new positioning sheet, due within 15 days of the committee; the initial one stays in the history.
  await page.getByRole('tab', { name: 'Positionnement' }).click();
  const renewalDue = page
    .getByRole('table', { name: 'Échéances de positionnement' })
    .getByRole('row')
    .filter({ hasText: 'Positionnement au renouvellement' });
  await expect(renewalDue).toContainText(shortDay(shift(today, { days: 14 })));
  await expect(renewalDue).toContainText('À venir');
  await expect(
    page
      .getByRole('table', { name: 'Historique des fiches de positionnement' })
      .getByRole('row')
      .filter({ hasText: 'Positionnement initial' }),
  ).toContainText(shortDay(today));
  await page.getByRole('tab', { name: 'Planning' }).click();
  await expect(page.getByTestId('cej-action').filter({ hasText: title })).toContainText('Réalisée');
  await page.screenshot({ path: 'test-results/cej-contract.png', fullPage: true });
});
