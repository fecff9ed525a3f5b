/**
 * Editor commands the server names in what it sends (the code lens), and
 * the VS Code extension registers. Constants only.
 */

/** Opens the preview beside the template; takes the template's URI (a string or a vscode.Uri) or nothing (the active editor). */
export const OPEN_PREVIEW_COMMAND = 'invite.openPreview';
