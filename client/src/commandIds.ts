import { OPEN_PREVIEW_COMMAND } from '../../server/src/shared/commands';

/** The ids of the commands this extension contributes (see package.json `contributes.commands`). */
export const COMMANDS = {
  // The server's code lens names it too.
  openPreview: OPEN_PREVIEW_COMMAND,
  selectSampleContact: 'invite.selectSampleContact',
  copyExpandedNote: 'invite.copyExpandedNote',
} as const;
