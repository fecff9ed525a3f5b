import { testRule } from '../ruleTester';

const message = (quoted: string) => `Generic phrase "${quoted}" fits anyone: replace it with something only this person would recognise.`;

testRule('generic-phrase', {
  valid: [
    "Hi Mary, we met at last month's networking happy hour. I'd love to connect on LinkedIn to exchange career advice and industry insights.",
    "Hi Amy, enjoyed speaking at last week's virtual job fair. I'd love to connect here on LinkedIn to continue our conversation and stay in touch about roles at Company X.",
    "Hi Sue, I wanted to connect on LinkedIn since we're working together on the customer engagement project.",
    "Hi Ana, I'd love to connect to swap notes on UX research.",
    "Hi Ana, I'd love to connect with you here to compare notes on hiring.",
    'Hi Ana, loved your talk at {{where-met}}. Would love to connect and learn how you scaled the team.',
    "Hi Ana, we met at the mixer. I'd love to connect: {{reason}}",
    'Hi Ana, your post on profiles that convert was great. We met at the mixer.',
    'Hi Ana, I wanted to grow my network-analysis skills; your course helped.',
    // Who you like to meet is filler only when the note lacks context or a reason: this one has both.
    'I’m always looking to connect with designers. We met at the mixer and I admire your work.',
    // Context without a reason: missing-reason's business, not filler.
    "Hi Ana, we met at the mixer. I'd love to connect.",
  ],
  invalid: [
    {
      name: "suggested by the site",
      text: "Hi {{name}}, you came up in my suggestions and I thought I'd say hello.",
      errors: [{ at: "you came up in my" }, { at: "I thought I'd say hello" }],
    },
    {
      name: "a shared industry",
      text: "Hi {{name}}, we both work in tech, so connecting seemed like a good idea.",
      errors: [{ at: "we both work in tech" }, { at: "connecting" }],
    },
    {
      name: "building a network of a kind of people",
      text: "Hi {{name}}, I'm building a network of forward-thinking professionals.",
      errors: [{ at: "I'm building a network of forward-thinking professionals" }],
    },
    {
      name: "learning from each other",
      text: "Hi {{name}}, we're both in the Porto running club. Let's connect and learn from each other.",
      errors: [{ at: "learn from each other" }],
    },
    {
      name: "a benefit that fits anyone",
      text: "Hi {{name}}, I think we could benefit from knowing each other.",
      errors: [{ at: "I think we could benefit from knowing each other" }],
    },
    {
      name: "learning from a kind of person",
      text: "Hi {{name}}, I'm keen to learn from experienced founders like you.",
      errors: [{ at: "I'm keen to learn from experienced founders like you" }],
    },
    {
      name: 'similar fields and a wish to network',
      text: 'Hello! I see we work in similar fields and thought it would be great to network.',
      errors: [{ at: 'we work in similar fields' }, { at: 'be great to network' }],
    },
    {
      name: 'two generic phrases, nothing else to keep: no automatic fix',
      text: 'Hi, I came across your profile and would love to connect.',
      errors: [
        { start: 4, end: 30, severity: 'warning', message: message('I came across your profile') },
        { start: 35, end: 56, message: `"would love to connect" asks to connect with no word on how you know them or why: that fits anyone.` },
      ],
      output: 'Hi, I came across your profile and would love to connect.',
    },
    {
      name: 'opening phrase joined by "and" to a clause',
      text: "Hi Ana, I came across your profile and I'd love to connect to swap notes on UX research.",
      errors: [{ at: 'I came across your profile' }],
      output: "Hi Ana, I'd love to connect to swap notes on UX research.",
    },
    {
      name: 'filler sentence after a comma greeting: next sentence lower-cased',
      text: "Hi Ana, I hope this finds you well. We met at the mixer and I'd love to learn more about your work.",
      errors: [{ at: 'I hope this finds you well' }],
      output: "Hi Ana, we met at the mixer and I'd love to learn more about your work.",
    },
    {
      name: 'a name after the removed sentence keeps its capital',
      text: 'Hi Ana, I hope this finds you well. Jane suggested I reach out about your work on compilers.',
      errors: [{ at: 'I hope this finds you well' }],
      output: 'Hi Ana, Jane suggested I reach out about your work on compilers.',
    },
    {
      name: 'filler line between blank lines',
      text: 'Hi Ana,\n\nI hope this message finds you well.\n\nWe met at the mixer and I admire your work.',
      errors: [{ at: 'I hope this message finds you well' }],
      output: 'Hi Ana,\n\nWe met at the mixer and I admire your work.',
    },
    {
      name: 'filler sentence at the end',
      text: 'We met at the mixer and I admire your work. I hope you are doing well.',
      errors: [{ at: 'I hope you are doing well' }],
      output: 'We met at the mixer and I admire your work.',
    },
    {
      name: 'closing phrase joined by ", and"',
      text: "We met at the mixer, and I hope you're doing well.",
      errors: [{ at: "I hope you're doing well" }],
      output: 'We met at the mixer.',
    },
    {
      name: 'curly apostrophe: the sentence is all filler and goes',
      text: 'I’m always looking to connect with designers. We met at the mixer.',
      errors: [{ at: 'I’m always looking to connect with designers', message: message('I’m always looking to connect with designers') }],
      output: 'We met at the mixer.',
    },
    {
      name: 'a bare ask to connect when the note says neither how you know them nor why',
      text: "Hi Ana, I'm a designer in Leeds. I'd love to connect.",
      errors: [{ at: "I'd love to connect", message: `"I'd love to connect" asks to connect with no word on how you know them or why: that fits anyone.` }],
      output: "Hi Ana, I'm a designer in Leeds.",
    },
    {
      name: 'a pitch with nothing about them',
      text: 'Hi Ana, we help bakeries sell more bread.',
      errors: [{ at: 'help bakeries', message: 'A pitch with nothing about them ("help bakeries") could go to anyone: say how you know them before what you offer.' }],
    },
    {
      name: 'two phrases in one filler sentence: one removal',
      text: 'Hi Ana, I hope this finds you well and I came across your profile. We met at the mixer and I admire your work.',
      errors: [{ at: 'I hope this finds you well' }, { at: 'I came across your profile' }],
      output: 'Hi Ana, we met at the mixer and I admire your work.',
    },
    {
      name: 'whitespace runs and line breaks inside a phrase',
      text: 'We met at the mixer and I admire your work.\nI  came across\tyour profile.',
      errors: [{ at: 'I  came across\tyour profile' }],
      output: 'We met at the mixer and I admire your work.',
    },
    {
      name: 'seeing their profile is filler too',
      text: "Hi Ana, I saw your profile and I'd love your advice on moving into UX research.",
      errors: [{ at: 'I saw your profile' }],
      output: "Hi Ana, I'd love your advice on moving into UX research.",
    },
    {
      name: 'user phrases from settings',
      text: 'Hi Ana, we met at the mixer and I admire your work. Synergy!',
      options: { phrases: { generic: ['synergy'] } },
      errors: [{ at: 'Synergy', message: message('Synergy') }],
      output: 'Hi Ana, we met at the mixer and I admire your work.',
    },
    {
      name: 'not inside canned text (canned-message reports that)',
      text: "Hi Ana, we met at the mixer. I'd like to add you to my professional network. I hope this finds you well.",
      errors: [{ at: 'I hope this finds you well' }],
      output: "Hi Ana, we met at the mixer. I'd like to add you to my professional network.",
    },
  ],
});
