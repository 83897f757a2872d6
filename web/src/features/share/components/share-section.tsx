import { useState } from 'react';
import { shareLinkDefaultDays, shareLinkMaxDays, type ShareScope } from '@fulcrum/core';
import { toApiProblem } from '../../../api/client.ts';
import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert } from '../../../ui/alert.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { EmptyState, Section } from '../../../ui/section.tsx';
import { createShareLink, listShareLinks, reissueShareLink, revokeShareLink } from '../api.ts';

/** "Share with the customer": create a link (its address shown once), list links with their last
 * use, revoke them, and read the pulse answers they brought. */
export const ShareSection = ({
  accountId,
  stakeholders,
  canCreate,
  refreshKey,
}: {
  accountId: string;
  stakeholders: { id: string; name: string }[];
  canCreate: boolean;
  refreshKey: number;
}) => {
  const [version, setVersion] = useState(0);
  const links = useResource(`${accountId}:${refreshKey}:${version}`, (signal) =>
    listShareLinks(accountId, signal),
  );
  const [scope, setScope] = useState<ShareScope>('view');
  const [days, setDays] = useState(String(shareLinkDefaultDays));
  const [stakeholderId, setStakeholderId] = useState('');
  const [createdUrl, setCreatedUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const create = async () => {
    setProblem(null);
    try {
      const created = await createShareLink(accountId, {
        scope,
        days: Number(days),
        stakeholderId: stakeholderId === '' ? null : stakeholderId,
      });
      setCreatedUrl(window.location.origin + created.url);
      setVersion((value) => value + 1);
    } catch (error) {
      setProblem(toApiProblem(error).detail);
    }
  };

  // The old address stops working at once; the new one is shown like a new link's.
  const reissue = async (shareLinkId: string) => {
    setProblem(null);
    try {
      const created = await reissueShareLink(shareLinkId, Number(days));
      setCreatedUrl(window.location.origin + created.url);
      setVersion((value) => value + 1);
    } catch (error) {
      setProblem(toApiProblem(error).detail);
    }
  };

  const list = links.data;
  return (
    <Section
      title="Share with the customer"
      description="A link shows the account's people the mutual plan and both sides' commitments, never our notes or observations."
    >
      {canCreate ? (
        <form
          className="share-form"
          aria-label="New share link"
          onSubmit={(event) => {
            event.preventDefault();
            void create();
          }}
        >
          <label>
            Access
            <select value={scope} onChange={(event) => setScope(event.target.value as ShareScope)}>
              <option value="view">View only</option>
              <option value="respond">View and respond</option>
            </select>
          </label>
          <label>
            For
            <select
              value={stakeholderId}
              onChange={(event) => setStakeholderId(event.target.value)}
            >
              <option value="">Anyone at the account</option>
              {stakeholders.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Days valid
            <input
              type="number"
              min={1}
              max={shareLinkMaxDays}
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
          </label>
          <button type="submit" className="button button--primary">
            Create link
          </button>
        </form>
      ) : null}
      {problem !== null ? <Alert title="Could not create the link">{problem}</Alert> : null}
      {createdUrl !== null ? (
        <div className="share-created" role="status">
          <p>Copy this address now: it is shown only once.</p>
          <input
            readOnly
            aria-label="Share link address"
            value={createdUrl}
            onFocus={(event) => event.target.select()}
          />
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void navigator.clipboard?.writeText(createdUrl)}
          >
            Copy
          </button>
        </div>
      ) : null}
      {list === null ? null : list.data.length === 0 ? (
        <EmptyState>No share links yet.</EmptyState>
      ) : (
        <table className="table" aria-label="Share links">
          <thead>
            <tr>
              <th>For</th>
              <th>Access</th>
              <th>State</th>
              <th>Expires</th>
              <th>Last used</th>
              <th>Pulses</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((link) => (
              <tr key={link.id}>
                <td>{link.stakeholderName ?? 'Anyone at the account'}</td>
                <td>{link.scope === 'respond' ? 'View and respond' : 'View only'}</td>
                <td>{link.state}</td>
                <td>{formatDateTime(link.expiresAt)}</td>
                <td>{link.lastUsedAt !== null ? formatDateTime(link.lastUsedAt) : 'Never'}</td>
                <td>{link.pulseCount}</td>
                <td>
                  {link.abilities.revoke ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() =>
                        void revokeShareLink(link.id).then(() => setVersion((value) => value + 1))
                      }
                    >
                      Revoke
                    </button>
                  ) : null}
                  {link.abilities.reissue ? (
                    <button
                      type="button"
                      className="button button--secondary"
                      title={`A new address for the same person and access, valid ${days} days; the current one stops working`}
                      onClick={() => void reissue(link.id)}
                    >
                      Re-issue
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {list !== null && list.pulses.length > 0 ? (
        <div aria-label="In their words" role="region">
          <h3>In their words</h3>
          <p>
            {list.responseRate.answered} of {list.responseRate.respondLinks} respond links answered
            the pulse.
          </p>
          <ul className="pulse-list">
            {list.pulses.map((pulse) => (
              <li key={pulse.id}>
                {formatDateTime(pulse.createdAt)} ·{' '}
                {pulse.stakeholderName ?? 'Someone at the account'}: trust {pulse.trustAnswer}/5,
                value {pulse.valueAnswer}/5, backing {pulse.backingAnswer}/5
                {pulse.comment !== null ? <q>{pulse.comment}</q> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
};
