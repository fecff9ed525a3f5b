import { testRule } from '../ruleTester';

const MESSAGE = 'No next step: a short question or offer ("Coffee next week?") invites a reply.';

testRule('missing-next-step', {
  valid: [
    'Hi Ana, we met at the mixer and I admire your work. Coffee next week?',
    'Hi Ana, we met at the mixer and I admire your work. Would you be open to a short chat?',
    'Hi {{name}}, we met at {{where-met}}. {{reason}} {{next-step}}',
    'Hi Ana, we met at the mixer. Let me know if you are at the next one.',
    'Hi Ana, we met at the mixer. Any tips for a first-time speaker?  \n',
  ],
  invalid: [
    {
      name: 'points at the last sentence, as a hint',
      text: "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
      errors: [{ start: 55, end: 135, severity: 'hint', message: MESSAGE }],
      suggestions: [{ title: 'Add a {{next-step}} placeholder', output: "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights. {{next-step}}" }],
      output: "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    },
    {
      name: 'a placeholder alone is a sentence',
      text: 'Hi {{name}}, we met at {{where-met}}. {{reason}}',
      errors: [{ at: '{{reason}}' }],
      suggestions: [{ output: 'Hi {{name}}, we met at {{where-met}}. {{reason}} {{next-step}}' }],
    },
    {
      name: 'a sentence ending in a placeholder with a fallback that has a period',
      text: 'Hi Ana, we met at the mixer. Thanks for {{reason | your talk. Really.}}',
      errors: [{ at: 'Thanks for {{reason | your talk. Really.}}' }],
    },
    {
      name: 'a question mid-note is not a closing question',
      text: 'Hi Ana, remember the mixer? I admire your work.',
      errors: [{ at: 'I admire your work.' }],
    },
  ],
});
