import {
  EDUCATION_LEVEL_LABELS,
  EducationLevel,
  EntrySituation,
  FseAnswer,
  FseEmploymentStatus,
  FseHouseholdSituation,
  PATH_STATUS_LABELS,
  PathStatus,
  Programme,
  PROGRAMME_LABELS,
  Sex,
} from '@passerelle/domain';
import type { KeyValueStorage } from '../../lib/token-store';

/** "LEFÈVRE Marie": family name first, as on French administrative lists. */
export function participantName(p: { firstName: string; lastName: string }): string {
  return `${p.lastName.toLocaleUpperCase('fr-FR')} ${p.firstName}`;
}

// ---------------------------------------------------------------------------------------------------------------
// List filters: kept in the address bar (so that back, reload and a shared link give the same list) and in saved
// searches.

export interface ParticipantListFilters {
  search: string;
  birthDate: string;
  branchId: string;
  referentUserId: string;
  programme: Programme | '';
  pathStatus: PathStatus | '';
  /** '' all, 'yes' only files with missing FSE+ entry data, 'no' only complete ones. */
  fseIncomplete: '' | 'yes' | 'no';
}

export const EMPTY_FILTERS: ParticipantListFilters = {
  search: '',
  birthDate: '',
  branchId: '',
  referentUserId: '',
  programme: '',
  pathStatus: '',
  fseIncomplete: '',
};

const PARAM_NAMES: Record<keyof ParticipantListFilters, string> = {
  search: 'q',
  birthDate: 'naissance',
  branchId: 'antenne',
  referentUserId: 'referent',
  programme: 'dispositif',
  pathStatus: 'statut',
  fseIncomplete: 'fse',
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the filters of the address bar, dropping any value that is not one the screen offers. */
export function filtersFromParams(params: URLSearchParams): ParticipantListFilters {
  const get = (key: keyof ParticipantListFilters) => (params.get(PARAM_NAMES[key]) ?? '').trim();
  const programme = get('programme');
  const pathStatus = get('pathStatus');
  const fse = get('fseIncomplete');
  const birthDate = get('birthDate');
  return {
    search: get('search').slice(0, 100),
    birthDate: DAY.test(birthDate) ? birthDate : '',
    branchId: get('branchId'),
    referentUserId: get('referentUserId'),
    programme: (Object.values(Programme) as string[]).includes(programme) ? (programme as Programme) : '',
    pathStatus: (Object.values(PathStatus) as string[]).includes(pathStatus) ? (pathStatus as PathStatus) : '',
    fseIncomplete: fse === 'yes' || fse === 'no' ? fse : '',
  };
}

/** The address-bar form of the filters: empty ones are left out. */
export function filtersToParams(filters: ParticipantListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM_NAMES) as (keyof ParticipantListFilters)[]) {
    const value = filters[key].trim();
    if (value) params.set(PARAM_NAMES[key], value);
  }
  return params;
}

export function hasActiveFilters(filters: ParticipantListFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/** The GraphQL filter: null for what is not filtered. */
export function toParticipantFilter(filters: ParticipantListFilters) {
  return {
    search: filters.search.trim() || null,
    birthDate: filters.birthDate || null,
    branchId: filters.branchId || null,
    referentUserId: filters.referentUserId || null,
    programme: filters.programme || null,
    pathStatus: filters.pathStatus || null,
    fseEntryIncomplete: filters.fseIncomplete === '' ? null : filters.fseIncomplete === 'yes',
  };
}

/** "« mar » · Antenne : Amiens · Statut : Actif", to recognise a saved search. */
export function describeFilters(
  filters: ParticipantListFilters,
  names: { branches?: Record<string, string>; referents?: Record<string, string> } = {},
): string {
  const parts: string[] = [];
  if (filters.search.trim()) parts.push(`« ${filters.search.trim()} »`);
  if (filters.birthDate) parts.push(`Né·e le ${filters.birthDate.split('-').reverse().join('/')}`);
  if (filters.branchId) parts.push(`Antenne : ${names.branches?.[filters.branchId] ?? 'choisie'}`);
  if (filters.referentUserId) parts.push(`Référent·e : ${names.referents?.[filters.referentUserId] ?? 'choisi·e'}`);
  if (filters.programme) parts.push(`Dispositif : ${PROGRAMME_LABELS[filters.programme]}`);
  if (filters.pathStatus) parts.push(`Statut : ${PATH_STATUS_LABELS[filters.pathStatus]}`);
  if (filters.fseIncomplete === 'yes') parts.push('Données FSE+ à compléter');
  if (filters.fseIncomplete === 'no') parts.push('Données FSE+ complètes');
  return parts.length > 0 ? parts.join(' · ') : 'Tous les participants';
}

// ---------------------------------------------------------------------------------------------------------------
// Saved searches. The API offers no saved searches yet: they are kept in this browser's localStorage, one list per
// user and per structure (key `passerelle.savedSearches.<userId>.<structureId>`). They hold filters only, never a
// participant's data, so nothing personal is left on the machine.

export interface SavedSearch {
  name: string;
  filters: ParticipantListFilters;
}

export const SAVED_SEARCHES_PREFIX = 'passerelle.savedSearches';
export const MAX_SAVED_SEARCHES = 20;

export function savedSearchesKey(userId: string, structureId: string): string {
  return `${SAVED_SEARCHES_PREFIX}.${userId}.${structureId}`;
}

function parseSaved(raw: string | null): SavedSearch[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is { name: string; filters: Record<string, string> } =>
          typeof item?.name === 'string' && typeof item?.filters === 'object' && item.filters !== null,
      )
      .map((item) => ({
        name: item.name,
        filters: filtersFromParams(filtersToParams({ ...EMPTY_FILTERS, ...pickStrings(item.filters) })),
      }));
  } catch {
    return [];
  }
}

function pickStrings(value: Record<string, unknown>): Partial<ParticipantListFilters> {
  const result: Record<string, string> = {};
  for (const key of Object.keys(EMPTY_FILTERS)) if (typeof value[key] === 'string') result[key] = value[key] as string;
  return result as Partial<ParticipantListFilters>;
}

export function readSavedSearches(storage: KeyValueStorage, userId: string, structureId: string): SavedSearch[] {
  return parseSaved(storage.getItem(savedSearchesKey(userId, structureId)));
}

/** Saves (or replaces, by name, case-insensitively) a search; the newest first, at most MAX_SAVED_SEARCHES. */
export function saveSearch(
  storage: KeyValueStorage,
  userId: string,
  structureId: string,
  search: SavedSearch,
): SavedSearch[] {
  const name = search.name.trim();
  if (!name) return readSavedSearches(storage, userId, structureId);
  const others = readSavedSearches(storage, userId, structureId).filter(
    (s) => s.name.toLocaleLowerCase('fr-FR') !== name.toLocaleLowerCase('fr-FR'),
  );
  const next = [{ name, filters: search.filters }, ...others].slice(0, MAX_SAVED_SEARCHES);
  storage.setItem(savedSearchesKey(userId, structureId), JSON.stringify(next));
  return next;
}

export function deleteSavedSearch(
  storage: KeyValueStorage,
  userId: string,
  structureId: string,
  name: string,
): SavedSearch[] {
  const next = readSavedSearches(storage, userId, structureId).filter((s) => s.name !== name);
  storage.setItem(savedSearchesKey(userId, structureId), JSON.stringify(next));
  return next;
}

// ---------------------------------------------------------------------------------------------------------------
// Address and branch: the API attaches a participant to the branch whose areas hold the district, else the commune.

export interface BranchWithAreas {
  id: string;
  name: string;
  areas: readonly { kind: string; code: string; label: string }[];
}

/** The branch the API will derive from the address (district first, then commune), or null. */
export function derivedBranch<B extends BranchWithAreas>(
  branches: readonly B[],
  address: { communeCode?: string | null; districtCode?: string | null },
): B | null {
  const district = address.districtCode?.trim();
  const commune = address.communeCode?.trim().toUpperCase();
  if (district) {
    const byDistrict = branches.find((b) => b.areas.some((a) => a.kind === 'DISTRICT' && a.code === district));
    if (byDistrict) return byDistrict;
  }
  if (commune)
    return branches.find((b) => b.areas.some((a) => a.kind === 'COMMUNE' && a.code.toUpperCase() === commune)) ?? null;
  return null;
}

/** The communes and districts the structure's branches cover, to pick an address from (sorted by name). */
export function coveredAreas(
  branches: readonly BranchWithAreas[],
  kind: 'COMMUNE' | 'DISTRICT',
): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const branch of branches)
    for (const area of branch.areas)
      if (area.kind === kind && !seen.has(area.code)) seen.set(area.code, `${area.label} (${area.code})`);
  return [...seen.entries()]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}

/** Label of a covered area by its code (to fill the commune name when picked from the list). */
export function areaLabel(branches: readonly BranchWithAreas[], code: string): string | null {
  for (const branch of branches) for (const area of branch.areas) if (area.code === code) return area.label;
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The creation form.

/** The address and branch part of a participant form. */
export interface AddressFormValues {
  addressLine: string;
  postalCode: string;
  communeCode: string;
  communeName: string;
  districtCode: string;
  inQpv: boolean;
  /** '' = the branch derived from the address. */
  branchId: string;
}

/** The FSE+ entry questionnaire of a participant form. */
export interface FseEntryFormValues {
  employmentStatus: FseEmploymentStatus | '';
  householdSituation: FseHouseholdSituation | '';
  disability: FseAnswer | '';
  thirdCountryNational: FseAnswer | '';
  foreignBackground: FseAnswer | '';
  minority: FseAnswer | '';
  homeless: FseAnswer | '';
  ruralArea: '' | 'yes' | 'no';
}

/** The FSE+ entry questionnaire, nothing answered yet. */
export const EMPTY_FSE_ENTRY: FseEntryFormValues = {
  employmentStatus: '',
  householdSituation: '',
  disability: '',
  thirdCountryNational: '',
  foreignBackground: '',
  minority: '',
  homeless: '',
  ruralArea: '',
};

export interface ParticipantFormValues extends AddressFormValues, FseEntryFormValues {
  lastName: string;
  firstName: string;
  sex: Sex | '';
  birthDate: string;
  phone: string;
  email: string;
  referentUserId: string;
  entrySituations: EntrySituation[];
  educationLevel: EducationLevel | '';
}

export const EMPTY_PARTICIPANT_FORM: ParticipantFormValues = {
  lastName: '',
  firstName: '',
  sex: '',
  birthDate: '',
  phone: '',
  email: '',
  addressLine: '',
  postalCode: '',
  communeCode: '',
  communeName: '',
  districtCode: '',
  inQpv: false,
  branchId: '',
  referentUserId: '',
  entrySituations: [],
  educationLevel: '',
  ...EMPTY_FSE_ENTRY,
};

/** API field paths → form fields, for `extensions.fields` of an input error. */
export const PARTICIPANT_FIELD_RENAMES: Record<string, string> = {
  'address.line': 'addressLine',
  'address.postalCode': 'postalCode',
  'address.communeCode': 'communeCode',
  'address.communeName': 'communeName',
  'address.districtCode': 'districtCode',
  'input.address.communeCode': 'communeCode',
  'input.address.postalCode': 'postalCode',
  'fseEntry.employmentStatus': 'employmentStatus',
  'fseEntry.householdSituation': 'householdSituation',
};

const orNull = (value: string) => value.trim() || null;

/** The address input, or null when nothing of it was typed. */
export function addressInput(values: ParticipantFormValues) {
  const address = {
    line: orNull(values.addressLine),
    postalCode: orNull(values.postalCode),
    communeCode: orNull(values.communeCode)?.toUpperCase() ?? null,
    communeName: orNull(values.communeName),
    districtCode: orNull(values.districtCode),
    inQpv: values.inQpv,
  };
  const empty =
    !address.line &&
    !address.postalCode &&
    !address.communeCode &&
    !address.communeName &&
    !address.districtCode &&
    !address.inQpv;
  return empty ? null : address;
}

/** FSE+ answers that are special-category data: read and written only by those who follow the person. */
export const SENSITIVE_FSE_FIELDS = ['disability', 'foreignBackground', 'minority'] as const;

/**
 * FSE+ answers: only those given (an empty one stays unanswered and shows in the to-do). Without the right to see
 * sensitive data, the special-category answers are left out (they come back null, and must not be erased).
 */
export function fseEntryInput(values: ParticipantFormValues, canSeeSensitive = true) {
  const entry: Record<string, unknown> = {};
  if (values.employmentStatus) entry.employmentStatus = values.employmentStatus;
  if (values.householdSituation) entry.householdSituation = values.householdSituation;
  for (const key of ['disability', 'thirdCountryNational', 'foreignBackground', 'minority', 'homeless'] as const)
    if (values[key]) entry[key] = values[key];
  if (values.ruralArea) entry.ruralArea = values.ruralArea === 'yes';
  if (!canSeeSensitive) for (const key of SENSITIVE_FSE_FIELDS) delete entry[key];
  return entry as {
    employmentStatus?: FseEmploymentStatus;
    householdSituation?: FseHouseholdSituation;
    disability?: FseAnswer;
    thirdCountryNational?: FseAnswer;
    foreignBackground?: FseAnswer;
    minority?: FseAnswer;
    homeless?: FseAnswer;
    ruralArea?: boolean;
  };
}

export function createParticipantInput(
  values: ParticipantFormValues,
  confirmNotDuplicate = false,
  canSeeSensitive = true,
) {
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    sex: values.sex as Sex,
    birthDate: values.birthDate,
    phone: orNull(values.phone),
    email: orNull(values.email)?.toLowerCase() ?? null,
    address: addressInput(values),
    branchId: values.branchId || null,
    referentUserId: values.referentUserId || null,
    entrySituations: values.entrySituations,
    educationLevel: values.educationLevel || null,
    fseEntry: fseEntryInput(values, canSeeSensitive),
    confirmNotDuplicate,
  };
}

export const EDUCATION_LEVEL_OPTIONS = Object.values(EducationLevel).map((value) => ({
  value,
  label: EDUCATION_LEVEL_LABELS[value],
}));

/** Client-side checks mirroring the API's, answered before the round trip. */
export function participantFormErrors(
  values: ParticipantFormValues,
  today: string,
): Partial<Record<keyof ParticipantFormValues, string>> {
  const errors: Partial<Record<keyof ParticipantFormValues, string>> = {};
  if (!values.lastName.trim()) errors.lastName = 'Le nom est obligatoire.';
  if (!values.firstName.trim()) errors.firstName = 'Le prénom est obligatoire.';
  if (!values.sex) errors.sex = 'Indiquez le sexe à l’état civil.';
  if (!DAY.test(values.birthDate)) errors.birthDate = 'La date de naissance est obligatoire.';
  else if (values.birthDate > today || values.birthDate < '1900-01-01')
    errors.birthDate = 'La date de naissance doit être passée (après 1900).';
  if (values.email.trim() && !/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (values.postalCode.trim() && !/^\d{5}$/.test(values.postalCode.trim()))
    errors.postalCode = 'Le code postal compte 5 chiffres.';
  if (values.communeCode.trim() && !/^[0-9][0-9AB][0-9]{3}$/i.test(values.communeCode.trim()))
    errors.communeCode = 'Le code INSEE compte 5 caractères (ex. 80021).';
  return errors;
}
