import { FseAnswer, FseEmploymentStatus, PathStatus, Programme, Sex } from '@passerelle/domain';
import { describe, expect, it } from 'vitest';
import type { KeyValueStorage } from '../../lib/token-store';
import {
  coveredAreas,
  createParticipantInput,
  deleteSavedSearch,
  derivedBranch,
  describeFilters,
  EMPTY_FILTERS,
  EMPTY_PARTICIPANT_FORM,
  filtersFromParams,
  filtersToParams,
  fseEntryInput,
  hasActiveFilters,
  MAX_SAVED_SEARCHES,
  participantFormErrors,
  participantName,
  readSavedSearches,
  saveSearch,
  savedSearchesKey,
  toParticipantFilter,
} from './participant-rules';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const BRANCHES = [
  { id: 'b-amiens', name: 'Amiens', areas: [{ kind: 'COMMUNE', code: '80021', label: 'Amiens' }] },
  {
    id: 'b-peri',
    name: 'Communes de la métropole',
    areas: [
      { kind: 'COMMUNE', code: '80489', label: 'Longueau' },
      { kind: 'COMMUNE', code: '80154', label: 'Camon' },
    ],
  },
  { id: 'b-lyon5', name: 'Duchère', areas: [{ kind: 'DISTRICT', code: '69385', label: 'Lyon 5e' }] },
  { id: 'b-lyon', name: 'Lyon', areas: [{ kind: 'COMMUNE', code: '69123', label: 'Lyon' }] },
];

describe('participant list filters', () => {
  it('round-trips through the address bar and drops unknown values', () => {
    const filters = {
      ...EMPTY_FILTERS,
      search: 'lef mar',
      pathStatus: PathStatus.ACTIVE,
      fseIncomplete: 'yes' as const,
      branchId: 'b-amiens',
    };
    const params = filtersToParams(filters);
    expect(params.toString()).toBe('q=lef+mar&antenne=b-amiens&statut=ACTIVE&fse=yes');
    expect(filtersFromParams(params)).toEqual(filters);
    expect(
      filtersFromParams(new URLSearchParams('statut=DELETED&dispositif=XYZ&naissance=hier&fse=peut-etre')),
    ).toEqual(EMPTY_FILTERS);
    expect(hasActiveFilters(EMPTY_FILTERS)).toBe(false);
    expect(hasActiveFilters(filters)).toBe(true);
  });

  it('builds the GraphQL filter with nulls for what is not filtered', () => {
    expect(toParticipantFilter(EMPTY_FILTERS)).toEqual({
      search: null,
      birthDate: null,
      branchId: null,
      referentUserId: null,
      programme: null,
      pathStatus: null,
      fseEntryIncomplete: null,
    });
    expect(
      toParticipantFilter({ ...EMPTY_FILTERS, search: '  mar ', programme: Programme.PLIE, fseIncomplete: 'no' }),
    ).toMatchObject({
      search: 'mar',
      programme: 'PLIE',
      fseEntryIncomplete: false,
    });
  });

  it('describes a search in French', () => {
    expect(describeFilters(EMPTY_FILTERS)).toBe('Tous les participants');
    expect(
      describeFilters(
        {
          ...EMPTY_FILTERS,
          search: 'mar',
          branchId: 'b-amiens',
          pathStatus: PathStatus.AWAITING_COMMITTEE,
          birthDate: '1980-05-20',
        },
        { branches: { 'b-amiens': 'Amiens' } },
      ),
    ).toBe('« mar » · Né·e le 20/05/1980 · Antenne : Amiens · Statut : En attente du comité');
  });
});

describe('saved searches (localStorage, per user and structure)', () => {
  it('saves, replaces by name, lists newest first and deletes', () => {
    const storage = memoryStorage();
    saveSearch(storage, 'u1', 's1', { name: 'Actifs', filters: { ...EMPTY_FILTERS, pathStatus: PathStatus.ACTIVE } });
    saveSearch(storage, 'u1', 's1', { name: 'FSE à compléter', filters: { ...EMPTY_FILTERS, fseIncomplete: 'yes' } });
    let list = saveSearch(storage, 'u1', 's1', {
      name: 'actifs',
      filters: { ...EMPTY_FILTERS, pathStatus: PathStatus.IN_JOB_FOLLOW_UP },
    });
    expect(list.map((s) => s.name)).toEqual(['actifs', 'FSE à compléter']);
    expect(list[0].filters.pathStatus).toBe(PathStatus.IN_JOB_FOLLOW_UP);
    expect(readSavedSearches(storage, 'u2', 's1')).toEqual([]);
    expect(readSavedSearches(storage, 'u1', 's2')).toEqual([]);
    expect(storage.data.has(savedSearchesKey('u1', 's1'))).toBe(true);
    list = deleteSavedSearch(storage, 'u1', 's1', 'actifs');
    expect(list.map((s) => s.name)).toEqual(['FSE à compléter']);
  });

  it('keeps at most 20 and survives garbage in storage', () => {
    const storage = memoryStorage();
    for (let i = 0; i < 25; i++) saveSearch(storage, 'u', 's', { name: `Recherche ${i}`, filters: EMPTY_FILTERS });
    expect(readSavedSearches(storage, 'u', 's')).toHaveLength(MAX_SAVED_SEARCHES);
    storage.setItem(savedSearchesKey('u', 's'), '{pas du json');
    expect(readSavedSearches(storage, 'u', 's')).toEqual([]);
    storage.setItem(
      savedSearchesKey('u', 's'),
      JSON.stringify([{ name: 'X', filters: { pathStatus: 'NOPE', search: 'ab' } }, { nom: 'Y' }]),
    );
    expect(readSavedSearches(storage, 'u', 's')).toEqual([{ name: 'X', filters: { ...EMPTY_FILTERS, search: 'ab' } }]);
  });
});

describe('branch derived from the address', () => {
  it('takes the district first, then the commune, like the API', () => {
    expect(derivedBranch(BRANCHES, { communeCode: '80489' })?.id).toBe('b-peri');
    expect(derivedBranch(BRANCHES, { communeCode: '69123', districtCode: '69385' })?.id).toBe('b-lyon5');
    expect(derivedBranch(BRANCHES, { communeCode: '69123', districtCode: '69381' })?.id).toBe('b-lyon');
    expect(derivedBranch(BRANCHES, { communeCode: '75056' })).toBeNull();
    expect(derivedBranch(BRANCHES, {})).toBeNull();
  });

  it('lists the covered communes by name', () => {
    expect(coveredAreas(BRANCHES, 'COMMUNE').map((a) => a.label)).toEqual([
      'Amiens (80021)',
      'Camon (80154)',
      'Longueau (80489)',
      'Lyon (69123)',
    ]);
  });
});

describe('participant creation form', () => {
  it('checks the identity before the round trip', () => {
    const errors = participantFormErrors(
      { ...EMPTY_PARTICIPANT_FORM, birthDate: '2030-01-01', postalCode: '800', email: 'x@' },
      '2026-11-23',
    );
    expect(Object.keys(errors).sort()).toEqual(['birthDate', 'email', 'firstName', 'lastName', 'postalCode', 'sex']);
    expect(
      participantFormErrors(
        {
          ...EMPTY_PARTICIPANT_FORM,
          lastName: 'Lefèvre',
          firstName: 'Marie',
          sex: Sex.FEMALE,
          birthDate: '1980-05-20',
        },
        '2026-11-23',
      ),
    ).toEqual({});
  });

  it('sends only the answers given, and no address when none was typed', () => {
    const input = createParticipantInput({
      ...EMPTY_PARTICIPANT_FORM,
      lastName: ' Lefèvre ',
      firstName: 'Marie',
      sex: Sex.FEMALE,
      birthDate: '1980-05-20',
      email: 'Marie@Exemple.FR',
      employmentStatus: FseEmploymentStatus.LONG_TERM_UNEMPLOYED,
      disability: FseAnswer.DECLINED,
      ruralArea: 'no',
    });
    expect(input).toMatchObject({
      lastName: 'Lefèvre',
      email: 'marie@exemple.fr',
      address: null,
      branchId: null,
      confirmNotDuplicate: false,
      fseEntry: { employmentStatus: 'LONG_TERM_UNEMPLOYED', disability: 'DECLINED', ruralArea: false },
    });
    expect(Object.keys(input.fseEntry)).toHaveLength(3);
    const withAddress = createParticipantInput(
      { ...EMPTY_PARTICIPANT_FORM, communeCode: '80021', communeName: 'Amiens' },
      true,
    );
    expect(withAddress.address).toMatchObject({ communeCode: '80021', communeName: 'Amiens', inQpv: false });
    expect(withAddress.confirmNotDuplicate).toBe(true);
  });

  it('writes names family name first', () => {
    expect(participantName({ firstName: 'Marie', lastName: 'Lefèvre' })).toBe('LEFÈVRE Marie');
  });
});

describe('special-category FSE+ answers', () => {
  it('are left out for a role that may not see them, so that they are not erased', () => {
    const values = {
      ...EMPTY_PARTICIPANT_FORM,
      disability: FseAnswer.YES,
      minority: FseAnswer.NO,
      foreignBackground: FseAnswer.DECLINED,
      homeless: FseAnswer.NO,
    };
    expect(fseEntryInput(values, false)).toEqual({ homeless: 'NO' });
    expect(Object.keys(fseEntryInput(values, true)).sort()).toEqual([
      'disability',
      'foreignBackground',
      'homeless',
      'minority',
    ]);
  });
});
