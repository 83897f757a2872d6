import { useResource } from '../../../api/use-cursor-list.ts';
import { Alert as Notice } from '../../../ui/alert.tsx';
import { Loading, Section } from '../../../ui/section.tsx';
import { evaluateAccountAlerts, listAlerts } from '../api.ts';
import { AlertList } from './alert-list.tsx';

/**
 * The account's alerts with their next steps. Whenever `refreshKey` changes (something on the
 * page changed) it asks the server to re-evaluate the account first; the server skips that
 * when nothing the rules read has changed, so a plain page load costs one cheap query.
 */
export const AlertsSection = ({
  accountId,
  refreshKey,
  canEvaluate,
}: {
  accountId: string;
  refreshKey: number;
  canEvaluate: boolean;
}) => {
  const alerts = useResource(`${accountId}:${refreshKey}`, async (signal) => {
    if (canEvaluate) await evaluateAccountAlerts(accountId);
    return listAlerts({ accountId, status: 'active', limit: 100 }, signal);
  });
  return (
    <Section
      title="Alerts"
      description="What needs attention on this account, why, and what to do next."
    >
      {alerts.problem !== null ? <Notice>{alerts.problem.detail}</Notice> : null}
      {alerts.data === null && alerts.problem === null ? <Loading label="Loading alerts…" /> : null}
      {alerts.data !== null ? (
        <AlertList
          label="Account alerts"
          alerts={alerts.data.data}
          onChanged={(changed) =>
            alerts.replace({
              ...alerts.data!,
              data: alerts.data!.data.map((a) => (a.id === changed.id ? changed : a)),
            })
          }
        />
      ) : null}
    </Section>
  );
};
