/**
 * The custom requests the client sends. The server computes everything;
 * these only carry parameters and results.
 */
import { RequestType, type BaseLanguageClient } from 'vscode-languageclient/node';
import { ContactsRequest, PreviewRequest } from '../../server/src/shared/protocol';

const previewType = new RequestType<PreviewRequest.Params, PreviewRequest.Result, void>(PreviewRequest.method);
const contactsType = new RequestType<ContactsRequest.Params, ContactsRequest.Result, void>(ContactsRequest.method);

/** The note at `uri` expanded for contact `contact` (an index into the contacts; undefined = the template's sample). */
export function requestPreview(client: BaseLanguageClient, uri: string, contact: number | undefined): Promise<PreviewRequest.Result> {
  return client.sendRequest(previewType, contact === undefined ? { uri } : { uri, contact });
}

/** The names of the contacts the template at `uri` uses, in file order. */
export function requestContacts(client: BaseLanguageClient, uri: string): Promise<ContactsRequest.Result> {
  return client.sendRequest(contactsType, { uri });
}
