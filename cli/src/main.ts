import { Command, CommanderError, Option } from 'commander';
import { isDomainError, workspaceRoles, type WorkspaceRole } from '@fulcrum/core';
import {
  createApiToken,
  createUser,
  createWorkspace,
  demoLogin,
  getWorkspaceByIdOrName,
  isDatabaseEmpty,
  seedDemo,
} from '@fulcrum/server/commands';
import {
  type AuditScope,
  describeTarget,
  findMembershipRole,
  findUserByEmail,
  migrate,
  openDatabase,
  runInAuditScope,
  targetFromEnv,
  upsertMembership,
} from '@fulcrum/server/db';
import { startServer } from '@fulcrum/server';
import { CliError } from './cli-error.ts';
import { wholeNumberOption } from './option-parsers.ts';
import { withDatabase } from './with-database.ts';
import { registerTrustCommands } from './trust/trust-commands.ts';
import { registerBacktestCommands } from './backtest/signed-network-command.ts';
import { registerCommitmentCommands } from './commitments/extract-command.ts';
import { registerOverdueCommand } from './commitments/overdue-command.ts';
import { registerDataCommands } from './data/data-commands.ts';
import { registerAlertCommands } from './alerts/alerts-commands.ts';
import { registerShareCommands } from './share/share-commands.ts';
import { registerAuditCommand } from './audit/audit-command.ts';
import { registerInsightCommands } from './insights/insight-commands.ts';
import { registerDigestCommand } from './digest/digest-command.ts';
import { registerScorecardCommand } from './scorecard/scorecard-command.ts';
import { registerWebhookCommands } from './webhooks/webhooks-commands.ts';

/** Builds the `fulcrum` command line. */
export const buildProgram = (): Command => {
  const program = new Command('fulcrum')
    .description('Fulcrum: the trust ledger for B2B account teams.')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  program
    .command('serve')
    .description(
      'Migrate, seed the demo workspace when the database is empty, and serve the web app and API',
    )
    .addOption(
      new Option('-p, --port <port>', 'port to listen on')
        .env('PORT')
        .default(3000)
        .argParser(wholeNumberOption(0, 65535)),
    )
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('127.0.0.1'))
    .action(async (options: { port: number; host: string }) => {
      const server = await startServer({
        port: options.port,
        host: options.host,
        demo: process.env.FULCRUM_DEMO !== '0',
        logger: process.env.FULCRUM_LOG === '1',
        log: (line) => console.log(line),
      });
      console.log(`Fulcrum is running at ${server.url}`);
      console.log(
        `Demo login: ${demoLogin.email} / ${demoLogin.password} (read-only: ${demoLogin.viewerEmail})`,
      );
      const stop = () => void server.close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });

  program
    .command('migrate')
    .description('Apply pending database migrations')
    .action(async () => {
      const target = targetFromEnv();
      const db = await openDatabase(target);
      try {
        const applied = await migrate(db);
        console.log(
          applied.length === 0
            ? `${describeTarget(target)} is up to date.`
            : `Applied ${applied.map((m) => `${m.version} ${m.name}`).join(', ')} to ${describeTarget(target)}.`,
        );
      } finally {
        await db.close();
      }
    });

  const user = program.command('user').description('Manage users');
  user
    .command('create')
    .description(
      'Create a user; with --workspace, also give them a role there (or a new workspace with --new-workspace)',
    )
    .requiredOption('--email <email>', 'their email, used to sign in')
    .requiredOption('--name <name>', 'their full name')
    .addOption(
      new Option('--password <password>', 'their password (at least 10 characters)')
        .env('FULCRUM_PASSWORD')
        .makeOptionMandatory(),
    )
    .option('--workspace <idOrName>', 'an existing workspace to add them to')
    .option('--new-workspace <name>', 'create a workspace they own')
    .addOption(
      new Option('--role <role>', 'their role in --workspace')
        .default('member')
        .choices(workspaceRoles),
    )
    .action(
      async (options: {
        email: string;
        name: string;
        password: string;
        workspace?: string;
        newWorkspace?: string;
        role: WorkspaceRole;
      }) => {
        await withDatabase(async (db) => {
          const created = await db.transaction(async (tx) => {
            const created = await createUser(tx, options);
            if (options.workspace) {
              const workspace = await getWorkspaceByIdOrName(tx, options.workspace);
              await upsertMembership(tx, {
                workspaceId: workspace.id,
                userId: created.id,
                role: options.role,
              });
              console.log(`Added ${created.email} to "${workspace.name}" as ${options.role}.`);
            }
            if (options.newWorkspace) {
              const workspace = await createWorkspace(tx, {
                name: options.newWorkspace,
                ownerUserId: created.id,
              });
              console.log(
                `Created workspace "${workspace.name}" (${workspace.id}) owned by ${created.email}.`,
              );
            }
            return created;
          });
          console.log(`Created user ${created.email} (${created.id}).`);
        });
      },
    );

  const token = program.command('token').description('Manage API tokens');
  token
    .command('create')
    .description('Create an API token acting for a user in a workspace; prints the secret once')
    .requiredOption('--workspace <idOrName>', 'the workspace the token reaches')
    .requiredOption('--email <email>', 'the user the token acts for')
    .requiredOption('--name <name>', 'what the token is for, e.g. "CRM sync"')
    .addOption(
      new Option('--role <role>', "the token's role, at most the user's")
        .default('member')
        .choices(workspaceRoles),
    )
    .action(
      async (options: { workspace: string; email: string; name: string; role: WorkspaceRole }) => {
        await withDatabase(async (db) => {
          const workspace = await getWorkspaceByIdOrName(db, options.workspace);
          const found = await findUserByEmail(db, options.email);
          const role = found ? await findMembershipRole(db, workspace.id, found.id) : null;
          if (!found || !role) {
            throw new CliError(
              `${options.email} is not a member of "${workspace.name}". Add them with: npx fulcrum user create --workspace ... or pick another --email.`,
              2,
            );
          }
          const created = await createApiToken(
            db,
            { kind: 'member', workspaceId: workspace.id, userId: found.id, role },
            { name: options.name, role: options.role },
          );
          console.log(created.token);
          console.error(
            `Token "${created.record.name}" (${created.record.role}) created for ${found.email} in "${workspace.name}". It is shown only now; store it safely.`,
          );
        });
      },
    );

  const demo = program.command('demo').description('The demo workspace');
  demo
    .command('seed')
    .description('Seed the demo workspace (also when the database already has data)')
    .action(async () => {
      await withDatabase(async (db) => {
        const wasEmpty = await isDatabaseEmpty(db);
        const workspace = await seedDemo(db, { now: new Date() });
        console.log(
          `Seeded "${workspace.name}" (${workspace.id})${wasEmpty ? '' : ' beside the existing workspaces'}.`,
        );
        console.log(`Sign in as ${demoLogin.email} / ${demoLogin.password}`);
      });
    });

  registerBacktestCommands(program);
  registerTrustCommands(program);
  registerCommitmentCommands(program);
  registerOverdueCommand(program);
  registerAlertCommands(program);
  registerDataCommands(program);
  registerShareCommands(program);
  registerAuditCommand(program);
  registerInsightCommands(program);
  registerDigestCommand(program);
  registerScorecardCommand(program);
  registerWebhookCommands(program);

  return program;
};

// The audit log names the command that made a change ("fulcrum import"), set once commander
// knows which command runs.
const commandPath = (command: Command): string =>
  command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name();

/** Runs the CLI with the given arguments and returns the exit code. */
export const run = async (argv: string[]): Promise<number> => {
  try {
    const program = buildProgram();
    const audit: AuditScope = {};
    program.hook('preAction', (_program, action) => {
      audit.actor = { kind: 'system', label: commandPath(action) };
    });
    await runInAuditScope(audit, () => program.parseAsync(argv, { from: 'user' }));
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has already printed what was wrong; help and version are not failures.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      console.error(`fulcrum: ${error.message}`);
      return error.exitCode;
    }
    if (isDomainError(error)) {
      console.error(`fulcrum: ${error.detail}`);
      return error.code === 'validation-failed' ||
        error.code === 'not-found' ||
        error.code === 'email-taken'
        ? 2
        : 1;
    }
    console.error(`fulcrum: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
};

const isMain =
  import.meta.url === `file://${process.argv[1]}` ||
  process.argv[1]?.endsWith('fulcrum.js') ||
  process.argv[1]?.endsWith('fulcrum');
if (isMain) {
  const code = await run(process.argv.slice(2));
  // `serve` keeps running; everything else exits with its code.
  if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
}
