/** The moves a note can make, as `invite-lint explain` and the preview name them. */

/** Every move, in the order explain lists them. */
export const MOVE_KINDS = [
  'greeting',
  'self-intro',
  'context',
  'reason',
  'connect-ask',
  'next-step',
  'pitch',
  'favour',
  'filler',
  'flattery',
  'sign-off',
] as const;

export type MoveKind = (typeof MOVE_KINDS)[number];

/** How explain and hover introduce a move ("Says how you know them: …"). */
export const MOVE_TITLES: Readonly<Record<MoveKind, string>> = {
  greeting: 'Greets them',
  'self-intro': 'Says who you are',
  context: 'Says how you know them',
  reason: 'Says why you want to connect',
  'connect-ask': 'Asks to connect',
  'next-step': 'Proposes a next step',
  pitch: 'Pitches',
  favour: 'Asks a favour',
  filler: 'Filler that fits anyone',
  flattery: 'Praise with nothing specific',
  'sign-off': 'Signs off',
};
