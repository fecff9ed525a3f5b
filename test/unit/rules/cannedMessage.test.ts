import { testRule } from '../ruleTester';

const MARY = "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.";
const AMY = "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.";
const SUE = "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.";
const DEFAULT = "I'd like to add you to my professional network on LinkedIn.";
const message = (quoted: string) => `Canned invitation text ("${quoted}"): say how you know them and why you want to connect instead.`;
const onlyAsks = (quoted: string) => `The note only asks to connect ("${quoted}"): that reads as canned. Say how you know them and why you want to connect.`;

testRule('canned-message', {
  valid: [
    MARY,
    AMY,
    SUE,
    'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    "Hi Ana, we met at the mixer. Let's connect and compare notes on hiring.",
    "Let's connect on the design-systems work you showed at {{where-met}}.",
    'Hi Ana, your network of volunteers at the food bank is impressive.',
    'Hi Ana, I added your talk to my reading list.',
  ],
  invalid: [
    {
      name: "figured we should",
      text: "Hey {{name}}, figured we should connect!",
      errors: [{ at: "figured we should connect", severity: 'error' }],
      output: 'Hey {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: "a quick invite",
      text: "Hi {{name}}, sending a quick invite to connect.",
      errors: [{ at: "sending a quick invite to connect", severity: 'error' }],
    },
    {
      name: "a long-time admirer",
      text: "Hey {{first-name}}, long-time admirer, would love to connect!",
      errors: [{ at: "would love to connect", severity: 'error' }],
    },
    {
      name: "professionally",
      text: "Good afternoon {{name}}, I would like to connect with you professionally.",
      errors: [{ at: "I would like to connect with you", severity: 'error' }],
    },
    {
      name: "an ask in words no pattern lists",
      text: "Hello {{name}}, I would be happy to be your connection.",
      errors: [{ at: "I would be happy to be your connection", severity: 'error' }],
    },
    {
      name: "adding as a connection",
      text: "Good morning {{first-name}}, please add me as a connection.",
      errors: [{ at: "please add me as a connection", severity: 'error' }],
    },
    {
      name: "let's network",
      text: "Hi {{name}}, let's network!",
      errors: [{ at: "let's network", severity: 'error' }],
    },
    {
      name: "a vague compliment around the ask",
      text: "Hello {{name}}, you seem great and I'd love to connect.",
      errors: [{ at: "I'd love to connect", severity: 'error' }],
    },
    {
      name: "two words",
      text: "{{name}}, add me?",
      errors: [{ at: "add me", severity: 'error' }],
    },
    {
      name: "counting them among the connections",
      text: "Hello {{name}}, I'd love to count you among my connections.",
      errors: [{ at: "I'd love to count you among my connections", severity: 'error' }],
    },
    {
      name: "welcoming the chance",
      text: "Hello {{first-name}}, I'd welcome the chance to connect.",
      errors: [{ at: "I'd welcome the chance to connect", severity: 'error' }],
    },
    {
      name: "considering the invitation",
      text: "Hello, I hope you'll consider my invitation.",
      errors: [{ at: "I hope you'll consider my invitation", severity: 'error' }],
    },
    {
      name: "added to the network",
      text: "Hi {{name}}, you've been added to my network.",
      errors: [{ at: "you've been added to my network", severity: 'error' }],
    },
    {
      name: "asking them to consider it",
      text: "Hi {{name}}, would you consider connecting with me?",
      errors: [{ at: "would you consider connecting with me", severity: 'error' }],
    },
    {
      name: "this request",
      text: "Hi {{first-name}}, I'm sending this request to connect with you.",
      errors: [{ at: "I'm sending this request", severity: 'error' }],
    },
    {
      name: "counting them in",
      text: "Count me in as one of your connections!",
      errors: [{ at: "Count me in as one of your connections", severity: 'error' }],
    },
    {
      name: "a courtesy around the invite",
      text: "Hope you don't mind me sending you an invite.",
      errors: [{ at: "sending you an invite", severity: 'error' }],
    },
    {
      name: "a pleasure to connect",
      text: "Connecting with you would be a pleasure.",
      errors: [{ at: "Connecting with you", severity: 'error' }],
    },
    {
      name: "having them as a contact",
      text: "Hi {{name}}, it would be lovely to have you as a contact.",
      errors: [{ at: "it would be lovely to have you as a contact", severity: 'error' }],
    },
    {
      name: "accepting a connection",
      text: "Please accept my connection.",
      errors: [{ at: "Please accept my connection", severity: 'error' }],
    },
    {
      name: "LinkedIn buddies",
      text: "Let's be LinkedIn buddies!",
      errors: [{ at: "Let's be LinkedIn buddies", severity: 'error' }],
    },
    {
      name: '"let\'s link up"',
      text: "Hey {{name}}, let's link up here.",
      errors: [{ at: "let's link up here", severity: 'error' }],
    },
    {
      name: 'asking to be part of their network',
      text: "Hi, I'd like to be a part of your professional network.",
      errors: [{ at: "I'd like to be a part of your professional network", severity: 'error' }],
    },
    {
      name: 'a sent request and a hope it is accepted',
      text: "Hello {{first-name}}, sending you a connection request. Hope you'll accept.",
      errors: [{ at: 'sending you a connection request', severity: 'error' }, { at: "Hope you'll accept", severity: 'error' }],
    },
    {
      name: 'the LinkedIn default alone becomes a greeting, context and reason',
      text: DEFAULT,
      errors: [{ start: 0, end: 58, severity: 'error', message: message("I'd like to add you to my professional network on LinkedIn") }],
      output: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'curly apostrophe',
      text: 'I’d like to add you to my professional network.',
      errors: [{ at: 'I’d like to add you to my professional network', message: message('I’d like to add you to my professional network') }],
      output: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'after a greeting: lower case, no second greeting',
      text: "Hi Ana, I'd like to add you to my professional network on LinkedIn.",
      errors: [{ at: "I'd like to add you to my professional network on LinkedIn" }],
      output: 'Hi Ana, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'context already given: only the reason is added',
      text: "Hi Ana, we met at the mixer. I'd like to add you to my professional network.",
      errors: [{ at: "I'd like to add you to my professional network" }],
      output: 'Hi Ana, we met at the mixer. {{reason}}',
    },
    {
      name: 'context and reason already given: the sentence goes and the next is lower-cased after the greeting',
      text: "Hi Ana, I'd like to add you to my professional network. We met at the AI meetup and I'd love your advice on ML roles.",
      errors: [{ at: "I'd like to add you to my professional network" }],
      output: "Hi Ana, we met at the AI meetup and I'd love your advice on ML roles.",
    },
    {
      name: 'a sentence on a line of its own goes with one blank line',
      text: "Hi Ana,\n\nI'd like to add you to my professional network.\n\nWe met at the AI meetup and I'd love your advice.",
      errors: [{ line: 3, column: 1 }],
      output: "Hi Ana,\n\nWe met at the AI meetup and I'd love your advice.",
    },
    {
      name: 'CRLF lines',
      text: "Hi Ana,\r\n\r\nI'd like to add you to my professional network.\r\n\r\nWe met at the AI meetup and I'd love your advice.",
      errors: [{ line: 3, column: 1 }],
      output: "Hi Ana,\r\n\r\nWe met at the AI meetup and I'd love your advice.",
    },
    {
      name: 'a short ask that is the whole note',
      text: "Let's connect!",
      errors: [{ start: 0, end: 13, message: onlyAsks("Let's connect") }],
      output: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'a short ask after a name placeholder',
      text: "Hi {{name}}, let's connect on LinkedIn.",
      errors: [{ at: "let's connect on LinkedIn" }],
      output: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'inside a sentence with a reason: becomes a plain ask',
      text: "I'd like to add you to my professional network since we worked together at Acme.",
      errors: [{ at: "I'd like to add you to my professional network" }],
      output: "I'd like to connect since we worked together at Acme.",
    },
    {
      name: 'inside a sentence, curly apostrophe kept',
      text: 'Hi Ana, I’d like to add you to my professional network and learn from your work.',
      errors: [{ at: 'I’d like to add you to my professional network' }],
      output: 'Hi Ana, I’d like to connect and learn from your work.',
    },
    {
      name: 'joined by a comma to a clause: cut, and the clause gets a capital',
      text: 'Please accept my invitation, we met at the mixer and I admire your work.',
      errors: [{ at: 'Please accept my invitation' }],
      output: 'We met at the mixer and I admire your work.',
    },
    {
      name: 'joined by "and" at the end of a sentence: cut with the joiner',
      text: "We met at the mixer and I'd like to add you to my network.",
      errors: [{ at: "I'd like to add you to my network" }],
      output: 'We met at the mixer.',
    },
    {
      name: 'two canned sentences: one skeleton, the other goes',
      text: "I'd like to add you to my professional network. Please accept my invitation.",
      errors: [{ at: "I'd like to add you to my professional network" }, { at: 'Please accept my invitation' }],
      output: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    },
    {
      name: 'a canned phrase with no clean cut has no automatic fix',
      text: 'Hi Ana, we met at the mixer, so please accept my request if you like.',
      errors: [{ at: 'please accept my request' }],
      output: 'Hi Ana, we met at the mixer, so please accept my request if you like.',
    },
    {
      name: 'user phrases are literal and extend the list',
      text: 'Hi Ana, we met at the mixer. Add me (no note needed)!',
      options: { phrases: { canned: ['Add me (no note needed)'] } },
      errors: [{ at: 'Add me (no note needed)' }],
      output: 'Hi Ana, we met at the mixer. {{reason}}',
    },
    {
      name: 'severity from settings',
      text: DEFAULT,
      options: { rules: { 'canned-message': 'warning' } },
      errors: [{ start: 0, end: 58, severity: 'warning' }],
    },
  ],
});
