/**
 * Every rule, in the order their findings are listed when they share a
 * position. Adding a rule: write its file, add it here, document it in
 * docs/rules/<id>.md.
 */
import type { Rule } from '../rule';
import { cannedMessage } from './cannedMessage';
import { contactValue } from './contactValue';
import { emptyNote } from './emptyNote';
import { expandedText } from './expandedText';
import { frontMatterRule } from './frontMatterRule';
import { genericPhrase } from './genericPhrase';
import { maxLength } from './maxLength';
import { missingContext } from './missingContext';
import { missingName } from './missingName';
import { missingNextStep } from './missingNextStep';
import { missingReason } from './missingReason';
import { missingValue } from './missingValue';
import { placeholderSyntax } from './placeholderSyntax';
import { salesy } from './salesy';
import { selfFocused } from './selfFocused';
import { unknownPlaceholder } from './unknownPlaceholder';
import { whitespace } from './whitespace';
import { wordyPhrase } from './wordyPhrase';

/** Every rule, in listing order. */
export const RULES: readonly Rule[] = [
  cannedMessage,
  genericPhrase,
  missingName,
  missingContext,
  missingReason,
  missingNextStep,
  maxLength,
  unknownPlaceholder,
  placeholderSyntax,
  missingValue,
  expandedText,
  contactValue,
  salesy,
  selfFocused,
  wordyPhrase,
  whitespace,
  emptyNote,
  frontMatterRule,
];

/** Rules that judge the note itself; skipped when the note is empty. */
export const BODY_RULES: ReadonlySet<string> = new Set(RULES.map((r) => r.meta.id).filter((id) => id !== 'empty-note' && id !== 'front-matter'));

/** The rule with `id`, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
