/**
 * VS Code user settings for every test editor: no chat side bar, no welcome page or walkthroughs,
 * no telemetry, no workspace trust prompt, no network look-ups for updates or recommendations, no Git prompt about the enclosing repository.
 * A test's own `userSettings` are merged over these.
 */
export const defaultUserSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  // Test workspaces live inside this repository; without this the Git extension asks to open it.
  'git.openRepositoryInParentFolders': 'never',
};
