import { Badge } from '../../../ui/badge.tsx';
import { Section } from '../../../ui/section.tsx';
import type { ImportPreview } from '../api.ts';
import { describeFileFormat, importFieldLabels, truncateCell } from '../format.ts';

/** What the server recognised in a file: the CRM, the column mapping and the first rows with
 * the problem of each row that cannot be imported. */
export const ImportPreviewPanel = ({ preview }: { preview: ImportPreview }) => {
  const problems = preview.previewRows.filter((row) => row.rejection !== null).length;
  return (
    <>
      <Section title="Detected file" description="What Fulcrum recognised; nothing is written yet.">
        <dl className="facts">
          <div>
            <dt>Layout</dt>
            <dd>{preview.label}</dd>
          </div>
          <div>
            <dt>Source</dt>
            <dd>{preview.source}</dd>
          </div>
          <div>
            <dt>Format</dt>
            <dd>{describeFileFormat(preview)}</dd>
          </div>
        </dl>
        <table className="table table--compact" aria-label="Column mapping">
          <thead>
            <tr>
              <th scope="col">Column in the file</th>
              <th scope="col">Fulcrum field</th>
            </tr>
          </thead>
          <tbody>
            {preview.mapping.map(({ column, field }) => (
              <tr key={column}>
                <td>{column}</td>
                <td>{importFieldLabels[field]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {preview.unmappedColumns.length > 0 ? (
          <p className="card__description">Not imported: {preview.unmappedColumns.join(', ')}.</p>
        ) : null}
      </Section>
      <Section
        title="First rows"
        description={
          problems === 0
            ? `The first ${preview.previewRows.length} rows can be imported.`
            : `${problems} of the first ${preview.previewRows.length} rows cannot be imported as they are.`
        }
      >
        <table className="table table--compact" aria-label="First rows">
          <thead>
            <tr>
              <th scope="col" className="table__numeric">
                Line
              </th>
              {preview.mapping.map(({ column, field }) => (
                <th key={column} scope="col">
                  {importFieldLabels[field]}
                </th>
              ))}
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {preview.previewRows.map((row) => (
              <tr key={row.line}>
                <td className="table__numeric">{row.line}</td>
                {preview.mapping.map(({ column }) => (
                  <td key={column} title={row.values[column]}>
                    {truncateCell(row.values[column] ?? '')}
                  </td>
                ))}
                <td>
                  {row.rejection === null ? (
                    <Badge tone="success">OK</Badge>
                  ) : (
                    <>
                      <Badge tone="danger">Problem</Badge> <span>{row.rejection}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
    </>
  );
};
