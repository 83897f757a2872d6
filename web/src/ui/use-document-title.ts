import { useEffect } from 'react';

/** Sets the browser tab's title to `title · Fulcrum` while the page is shown. */
export const useDocumentTitle = (title: string | null): void => {
  useEffect(() => {
    document.title = title === null ? 'Fulcrum' : `${title} · Fulcrum`;
  }, [title]);
};
