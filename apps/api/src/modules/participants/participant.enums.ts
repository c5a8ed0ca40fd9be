import { registerEnumType } from '@nestjs/graphql';
import {
  EducationLevel,
  ParticipantDocumentSource,
  EntrySituation,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
  IscedGroup,
  PathStatus,
  Programme,
  Sex,
} from '@passerelle/domain';

registerEnumType(Sex, { name: 'Sex', description: 'Sexe à l’état civil.' });
registerEnumType(Programme, { name: 'Programme', description: 'Dispositif dans lequel la personne est suivie.' });
registerEnumType(EntrySituation, {
  name: 'EntrySituation',
  description: 'Situation à l’entrée qui justifie l’accompagnement.',
});
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Niveau de formation (nomenclature de 2019, niveaux 3 à 8, et en deçà).',
});
registerEnumType(FseEmploymentStatus, {
  name: 'FseEmploymentStatus',
  description: 'FSE+ : situation sur le marché du travail.',
});
registerEnumType(FseHouseholdSituation, { name: 'FseHouseholdSituation', description: 'FSE+ : situation du ménage.' });
registerEnumType(FseAnswer, {
  name: 'FseAnswer',
  description: 'FSE+ : réponse à une question que la personne peut refuser (oui, non, ne souhaite pas répondre).',
});
registerEnumType(IscedGroup, { name: 'IscedGroup', description: 'FSE+ : groupe de niveaux CITE (ISCED).' });
registerEnumType(PathStatus, { name: 'PathStatus', description: 'Statut d’un parcours PLIE.' });
registerEnumType(ParticipantDocumentSource, {
  name: 'ParticipantDocumentSource',
  description: 'Origine d’un document du dossier (pièce déposée, fiche de liaison, émargement, fiche d’immersion).',
});
