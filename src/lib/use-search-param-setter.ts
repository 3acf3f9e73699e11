import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams, type NavigateOptions } from 'react-router';

/** Sets (or, given null or '', removes) one search parameter of the address, keeping the others. */
export type SetSearchParam = (name: string, value: string | null) => void;

/**
 * The address's search parameters, a setter that builds on the latest ones asked for, and those latest ones. A
 * navigation renders as a transition: a second change made before the first has rendered (a filter chosen just
 * after a zoom) would otherwise start from the parameters on screen and undo the first.
 */
export function useSearchParamSetter(): Readonly<{
  params: URLSearchParams;
  set: SetSearchParam;
  /** Replaces every parameter. */
  setAll: (next: URLSearchParams, options?: NavigateOptions) => void;
  latest: () => URLSearchParams;
}> {
  const [params, setParams] = useSearchParams();
  const asked = useRef(params);
  // Once rendered, the address is the truth again (it may have changed elsewhere: the back button). A layout
  // effect: no event can come between the render and it.
  useLayoutEffect(() => {
    asked.current = params;
  }, [params]);
  const setAll = useCallback(
    (next: URLSearchParams, options?: NavigateOptions) => {
      asked.current = next;
      setParams(next, options);
    },
    [setParams],
  );
  const set = useCallback<SetSearchParam>(
    (name, value) => {
      const next = new URLSearchParams(asked.current);
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
      setAll(next);
    },
    [setAll],
  );
  const latest = useCallback(() => asked.current, []);
  return { params, set, setAll, latest };
}
