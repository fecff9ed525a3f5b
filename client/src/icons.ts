/** Text from files shown where VS Code renders `$(icon)` syntax (status bar, quick pick labels). */

/**
 * `text` with every `$(` escaped as `\$(`, as VS Code's own `escapeIcons`
 * does, so that a contact named `$(zap) Eve` shows those characters instead
 * of an icon.
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
