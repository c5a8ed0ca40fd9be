import { PortfolioAlert, StepOutcome } from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import { parseNoContactWeeks, portfolioAlertLabel, sinceLabel, stepEndingSoon } from './portfolio-rules';

describe('portfolio', () => {
  it('words the alerts, with the chosen number of weeks', () => {
    expect(portfolioAlertLabel(PortfolioAlert.NO_RECENT_CONTACT, 6)).toBe('Pas de contact depuis 6 semaines ou plus');
    expect(portfolioAlertLabel(PortfolioAlert.EXIT_SHEET_OWED, 4)).toBe('Fiche de sortie à établir');
  });

  it('says how long ago the last contact was', () => {
    expect(sinceLabel(null, '2026-03-01')).toBe('jamais');
    expect(sinceLabel('2026-03-01', '2026-03-01')).toBe('aujourd’hui');
    expect(sinceLabel('2026-02-28', '2026-03-01')).toBe('hier');
    expect(sinceLabel('2026-02-20', '2026-03-01')).toBe('il y a 9 jours');
    expect(sinceLabel('2026-01-20', '2026-03-01')).toBe('il y a 5 semaines');
  });

  it('finds the running step that ends first within 14 days', () => {
    const steps = [
      { title: 'Atelier CV', outcome: StepOutcome.IN_PROGRESS, plannedEnd: '2026-03-20' },
      { title: 'Immersion', outcome: StepOutcome.PLANNED, plannedEnd: '2026-03-10' },
      { title: 'Formation finie', outcome: StepOutcome.COMPLETED, plannedEnd: '2026-03-05' },
      { title: 'Trop loin', outcome: StepOutcome.IN_PROGRESS, plannedEnd: '2026-04-30' },
      { title: 'Déjà passée', outcome: StepOutcome.IN_PROGRESS, plannedEnd: '2026-02-20' },
    ];
    expect(stepEndingSoon(steps, '2026-03-01')).toMatchObject({ title: 'Immersion', endsOn: '2026-03-10' });
    expect(stepEndingSoon(steps.slice(2), '2026-03-01')).toBeNull();
  });

  it('accepts only the offered thresholds from the address bar', () => {
    expect(parseNoContactWeeks('6', 4)).toBe(6);
    expect(parseNoContactWeeks('5', 4)).toBe(4);
    expect(parseNoContactWeeks(null, 4)).toBe(4);
  });
});
