import { registerEnums } from '../../core/graphql/enums';
import { AgeBand, DropOffMeasure, ReportKind, ReportStatus } from '@passerelle/domain';

registerEnums(
  { ReportKind, ReportStatus, AgeBand, DropOffMeasure },
  {
    ReportKind: 'Type de bilan : tableau mensuel, bilan intermédiaire au 31 mai ou au 30 septembre, bilan final.',
    ReportStatus: 'Brouillon, transmis (chiffres figés), validé, ou renvoyé pour corrections (de nouveau modifiable).',
    AgeBand: 'Tranche d’âge des bilans et de l’analyse du décrochage.',
    DropOffMeasure: 'Mesure du décrochage (étude de la Mission Locale du Val d’Oise).',
  },
);
