/**
 * An in-memory Freshdesk contacts API (v2) on 127.0.0.1, built from
 * /work/shared/freshdesk-contacts-api.md so the node is tested against Freshdesk's status
 * codes and error bodies rather than a forgiving stub.
 *
 * Where the reference marks a behaviour UNCONFIRMED the emulator picks the stricter reading:
 * - hard delete of a live contact without force=true: 400 {code:"invalid_value",message:"User
 *   invalid (not soft deleted)"};
 * - a second export while one is in progress: 400 {code:"unable_to_perform",…};
 * - send_invite refuses a body like restore, and answers 405 for deleted or blocked contacts;
 * - list items give other_companies as bare ids (the documented list sample);
 * - make_agent turns the contact into an agent: contact routes then answer 404 for it;
 * - unknown query parameters on create and update are refused like on the list.
 * Faults fire once unless `times` says otherwise.
 */
export { FreshdeskEmulator } from './server';
export { AGENT_GROUP_IDS, AGENT_ROLE_IDS, AGENT_SKILL_IDS } from './agentConversion';
export { FIRST_COMPANY_ID, FIRST_CONTACT_ID } from './seed';
export type { Fault } from './faults';
export type {
	Agent,
	Company,
	Contact,
	ContactField,
	EmulatorFeatures,
	EmulatorOptions,
	FieldError,
	OtherCompany,
	RecordedRequest,
} from './types';
