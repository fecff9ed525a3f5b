import { testRule } from '../ruleTester';

const MESSAGE = 'No reason to connect: say in one sentence why you are reaching out to this person.';

testRule('missing-reason', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.",
    'Hi {{name}}, we met at {{where-met}}. {{reason}}',
    "Hi Ana, we met at the mixer. I'd value your perspective on pricing.",
    "Hi Ana, we met at the mixer. I'm curious about your move into research.",
    'Hi Ana, we met at the mixer. I would love to hear how you built the team.',
    'Hi Ana, I admire the way you run your meetups.',
    "Hi Ana, we met at the mixer. I'd love your thoughts on my portfolio.",
    "Hi Taa, great chatting at the mixer. I'd love to stay connected.",
    'Hi Sam, we worked together at Acme. Would be great to reconnect.',
    'Hi Kim, congrats on the new role! We overlapped at Square.',
    'Hi Dana, I read your article on pricing. Could I ask you one question about it?',
    // Someone you met needs reminding where; a reason is welcome but not owed.
    'Hi Ana, we met at the mixer last week.',
    "Hi Ana, we met at the mixer. I'd love to connect.",
    'Hi Ana, we worked together on the billing migration.',
    "Hi Ana, fellow Leeds grad here. I'm considering a move into health policy.",
    'Hi Ana, fellow Leeds grad here. Your path from nursing into health policy caught my eye.',
    "Hey {{name}}, Ruth and I worked on the clinic app together and she said you'd be the best person to talk to about onboarding.",
    'Hello {{name}}, your essay on survivorship bias went down well with our readers. Would you be open to us reprinting it?',
    "Hi Sunil, you reviewed my pitch at demo day. We've reworked our pricing since and I'd love to show you the numbers.",
    'Hello {{name}}, your reply about Postgres partitioning got me out of a hole at 2am. Wanted to say thanks in person!',
    'Hi Bea, your photo essay on the Lisbon trams is the reason I started shooting on film.',
    'Hi {{first-name}}, several members of our user group recommended your talk on typing. Would you be up for giving it at one of our evenings?',
    "Hi Aiko, I went to your glazing workshop at the craft fair. I've switched to ash glazes since and would love to share the results with you.",
    'Hi {{first-name}}, your thread on pricing for indie games convinced me to raise mine. Would be glad to connect.',
    'Hi Tom, great to finally meet you at the offsite. Looking forward to planning the spring launch together.',
    'Hi Ines, your review of my grant proposal last spring made it much stronger. Thank you!',
    "Hi {{name}}, I'm taking over the Porto chapter of the design guild from Rita, and she said you were a great help. Would love to introduce myself properly.",
    "Hi Jon, I'm relocating to Leeds in March. Priya said you know the local health-tech scene well, and I'd love to buy you a coffee once I'm there.",
    "Hi {{name}}, fellow Leeds grad here. I'm leaving nursing for health policy and would appreciate a few pointers from someone who has done it.",
    'Hi Kofi, Dana Reyes suggested I get in touch about your flood-mapping work. Could we talk in June?',
    'Hi {{name}}, I watched your webinar on queues last night. The part about retries saved our team a week. Thank you!',
    "Hi Lu, I'm the new account lead at Fernway and I'll be your main contact for the rollout. Wanted to connect here ahead of Monday's kickoff.",
  ],
  invalid: [
    {
      name: 'context only',
      text: 'Hi Ana, I read your article on pricing.',
      errors: [{ start: 8, end: 39, severity: 'warning', message: MESSAGE }],
      suggestions: [{ title: 'Add a {{reason}} placeholder', output: 'Hi Ana, I read your article on pricing. {{reason}}' }],
      output: 'Hi Ana, I read your article on pricing.',
    },
    {
      name: 'a bare ask to connect is no reason',
      text: "Hi Ana, fellow Leeds alum here. I'd love to connect.",
      errors: [{ at: 'fellow Leeds alum here.' }],
    },
    {
      name: 'the reason goes before the next step',
      text: 'Hi Ana, fellow Leeds alum here. {{next-step}}',
      errors: [{ at: 'fellow Leeds alum here.' }],
      suggestions: [{ output: 'Hi Ana, fellow Leeds alum here. {{reason}} {{next-step}}' }],
    },
    {
      name: 'trailing spaces are replaced, not kept before the placeholder',
      text: 'Hi Ana, fellow Leeds alum here.  ',
      errors: [{ at: 'fellow Leeds alum here.' }],
      suggestions: [{ output: 'Hi Ana, fellow Leeds alum here. {{reason}}' }],
    },
  ],
});
