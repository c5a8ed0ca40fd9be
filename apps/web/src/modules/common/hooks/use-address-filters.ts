import { useSearchParams } from 'react-router';

/** Filters kept in the address (`?statut=…`): `params` reads them, `setFilter` changes one (empty removes it). */
export function useAddressFilters() {
  const [params, setParams] = useSearchParams();
  function setFilter(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }
  return { params, setFilter };
}
