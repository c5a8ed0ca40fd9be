/** The qualitative sections people write in a report (seed 002 §5, "critères qualitatifs"), in order. */
export const REPORT_NARRATIVE_SECTIONS: readonly { key: string; title: string }[] = [
  { key: 'summary', title: 'Synthèse de la période' },
  { key: 'partnership', title: 'Mobilisation du partenariat et description de sa mise en œuvre' },
  { key: 'communication', title: 'Moyens et outils de communication utilisés en direction du public' },
  { key: 'localAdaptation', title: 'Adaptation permanente au contexte local' },
  { key: 'methodology', title: 'Méthodologie, formalisation du projet et qualification des intervenants' },
  { key: 'equality', title: 'Égalité entre les femmes et les hommes, égalité des chances et non-discrimination' },
  { key: 'feedback', title: 'Retour d’information et suivi attendus par le PLIE' },
];

export const REPORT_NARRATIVE_KEYS: readonly string[] = REPORT_NARRATIVE_SECTIONS.map((s) => s.key);

/** Longest text accepted in one section. */
export const REPORT_NARRATIVE_MAX_LENGTH = 20000;
