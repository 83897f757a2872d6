import { type ImportType, importTypes, isRoleAtLeast } from '@fulcrum/core';
import { useEffect, useId, useState } from 'react';
import { type ApiProblem, toApiProblem } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { CheckboxField, SelectField } from '../../../ui/field.tsx';
import { Loading, Section } from '../../../ui/section.tsx';
import { useDocumentTitle } from '../../../ui/use-document-title.ts';
import { useSession } from '../../session/hooks/use-session.tsx';
import { type ImportPreview, type ImportSummary, previewImport, runImport } from '../api.ts';
import { importTypeLabels } from '../format.ts';
import { ImportPreviewPanel } from './import-preview-panel.tsx';
import { ImportSummaryPanel } from './import-summary-panel.tsx';

type PreviewState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; preview: ImportPreview }
  | { status: 'failed'; problem: ApiProblem };

const typeOptions = [
  { value: '', label: 'Detect from the columns' },
  ...importTypes.map((type) => ({ value: type, label: importTypeLabels[type] })),
];

/** Imports a CSV export of a CRM: pick a file, check the preview, then import or dry-run it. */
export const ImportPage = () => {
  useDocumentTitle('Import');
  const session = useSession();
  const fileInputId = useId();
  const [type, setType] = useState<ImportType | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const [previewState, setPreviewState] = useState<PreviewState>({ status: 'idle' });
  const [isDryRun, setIsDryRun] = useState(false);
  const [isImporting, setIsImporting] = useState(false);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [importProblem, setImportProblem] = useState<ApiProblem | null>(null);
  const canImport = isRoleAtLeast(session.currentWorkspace.role, 'member');
  const csrfToken = session.csrfToken;

  // A new file or type replaces the preview; a slower answer for the old one is dropped.
  useEffect(() => {
    setSummary(null);
    setImportProblem(null);
    if (file === null || !canImport) {
      setPreviewState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setPreviewState({ status: 'loading' });
    previewImport({ file, type: type || undefined, csrfToken, signal: controller.signal }).then(
      (preview) => setPreviewState({ status: 'ready', preview }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setPreviewState({ status: 'failed', problem: toApiProblem(error) });
      },
    );
    return () => controller.abort();
  }, [file, type, csrfToken, canImport]);

  const onImport = async () => {
    if (file === null || previewState.status !== 'ready') return;
    setIsImporting(true);
    setSummary(null);
    setImportProblem(null);
    try {
      // The detected type is sent, so the import reads the file exactly as the preview did.
      setSummary(
        await runImport({ file, type: previewState.preview.type, csrfToken, dryRun: isDryRun }),
      );
    } catch (error) {
      setImportProblem(toApiProblem(error));
    } finally {
      setIsImporting(false);
    }
  };

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <h1 className="page__title">Import</h1>
          <p className="page__subtitle">
            Bring accounts, stakeholders, opportunities and relationships in from a Salesforce or
            HubSpot CSV export (up to 20 MB; larger files with <code>npx fulcrum import</code>).
            Rows are matched by their CRM id, so importing a newer export updates what changed and
            importing the same file again changes nothing. Import accounts first.
          </p>
        </div>
      </header>
      {!canImport ? (
        <Alert tone="info">Viewers cannot import. Ask an admin for the member role.</Alert>
      ) : (
        <>
          <Section title="File">
            <div className="form__row">
              <SelectField
                label="What the file holds"
                value={type}
                onChange={(value) => setType(importTypes.find((t) => t === value) ?? '')}
                options={typeOptions}
              />
              <div className="field">
                <div className="field__label-row">
                  <label htmlFor={fileInputId} className="field__label">
                    CSV file
                  </label>
                </div>
                <input
                  id={fileInputId}
                  className="input"
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(event) => setFile(event.target.files?.[0] ?? null)}
                />
              </div>
            </div>
          </Section>
          {previewState.status === 'loading' ? <Loading label="Reading the file…" /> : null}
          {previewState.status === 'failed' ? (
            <Alert title="This file cannot be imported">{previewState.problem.detail}</Alert>
          ) : null}
          {previewState.status === 'ready' ? (
            <>
              <ImportPreviewPanel preview={previewState.preview} />
              <form
                className="form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void onImport();
                }}
              >
                <CheckboxField
                  label="Dry run: check and count every row without changing anything"
                  checked={isDryRun}
                  onChange={setIsDryRun}
                />
                <div className="form__actions">
                  <button type="submit" className="button button--primary" disabled={isImporting}>
                    {isImporting ? 'Importing…' : 'Import'}
                  </button>
                </div>
              </form>
            </>
          ) : null}
          {importProblem !== null ? (
            <Alert title={importProblem.title}>{importProblem.detail}</Alert>
          ) : null}
          {summary !== null ? <ImportSummaryPanel summary={summary} /> : null}
        </>
      )}
    </div>
  );
};
