import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiProblem } from './client.ts';
import type { ApiProblem } from './client.ts';
import type { ListPage } from './types.ts';

/** A cursor-paginated list as a component sees it. */
export type CursorList<T> = {
  items: T[];
  total: number;
  nextCursor: string | null;
  canCreate: boolean | undefined;
  isLoading: boolean;
  isLoadingMore: boolean;
  problem: ApiProblem | null;
  loadMore: () => void;
  reload: () => void;
};

/**
 * Loads the first page whenever `key` changes (a serialised query), and further pages on
 * `loadMore`. Answers to superseded requests are dropped.
 */
export const useCursorList = <T>(
  key: string,
  fetchPage: (cursor: string | undefined, signal: AbortSignal) => Promise<ListPage<T>>,
): CursorList<T> => {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [canCreate, setCanCreate] = useState<boolean | undefined>(undefined);
  const [isLoading, setIsLoading] = useState(true);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [generation, setGeneration] = useState(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    setIsLoading(true);
    setProblem(null);
    fetchRef.current(undefined, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems(page.data);
        setTotal(page.page.total);
        setNextCursor(page.page.nextCursor);
        setCanCreate(page.abilities?.create);
        setIsLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(toApiProblem(error));
        setItems([]);
        setNextCursor(null);
        setIsLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  const loadMore = useCallback(() => {
    if (nextCursor === null) return;
    const controller = controllerRef.current ?? new AbortController();
    setIsLoadingMore(true);
    fetchRef.current(nextCursor, controller.signal).then(
      (page) => {
        if (controller.signal.aborted) return;
        setItems((previous) => [...previous, ...page.data]);
        setTotal(page.page.total);
        setNextCursor(page.page.nextCursor);
        setIsLoadingMore(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(toApiProblem(error));
        setIsLoadingMore(false);
      },
    );
  }, [nextCursor]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  return {
    items,
    total,
    nextCursor,
    canCreate,
    isLoading,
    isLoadingMore,
    problem,
    loadMore,
    reload,
  };
};

/** Loads one resource by id, with a reload function for after edits. */
export const useResource = <T>(
  key: string,
  fetchOne: (signal: AbortSignal) => Promise<T>,
): {
  data: T | null;
  problem: ApiProblem | null;
  isLoading: boolean;
  reload: () => void;
  replace: (value: T) => void;
} => {
  const [data, setData] = useState<T | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [isLoading, setIsLoading] = useState(true);
  const [generation, setGeneration] = useState(0);
  const fetchRef = useRef(fetchOne);
  fetchRef.current = fetchOne;

  useEffect(() => {
    const controller = new AbortController();
    setIsLoading(true);
    setProblem(null);
    fetchRef.current(controller.signal).then(
      (value) => {
        if (controller.signal.aborted) return;
        setData(value);
        setIsLoading(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setProblem(toApiProblem(error));
        setIsLoading(false);
      },
    );
    return () => controller.abort();
  }, [key, generation]);

  return {
    data,
    problem,
    isLoading,
    reload: useCallback(() => setGeneration((value) => value + 1), []),
    replace: setData,
  };
};
