/**
 * Contacts files at the edge: finding the file a template uses, reading
 * CSV (LinkedIn's Connections.csv export included) or JSON, and reporting
 * each bad row with its line while the good rows load.
 */
export { CONTACTS_FILE_NAMES, findContactsFile, type ContactsLocation, type ContactsLookup } from './findContactsFile';
export { describeFileError } from './fileError';
export { loadContactsFile } from './loadContactsFile';
export type { ContactsProblem, LoadedContacts } from './loadedContacts';
export { parseContactsText } from './parseContacts';
