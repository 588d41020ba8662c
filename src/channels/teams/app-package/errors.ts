import { CareerBotError } from '../../../errors';

/** Raised when the template files do not make a valid package; lists every problem. */
export class TeamsPackageError extends CareerBotError {
  constructor(readonly problems: readonly string[]) {
    super('TEAMS_PACKAGE_INVALID', `The Teams app package cannot be built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}
