import { useState } from 'react';
import { Alert } from '../../../ui/alert.tsx';

/** The one time a signing secret is shown: a read-only field to select, and a Copy button. */
export const SecretNotice = ({
  secret,
  url,
  reason,
  onDismiss,
}: {
  secret: string;
  url: string;
  reason: 'created' | 'rotated';
  onDismiss: () => void;
}) => {
  const [isCopied, setIsCopied] = useState(false);
  return (
    <Alert tone="warning" title={reason === 'created' ? 'Webhook added' : 'Secret rotated'}>
      <p>
        Copy the signing secret for {url} now: it is shown only this once. Your receiver uses it to
        check the <code>fulcrum-signature</code> header of every request.
        {reason === 'rotated'
          ? ' For the next 24 hours requests are signed with both the old and the new secret, so you can switch without missing events.'
          : ''}
      </p>
      <div className="secret-notice__row">
        <input
          className="input secret-notice__value"
          readOnly
          aria-label="Signing secret"
          value={secret}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard
              ?.writeText(secret)
              .then(() => setIsCopied(true))
              .catch(() => setIsCopied(false));
          }}
        >
          {isCopied ? 'Copied' : 'Copy'}
        </button>
        <button type="button" className="button button--ghost" onClick={onDismiss}>
          I have stored it
        </button>
      </div>
    </Alert>
  );
};
