import { registerEnums } from '../../core/graphql/enums';
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

registerEnums(
  {
    Sex,
    Programme,
    EntrySituation,
    EducationLevel,
    FseEmploymentStatus,
    FseHouseholdSituation,
    FseAnswer,
    IscedGroup,
    PathStatus,
    ParticipantDocumentSource,
  },
  {
    Sex: 'Sexe à l’état civil.',
    Programme: 'Dispositif dans lequel la personne est suivie.',
    EntrySituation: 'Situation à l’entrée qui justifie l’accompagnement.',
    EducationLevel: 'Niveau de formation (nomenclature de 2019, niveaux 3 à 8, et en deçà).',
    FseEmploymentStatus: 'FSE+ : situation sur le marché du travail.',
    FseHouseholdSituation: 'FSE+ : situation du ménage.',
    FseAnswer: 'FSE+ : réponse à une question que la personne peut refuser (oui, non, ne souhaite pas répondre).',
    IscedGroup: 'FSE+ : groupe de niveaux CITE (ISCED).',
    PathStatus: 'Statut d’un parcours PLIE.',
    ParticipantDocumentSource:
      'Origine d’un document du dossier (pièce déposée, fiche de liaison, émargement, fiche d’immersion).',
  },
);
