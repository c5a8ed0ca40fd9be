import { failedReasonOf } from './reports.service';

describe('failedReasonOf (what the screen says about a report preparation)', () => {
  it('says a failed attempt will be retried only while attempts remain', () => {
    expect(failedReasonOf('delayed', 2, 5)).toBe(
      'La tentative 2 sur 5 a échoué ; la préparation sera retentée automatiquement.',
    );
  });

  it('asks to request it again once it has failed for good', () => {
    expect(failedReasonOf('failed', 5, 5)).toBe('La préparation du bilan a échoué (5 tentatives) ; redemandez-la.');
    expect(failedReasonOf('failed', 1, 5)).toMatch(
      /^La préparation du bilan a échoué \(1 tentative\) ; redemandez-la\.$/,
    );
  });

  it('says nothing while the job waits, runs or is done', () => {
    for (const state of ['waiting', 'active', 'completed']) expect(failedReasonOf(state, 0, 5)).toBeNull();
    expect(failedReasonOf('delayed', 0, 5)).toBeNull();
  });
});
