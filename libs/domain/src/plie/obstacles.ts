/** Obstacles to employment ("freins") found by the socio-professional diagnosis. */
export enum ObstacleKind {
  HEALTH = 'HEALTH',
  HOUSING = 'HOUSING',
  MOBILITY = 'MOBILITY',
  CHILDCARE = 'CHILDCARE',
  LANGUAGE = 'LANGUAGE',
  DIGITAL = 'DIGITAL',
  CONFIDENCE = 'CONFIDENCE',
  LEGAL = 'LEGAL',
  FINANCIAL = 'FINANCIAL',
  OTHER = 'OTHER',
}

export const OBSTACLE_KIND_LABELS: Record<ObstacleKind, string> = {
  [ObstacleKind.HEALTH]: 'Santé',
  [ObstacleKind.HOUSING]: 'Logement',
  [ObstacleKind.MOBILITY]: 'Mobilité',
  [ObstacleKind.CHILDCARE]: 'Garde d’enfants',
  [ObstacleKind.LANGUAGE]: 'Maîtrise du français',
  [ObstacleKind.DIGITAL]: 'Numérique',
  [ObstacleKind.CONFIDENCE]: 'Confiance en soi',
  [ObstacleKind.LEGAL]: 'Situation administrative ou judiciaire',
  [ObstacleKind.FINANCIAL]: 'Difficultés financières',
  [ObstacleKind.OTHER]: 'Autre frein',
};

export enum ObstacleSeverity {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

export const OBSTACLE_SEVERITY_LABELS: Record<ObstacleSeverity, string> = {
  [ObstacleSeverity.LOW]: 'Faible',
  [ObstacleSeverity.MEDIUM]: 'Moyen',
  [ObstacleSeverity.HIGH]: 'Fort',
};

export enum ObstacleStatus {
  IDENTIFIED = 'IDENTIFIED',
  IN_PROGRESS = 'IN_PROGRESS',
  LIFTED = 'LIFTED',
}

export const OBSTACLE_STATUS_LABELS: Record<ObstacleStatus, string> = {
  [ObstacleStatus.IDENTIFIED]: 'Repéré',
  [ObstacleStatus.IN_PROGRESS]: 'En cours de traitement',
  [ObstacleStatus.LIFTED]: 'Levé',
};
