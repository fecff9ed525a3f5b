/**
 * The invite-lint engine: parse, contacts model, expansion, rules, fixes.
 * Pure TypeScript: takes strings, returns offsets and data. Offsets are
 * 0-based, end-exclusive UTF-16 code units into the whole document.
 */
export * from './companyName';
export * from './config';
export * from './contacts';
export * from './disableRule';
export * from './expand';
export * from './explain';
export * from './fields';
export * from './fix';
export * from './frontMatter';
export * from './lint';
export * from './lengths';
export * from './personName';
export * from './phrases';
export * from './rule';
export * from './severity';
export * from './template';
export * from './textIssues';
export * from './valueIssues';
export { contactTextIssues, type ContactTextIssues } from './contactTextIssues';
export * from './contactNoteIssues';
export * from './contactProblems';
export { CONTACTS_FILE_RULE_ID, RULES, ruleById } from './rules/index';
