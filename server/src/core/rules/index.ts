/**
 * Every rule, in the order their findings are listed when they share a
 * position. Adding a rule: write its file, add it here, document it in
 * docs/rules/<id>.md.
 */
import type { Rule } from '../rule';
import { cannedMessage } from './cannedMessage';
import { contactsFile } from './contactsFile';
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
  contactsFile,
];

/** The id of problems about contacts files: the contacts-file rule's, and the edges' for a contacts file's own bad rows. */
export const CONTACTS_FILE_RULE_ID = contactsFile.meta.id;

/** The rule with `id`, if any. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
