import { testRule } from '../ruleTester';

const MESSAGE = 'No word on how you know them: add where you met, a mutual connection, or the talk or post of theirs you saw.';

testRule('missing-context', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.",
    'Hi {{name}}, we met at {{where-met}}.',
    'Hi {{name}}, {{mutual}} suggested I reach out.',
    'Hi Ana, Jane introduced us last spring and I admire your work.',
    'Hi Ana, I loved your talk on compilers.',
    'Hi Ana, your post on hiring juniors stuck with me.',
    "Hi Ana, we're both alumni of Foo University.",
    'Hi Amy, thanks for the kind words on my poster in Vienna! I would love to keep swapping ideas on soil sensors.',
    'Hi Noor, we were on the same train back from the AI meetup and chatted about search. Let us continue that conversation!',
    'Hi Eli, I found your GitHub issue about the memory leak while debugging the same thing. Your workaround fixed it for us, thank you!',
    'Hi Tom, great to finally meet you at the offsite.',
    "Hi Kai, I've been using your open-source charting library for two years and would love your thoughts on an accessibility change.",
    "Hi Ana, we were both mentors at the spring hackathon. I'd like to stay in touch.",
    'Hi Rae, I reviewed your pull request on the date parser last week. Nice to put a face to the handle!',
    "Hi Lu, I'm the new account lead at Fernway and I'll be your main contact for the rollout.",
    'Hi Ana, as a fellow product manager I admire your roadmap work.',
    'Hi Ana, we worked together at Acme in 2019.',
    'Hi Ana, great meeting you at the conference.',
    'Hi Ana, I listened to your podcast episode on pricing.',
    'Hi Priya, your Strange Loop talk on idempotency keys saved my team a week.',
    'Hey Mei, we were in the same cohort at Config.',
    'Hi Omar, thanks for the thoughtful comment on my post about on-call rotations.',
    'Hi Kim, we overlapped at Square for a year.',
    'Hi Taa, it was great chatting at the social mixer last Thursday.',
  ],
  invalid: [
    {
      name: 'loving to meet new people is no meeting',
      text: "Hey {{name}}, I love meeting new people. I'd like to hear about your work in ceramics.",
      errors: [{ at: 'I love meeting new people.', message: MESSAGE }],
    },
    {
      name: 'after a comma greeting the suggestion is lower case',
      text: "Hi Ana, I'd love your advice on breaking into UX research.",
      errors: [{ start: 8, end: 58, severity: 'warning', message: MESSAGE }],
      suggestions: [{ title: 'Add "We met at {{where-met}}."', output: "Hi Ana, we met at {{where-met}}. I'd love your advice on breaking into UX research." }],
    },
    {
      name: 'no greeting',
      text: "I'd value your advice on compiler jobs.",
      errors: [{ start: 0, end: 39 }],
      suggestions: [{ output: "We met at {{where-met}}. I'd value your advice on compiler jobs." }],
    },
    {
      name: 'greeting on its own line',
      text: "Hi Ana,\n\nI'd value your advice on compiler jobs.",
      errors: [{ at: "I'd value your advice on compiler jobs." }],
      suggestions: [{ output: "Hi Ana,\n\nWe met at {{where-met}}. I'd value your advice on compiler jobs." }],
    },
    {
      name: 'text pushed back by the suggestion gets a capital',
      text: "Hi Ana, hope you're well. I admire your work.",
      errors: [{ at: "hope you're well." }],
      suggestions: [{ output: "Hi Ana, we met at {{where-met}}. Hope you're well. I admire your work." }],
    },
    {
      name: 'a note that is only a greeting',
      text: 'Hi Ana!',
      errors: [{ start: 0, end: 7 }],
      suggestions: [{ output: 'Hi Ana! We met at {{where-met}}.' }],
    },
    {
      name: 'seeing their profile is not knowing them',
      text: "Hi Ana, I saw your profile and I'd value your advice on compiler jobs.",
      errors: [{ at: "I saw your profile and I'd value your advice on compiler jobs." }],
    },
    {
      name: 'a suggestion, never an automatic fix',
      text: "I'd value your advice on compiler jobs.",
      errors: [{ start: 0, end: 39 }],
      output: "I'd value your advice on compiler jobs.",
    },
  ],
});
