/** An error the CLI reports as one line, with its exit code (2 for bad input). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
