/** The ids of the commands this extension contributes (see package.json `contributes.commands`). */
export const COMMANDS = {
  openPreview: 'invite.openPreview',
  selectSampleContact: 'invite.selectSampleContact',
  copyExpandedNote: 'invite.copyExpandedNote',
} as const;
