import { useSearchParams } from 'react-router';

/**
 * Returns `updateParam(key, value)`, which changes one query parameter of the address, keeps the
 * others and replaces the history entry; a `null` or empty value removes the parameter.
 */
export const useSearchParamUpdater = (): ((key: string, value: string | null) => void) => {
  const [, setParams] = useSearchParams();
  return (key, value) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
};
