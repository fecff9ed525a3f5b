/**
 * The custom requests the client sends. The server computes everything;
 * these only carry parameters and results.
 */
import { NotificationType, RequestType, type BaseLanguageClient, type Disposable } from 'vscode-languageclient/node';
import { CheckChangedNotification, ContactsRequest, PreviewRequest, SampleContactRequest } from '../../server/src/shared/protocol';

const previewType = new RequestType<PreviewRequest.Params, PreviewRequest.Result, void>(PreviewRequest.method);
const contactsType = new RequestType<ContactsRequest.Params, ContactsRequest.Result, void>(ContactsRequest.method);
const sampleType = new RequestType<SampleContactRequest.Params, void, void>(SampleContactRequest.method);
const checkChangedType = new NotificationType<CheckChangedNotification.Params>(CheckChangedNotification.method);

/** The note at `uri` expanded for its sample contact. */
export function requestPreview(client: BaseLanguageClient, uri: string): Promise<PreviewRequest.Result> {
  return client.sendRequest(previewType, { uri });
}

/** The names of the contacts the template at `uri` uses, in file order. */
export function requestContacts(client: BaseLanguageClient, uri: string): Promise<ContactsRequest.Result> {
  return client.sendRequest(contactsType, { uri });
}

/** Makes contact `index` (named `name`) the sample of the template at `uri`; resolves once the server holds it. */
export function chooseSampleContact(client: BaseLanguageClient, uri: string, index: number, name: string): Promise<void> {
  return client.sendRequest(sampleType, { uri, index, name });
}

/** Calls `listener` with the URI of each template whose check changed on the server. */
export function onCheckChanged(client: BaseLanguageClient, listener: (uri: string) => void): Disposable {
  return client.onNotification(checkChangedType, (params) => listener(params.uri));
}
